import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import { CURVE_TYPES } from '../../src/schemas/widgets/index.js';
import { backdropOf, contrastRatio, mountInCard, parseRgb, q, qa, resolveColor, settleWidget, widgetItem } from './helpers.js';

const DATA = [
  { month: 'Jan', revenue: 120, cost: 80 },
  { month: 'Feb', revenue: 180, cost: 95 },
  { month: 'Mar', revenue: 300, cost: 150 },
  { month: 'Apr', revenue: 240, cost: 120 },
];
const bar = (dataKey: string, extra: Record<string, unknown> = {}) => ({ type: 'bar', dataKey, label: dataKey[0]!.toUpperCase() + dataKey.slice(1), ...extra });
const chart = (props: Record<string, unknown> = {}) => ({
  type: 'Chart',
  data: DATA,
  xAxis: 'month',
  series: [bar('revenue'), bar('cost')],
  ...props,
});

/** Mounts a chart in a card and waits for the lazily loaded renderer to draw it. */
async function mountChart(props: Record<string, unknown> = {}, options: Parameters<typeof mountInCard>[1] = {}): Promise<CkWidgetItem> {
  const item = await mountInCard(chart(props), options);
  await waitUntil(() => item.shadowRoot?.querySelector('ck-widget-chart svg'), 'chart drawn');
  await settleWidget(item);
  return item;
}

const rect = (el: Element) => el.getBoundingClientRect();
const bars = (item: CkWidgetItem, key: string) => qa<SVGRectElement>(item, `.ck-w-chart__series[data-key="${key}"] rect`);
const tooltip = (item: CkWidgetItem) => item.shadowRoot?.querySelector('.ck-w-chart__tooltip')?.textContent.replace(/\s+/g, ' ').trim() ?? null;
const plot = (item: CkWidgetItem) => q(item, '.ck-w-chart__plot');
/** The coordinates in a path's `d`, in order. */
const coordinates = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('ck-widget-chart', () => {
  // Must run first in this file: the renderer chunk is not loaded yet.
  it('shows a sized placeholder, then draws once the renderer chunk has loaded', async () => {
    // Room for every module the page loads, so the renderer's own request is listed.
    performance.setResourceTimingBufferSize(5000);
    const item = document.createElement('ck-widget-item');
    item.style.width = '500px';
    document.body.append(item);
    await item.updateComplete;
    const seen: { height: number; busy: string | null }[] = [];
    const observer = new MutationObserver(() => {
      const placeholder = item.shadowRoot?.querySelector('.ck-w-chart__placeholder');
      if (placeholder) seen.push({ height: rect(placeholder.parentElement!).height, busy: placeholder.getAttribute('aria-busy') });
    });
    observer.observe(item.shadowRoot!, { childList: true, subtree: true });
    item.item = widgetItem({ type: 'Card', children: [chart()] });
    // The widgets chunk first (the item's updateComplete waits for it), then the renderer's.
    await item.updateComplete;
    await waitUntil(() => item.shadowRoot?.querySelector('ck-widget-chart svg'), 'chart drawn');
    observer.disconnect();

    expect(seen.length, 'placeholder rendered first').to.be.greaterThan(0);
    expect(seen[0]).to.deep.equal({ height: 200, busy: 'true' });
    expect(qa(item, '.ck-w-chart__placeholder')).to.have.length(0);
    const fetched = performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched.some((name) => name.includes('/widgets/chart/render-chart')), 'renderer fetched separately').to.equal(true);
    item.remove();
  });

  it('draws one bar per series per category, heights proportional to the values', async () => {
    const item = await mountChart();
    const revenue = bars(item, 'revenue');
    const cost = bars(item, 'cost');
    expect(revenue).to.have.length(4);
    expect(cost).to.have.length(4);
    const heights = revenue.map((r) => r.height.baseVal.value);
    expect(heights[2]! / heights[0]!).to.be.closeTo(300 / 120, 0.02);
    expect(cost[2]!.height.baseVal.value / heights[2]!).to.be.closeTo(150 / 300, 0.02);
    // Grouped: side by side within each category, categories left to right.
    for (let i = 0; i < 4; i += 1) expect(rect(revenue[i]!).right).to.be.at.most(rect(cost[i]!).left + 0.5);
    expect(rect(cost[0]!).right).to.be.lessThan(rect(revenue[1]!).left);
    // Bars stand on a common baseline.
    const bottoms = [...revenue, ...cost].map((r) => Math.round(rect(r).bottom));
    expect(new Set(bottoms).size).to.equal(1);
  });

  it('stacks bars sharing a stack id', async () => {
    const item = await mountChart({ series: [bar('revenue', { stack: 'total' }), bar('cost', { stack: 'total' })] });
    const revenue = bars(item, 'revenue');
    const cost = bars(item, 'cost');
    expect(revenue).to.have.length(4);
    const baseline = rect(revenue[0]!).bottom;
    const totals = DATA.map((row, i) => {
      // One column: the second segment sits on the first.
      expect(rect(cost[i]!).left).to.be.closeTo(rect(revenue[i]!).left, 0.5);
      expect(rect(cost[i]!).bottom).to.be.closeTo(rect(revenue[i]!).top, 0.5);
      expect(rect(revenue[i]!).bottom).to.be.closeTo(baseline, 0.5);
      return { pixels: baseline - rect(cost[i]!).top, value: row.revenue + row.cost };
    });
    expect(totals[2]!.pixels / totals[0]!.pixels).to.be.closeTo(totals[2]!.value / totals[0]!.value, 0.02);
    expect(q(item, '[role="img"]').getAttribute('aria-label')).to.match(/^Stacked bar chart/);
  });

  it('spaces bars by barGap and categories by barCategoryGap', async () => {
    const item = await mountChart({ barGap: 10, barCategoryGap: 30 });
    const revenue = bars(item, 'revenue');
    const cost = bars(item, 'cost');
    expect(rect(cost[0]!).left - rect(revenue[0]!).right).to.be.closeTo(10, 0.5);
    expect(rect(revenue[1]!).left - rect(cost[0]!).right).to.be.closeTo(30, 0.5);
  });

  it('draws lines and areas through every point', async () => {
    const item = await mountChart({
      series: [
        { type: 'line', dataKey: 'revenue', label: 'Revenue' },
        { type: 'area', dataKey: 'cost', label: 'Cost', curveType: 'monotone' },
      ],
    });
    const line = q(item, '.ck-w-chart__series[data-type="line"] path.ck-w-chart__line').getAttribute('d')!;
    expect(line.match(/M/g)).to.have.length(1);
    expect(line.match(/L/g)).to.have.length(DATA.length - 1);
    const points = coordinates(line);
    expect(points).to.have.length(DATA.length);
    // x increases; y follows the values (a higher value is drawn higher up).
    expect(points.map((p) => p[0])).to.deep.equal([...points.map((p) => p[0])].sort((a, b) => a - b));
    expect(points[2]![1]).to.be.lessThan(points[0]![1]);

    const areaLine = q(item, '.ck-w-chart__series[data-type="area"] path.ck-w-chart__line').getAttribute('d')!;
    expect(areaLine.match(/C/g)).to.have.length(DATA.length - 1);
    const fill = q(item, '.ck-w-chart__series[data-type="area"] path.ck-w-chart__area-fill').getAttribute('d')!;
    expect(fill.endsWith('Z')).to.equal(true);
    expect(q(item, '[role="img"]').getAttribute('aria-label')).to.match(/^Chart: Revenue and Cost/);
  });

  it('breaks a line at a missing value', async () => {
    const data = DATA.map((row, i) => (i === 2 ? { month: row.month } : row));
    const item = await mountChart({ data, series: [{ type: 'line', dataKey: 'revenue' }] });
    const paths = qa(item, '.ck-w-chart__series path.ck-w-chart__line');
    // Jan–Feb as a line, then Apr alone as a dot.
    expect(paths).to.have.length(1);
    expect(coordinates(paths[0]!.getAttribute('d')!)).to.have.length(2);
    expect(qa(item, '.ck-w-chart__lone')).to.have.length(1);
    expect(q(item, '.ck-w-chart__data').textContent).to.contain('no value');
  });

  it('stacks areas sharing a stack id', async () => {
    const item = await mountChart({
      series: [
        { type: 'area', dataKey: 'revenue', stack: 's' },
        { type: 'area', dataKey: 'cost', stack: 's' },
      ],
    });
    const [lower, upper] = qa(item, '.ck-w-chart__series[data-type="area"] path.ck-w-chart__line').map((p) => coordinates(p.getAttribute('d')!));
    const [zero] = qa(item, '.ck-w-chart__baseline').map((l) => Number(l.getAttribute('y1')));
    // The upper edge is the sum: its height above the baseline is revenue + cost.
    const scale = (zero! - lower![2]![1]) / DATA[2]!.revenue;
    expect(zero! - upper![2]![1]).to.be.closeTo(scale * (DATA[2]!.revenue + DATA[2]!.cost), 0.5);
  });

  it('draws every curve type from the first point to the last', async () => {
    const ends = (path: SVGPathElement) => {
      const start = path.getPointAtLength(0);
      const end = path.getPointAtLength(path.getTotalLength());
      return [Math.round(start.x), Math.round(start.y), Math.round(end.x), Math.round(end.y)];
    };
    const linear = await mountChart({ series: [{ type: 'line', dataKey: 'revenue' }] });
    const reference = ends(q<SVGPathElement>(linear, 'path.ck-w-chart__line'));
    for (const curveType of CURVE_TYPES) {
      const item = await mountChart({ series: [{ type: 'line', dataKey: 'revenue', curveType }] });
      const path = q<SVGPathElement>(item, 'path.ck-w-chart__line');
      expect(ends(path), curveType).to.deep.equal(reference);
      if (curveType.startsWith('step')) expect(path.getAttribute('d'), curveType).to.match(/H.*V/);
      else if (curveType !== 'linear' && curveType !== 'linearClosed') expect(path.getAttribute('d'), curveType).to.contain('C');
    }
  });

  it('keeps a monotone curve within the data, where a natural spline overshoots', async () => {
    const data = [
      { x: 'a', v: 0 },
      { x: 'b', v: 100 },
      { x: 'c', v: 100 },
      { x: 'd', v: 0 },
    ];
    const topOf = async (curveType: string) => {
      const item = await mountChart({ data, xAxis: 'x', series: [{ type: 'line', dataKey: 'v', curveType }] });
      return q<SVGPathElement>(item, 'path.ck-w-chart__line').getBBox().y;
    };
    const peak = await topOf('linear');
    expect(await topOf('monotoneX')).to.be.closeTo(peak, 0.5);
    expect(await topOf('natural')).to.be.lessThan(peak - 1);
  });

  it('maps x values to labels and can hide the x axis', async () => {
    let item = await mountChart({ xAxis: { dataKey: 'month', labels: { Jan: 'January', Feb: 'February' } } });
    const ticks = qa(item, '.ck-w-chart__x-axis text').map((t) => t.textContent);
    expect(ticks).to.deep.equal(['January', 'February', 'Mar', 'Apr']);
    expect(qa(item, '.ck-w-chart__data tbody th').map((t) => t.textContent)).to.deep.equal(['January', 'February', 'Mar', 'Apr']);
    // The x labels sit under their bars.
    const label = qa(item, '.ck-w-chart__x-axis text')[2]!;
    const center = (r: DOMRect) => (r.left + r.right) / 2;
    expect(center(rect(label))).to.be.closeTo((rect(bars(item, 'revenue')[2]!).left + rect(bars(item, 'cost')[2]!).right) / 2, 1);

    item = await mountChart({ xAxis: { dataKey: 'month', hide: true } });
    expect(qa(item, '.ck-w-chart__x-axis text')).to.have.length(0);
    // The plot takes the room the axis left.
    expect(rect(bars(item, 'revenue')[0]!).bottom).to.be.greaterThan(rect(plot(item)).bottom - 10);
  });

  it('shows a y axis with round ticks when asked', async () => {
    let item = await mountChart({ showYAxis: true });
    const ticks = qa(item, '.ck-w-chart__grid text');
    const values = ticks.map((t) => Number(t.textContent.replace(/,/g, '')));
    expect(values[0]).to.equal(0);
    expect(values[values.length - 1]).to.be.at.least(300);
    const steps = values.slice(1).map((v, i) => v - values[i]!);
    expect(new Set(steps).size).to.equal(1);
    expect([1, 2, 5].some((f) => Math.log10(steps[0]! / f) % 1 === 0)).to.equal(true);
    // Higher values higher up, and the 300 bar reaches the height of the 300 level.
    const ys = ticks.map((t) => rect(t).top);
    expect(ys).to.deep.equal([...ys].sort((a, b) => b - a));
    const tick300 = ticks.find((t) => t.textContent === '300');
    if (tick300) expect(rect(bars(item, 'revenue')[2]!).top).to.be.closeTo((rect(tick300).top + rect(tick300).bottom) / 2, 1.5);
    // The axis labels are left of the bars.
    expect(Math.max(...ticks.map((t) => rect(t).right))).to.be.at.most(rect(bars(item, 'revenue')[0]!).left);

    item = await mountChart();
    expect(qa(item, '.ck-w-chart__grid text')).to.have.length(0);
    expect(qa(item, '.ck-w-chart__gridline').length).to.be.greaterThan(0);
  });

  it('shows a legend by default only for several series', async () => {
    const legend = (item: CkWidgetItem) => qa(item, '.ck-w-chart__legend-item').map((li) => li.textContent.trim());
    expect(legend(await mountChart())).to.deep.equal(['Revenue', 'Cost']);
    expect(legend(await mountChart({ series: [bar('revenue')] }))).to.deep.equal([]);
    expect(legend(await mountChart({ showLegend: false }))).to.deep.equal([]);
    expect(legend(await mountChart({ series: [bar('revenue')], showLegend: true }))).to.deep.equal(['Revenue']);
    const item = await mountChart();
    const swatches = qa(item, '.ck-w-chart__legend .ck-w-chart__swatch').map((s) => getComputedStyle(s).backgroundColor);
    expect(swatches[0]).to.equal(getComputedStyle(bars(item, 'revenue')[0]!).fill);
    expect(swatches[1]).to.equal(getComputedStyle(bars(item, 'cost')[0]!).fill);
  });

  it('colours series with the chart tokens, in palette order or as given', async () => {
    const item = await mountChart({ series: [bar('revenue'), bar('cost', { color: 'red' })] });
    const fill = (key: string) => getComputedStyle(bars(item, key)[0]!).fill;
    expect(fill('revenue')).to.equal(resolveColor(q(item, 'ck-widget-chart'), 'var(--ck-w-chart-blue)'));
    expect(fill('cost')).to.equal(resolveColor(q(item, 'ck-widget-chart'), 'var(--ck-w-chart-red)'));
  });

  it('keeps every palette colour at 3:1 against the card, light and dark', async () => {
    const keys = ['blue', 'purple', 'orange', 'green', 'red', 'yellow', 'pink'];
    for (const colorScheme of ['light', 'dark'] as const) {
      const item = await mountChart({ series: keys.map((_, i) => bar(i % 2 ? 'cost' : 'revenue', { label: keys[i] })) }, { colorScheme });
      const card = parseRgb(backdropOf(q(item, 'ck-widget-chart')));
      const groups = qa(item, '.ck-w-chart__series');
      expect(groups).to.have.length(7);
      for (const [i, group] of groups.entries()) {
        const ratio = contrastRatio(parseRgb(getComputedStyle(group.querySelector('rect')!).fill), card);
        expect(ratio, `${keys[i]!} in ${colorScheme}`).to.be.at.least(3);
      }
    }
  });

  it('shows values in a tooltip on focus, moved with the arrow keys', async () => {
    const item = await mountChart();
    expect(tooltip(item)).to.equal(null);
    plot(item).focus();
    await settleWidget(item);
    expect(tooltip(item)).to.equal('Jan Revenue 120 Cost 80');
    expect(q(item, '.ck-w-chart__sr[aria-live]').textContent).to.equal('Jan: Revenue 120, Cost 80');

    await sendKeys({ press: 'ArrowRight' });
    await settleWidget(item);
    expect(tooltip(item)).to.equal('Feb Revenue 180 Cost 95');
    expect(q(item, '.ck-w-chart__sr[aria-live]').textContent).to.equal('Feb: Revenue 180, Cost 95');
    // The active category is highlighted behind its bars.
    const cursor = q(item, '.ck-w-chart__cursor');
    expect(rect(cursor).left).to.be.at.most(rect(bars(item, 'revenue')[1]!).left);
    expect(rect(cursor).right).to.be.at.least(rect(bars(item, 'cost')[1]!).right);

    await sendKeys({ press: 'End' });
    await settleWidget(item);
    expect(tooltip(item)).to.contain('Apr');
    await sendKeys({ press: 'ArrowRight' });
    await settleWidget(item);
    expect(tooltip(item)).to.contain('Apr');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await settleWidget(item);
    expect(tooltip(item)).to.contain('Jan');
    await sendKeys({ press: 'Escape' });
    await settleWidget(item);
    expect(tooltip(item)).to.equal(null);

    plot(item).blur();
    await settleWidget(item);
    expect(q(item, '.ck-w-chart__sr[aria-live]').textContent).to.equal('');
  });

  it('shows the tooltip of the category under the pointer', async () => {
    const item = await mountChart();
    const target = rect(bars(item, 'revenue')[2]!);
    await sendMouse({ type: 'move', position: [Math.round(target.left + 2), Math.round(target.bottom - 5)] });
    await settleWidget(item);
    expect(tooltip(item)).to.equal('Mar Revenue 300 Cost 150');
    await sendMouse({ type: 'move', position: [0, 0] });
    await settleWidget(item);
    expect(tooltip(item)).to.equal(null);
  });

  it('has no tooltip and no tab stop with showTooltip false', async () => {
    const item = await mountChart({ showTooltip: false });
    expect(plot(item).hasAttribute('tabindex')).to.equal(false);
  });

  it('is announced as an image with a summary of its series and ranges', async () => {
    const item = await mountChart();
    const img = q(item, 'ck-widget-chart [role="img"]');
    expect(img.getAttribute('aria-label')).to.equal(
      'Bar chart: Revenue and Cost over 4 categories (Jan to Apr). Revenue ranges from 120 to 300; Cost ranges from 80 to 150.',
    );
    expect(img.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
    await expect(item).to.be.accessible();
  });

  it('lists every value in a visually hidden table', async () => {
    const item = await mountChart();
    const table = q<HTMLTableElement>(item, 'ck-widget-chart table.ck-w-chart__data');
    const cells = [...table.rows].map((row) => [...row.cells].map((c) => c.textContent.trim()));
    expect(cells).to.deep.equal([
      ['month', 'Revenue', 'Cost'],
      ['Jan', '120', '80'],
      ['Feb', '180', '95'],
      ['Mar', '300', '150'],
      ['Apr', '240', '120'],
    ]);
    expect(table.caption?.textContent).to.contain('Bar chart');
    const hidden = table.parentElement!;
    expect(rect(hidden).width).to.be.at.most(1);
    expect(rect(hidden).height).to.be.at.most(1);
    expect(getComputedStyle(hidden).overflow).to.equal('hidden');
  });

  it('is 200px tall by default and follows its size props', async () => {
    const height = async (props: Record<string, unknown>) => rect(q(await mountChart(props), 'ck-widget-chart')).height;
    expect(await height({})).to.equal(200);
    expect(await height({ height: 320 })).to.equal(320);
    const wide = await mountChart({ width: 300, aspectRatio: 2 });
    expect(rect(q(wide, 'ck-widget-chart')).width).to.equal(300);
    expect(rect(q(wide, 'ck-widget-chart')).height).to.equal(150);
    // The legend fits inside the chart's height.
    const withLegend = await mountChart({ height: 240 });
    expect(rect(q(withLegend, '.ck-w-chart__legend')).bottom).to.be.at.most(rect(q(withLegend, 'ck-widget-chart')).bottom + 0.5);
  });

  it('redraws when its container is resized', async () => {
    const item = await mountChart({}, { width: 600 });
    const svgWidth = () => Number(q(item, 'ck-widget-chart svg').getAttribute('width'));
    const cardWidth = () => rect(q(item, 'ck-widget-card')).width;
    const before = svgWidth();
    const cardBefore = cardWidth();
    const lastBar = () => rect(bars(item, 'cost')[3]!).right;
    expect(lastBar()).to.be.at.most(rect(q(item, 'ck-widget-chart')).right);
    item.style.width = '360px';
    await waitUntil(() => svgWidth() < before, 'redrawn narrower');
    await settleWidget(item);
    expect(cardWidth()).to.be.lessThan(cardBefore);
    expect(before - svgWidth()).to.be.closeTo(cardBefore - cardWidth(), 1);
    expect(lastBar()).to.be.at.most(rect(q(item, 'ck-widget-chart')).right + 0.5);
  });
});

/**
 * The chart renderer, loaded on demand by `<ck-widget-chart>` as its own chunk: the node's data
 * drawn as SVG (bars, lines, areas, grid, axes), a legend, a tooltip for the active category, an
 * accessible summary and a visually hidden table of every value.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../../styles/style-props.js';
import type { Catalogue } from '../../i18n/index.js';
import type { ChartNode } from '../../schemas/widgets/index.js';
import { areaPath, curvePath, type Point } from './curves.js';
import { categoryAt, chartLayout, type ChartLayout } from './layout.js';
import { chartModel, type ChartModel, type SeriesModel } from './model.js';
import { categorySummary, chartSummary, formatValue } from './text.js';

/** What the element knows and keeps between renders: its measured plot size and interaction state. */
export interface ChartView {
  /** Size of the plot area in px (0 before it is measured). */
  readonly width: number;
  readonly height: number;
  /** The category the pointer or keyboard is on, or `null`. */
  readonly active: number | null;
  /** The plot has keyboard focus (its live region then speaks the active category). */
  readonly focused: boolean;
  setActive(index: number | null): void;
  setFocused(focused: boolean): void;
  /** UI strings (and their locale, for numbers) of the widget context. */
  readonly strings: Catalogue;
}

const models = new WeakMap<ChartNode, ChartModel>();

function modelOf(node: ChartNode): ChartModel {
  let model = models.get(node);
  if (!model) {
    model = chartModel(node);
    models.set(node, model);
  }
  return model;
}

/** A defined value of a series: its category and plotted extent. */
type Plotted = readonly [index: number, extent: readonly [number, number]];

/** Consecutive runs of defined values (a `null` breaks a line or an area). */
function runs(series: SeriesModel): Plotted[][] {
  const out: Plotted[][] = [];
  let current: Plotted[] = [];
  series.extents.forEach((extent, i) => {
    if (extent) current.push([i, extent]);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  });
  if (current.length > 0) out.push(current);
  return out;
}

const color = (series: SeriesModel) => styleProps({ '--_ck-chart-series': series.color });

function renderGrid(layout: ChartLayout, showYAxis: boolean): SVGTemplateResult {
  return svg`<g class="ck-w-chart__grid">
    ${layout.ticks.map(
      (tick) => svg`<line
        class=${tick.value === 0 ? 'ck-w-chart__baseline' : 'ck-w-chart__gridline'}
        x1=${layout.left} x2=${layout.right} y1=${tick.y} y2=${tick.y}
      ></line>`,
    )}
    ${showYAxis
      ? layout.ticks.map(
          (tick) => svg`<text class="ck-w-chart__tick" x=${layout.left - 8} y=${tick.y} text-anchor="end" dominant-baseline="middle">${tick.label}</text>`,
        )
      : nothing}
  </g>`;
}

function renderXAxis(layout: ChartLayout): SVGTemplateResult {
  return svg`<g class="ck-w-chart__x-axis">
    ${layout.xLabels.map(
      (label) => svg`<text class="ck-w-chart__tick" x=${label.x} y=${layout.xLabelY} text-anchor="middle">${label.label}</text>`,
    )}
  </g>`;
}

function renderArea(series: SeriesModel, layout: ChartLayout): SVGTemplateResult {
  const paths = runs(series).map((run) => {
    const top: Point[] = run.map(([i, [, hi]]) => [layout.x(i), layout.y(hi)]);
    const bottom: Point[] = run.map(([i, [lo]]) => [layout.x(i), layout.y(lo)]);
    return svg`<path class="ck-w-chart__area-fill" d=${areaPath(top, bottom, series.curve)}></path>
      <path class="ck-w-chart__line" d=${curvePath(top, series.curve)}></path>`;
  });
  return svg`<g class="ck-w-chart__series" data-type="area" data-key=${series.dataKey} style=${color(series)}>${paths}</g>`;
}

function renderLine(series: SeriesModel, layout: ChartLayout): SVGTemplateResult {
  const paths = runs(series).map((run) => {
    const points: Point[] = run.map(([i, [, value]]) => [layout.x(i), layout.y(value)]);
    const [lone] = points;
    // A lone value between gaps still shows, as a dot.
    return points.length === 1 && lone
      ? svg`<circle class="ck-w-chart__lone" cx=${lone[0]} cy=${lone[1]} r="2.5"></circle>`
      : svg`<path class="ck-w-chart__line" d=${curvePath(points, series.curve)}></path>`;
  });
  return svg`<g class="ck-w-chart__series" data-type="line" data-key=${series.dataKey} style=${color(series)}>${paths}</g>`;
}

function renderBars(model: ChartModel, layout: ChartLayout): SVGTemplateResult[] {
  return model.series.flatMap((series, s) => {
    if (series.type !== 'bar') return [];
    const rects = layout.bars.filter((bar) => bar.series === s);
    const radius = series.stacked ? 0 : Math.min(3, rects[0] ? rects[0].width / 4 : 0);
    return [
      svg`<g class="ck-w-chart__series" data-type="bar" data-key=${series.dataKey} style=${color(series)}>
        ${rects.map(
          (bar) => svg`<rect class="ck-w-chart__bar" data-category=${bar.category}
            x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} rx=${radius}></rect>`,
        )}
      </g>`,
    ];
  });
}

/** The highlight behind the active category: a band for bars, a vertical rule for lines. */
function renderCursor(model: ChartModel, layout: ChartLayout, active: number): SVGTemplateResult {
  const cx = layout.x(active);
  return model.slots > 0
    ? svg`<rect class="ck-w-chart__cursor" x=${cx - layout.step / 2} y=${layout.top} width=${layout.step} height=${layout.bottom - layout.top}></rect>`
    : svg`<line class="ck-w-chart__cursor-line" x1=${cx} x2=${cx} y1=${layout.top} y2=${layout.bottom}></line>`;
}

/** Markers on the lines and areas at the active category. */
function renderDots(model: ChartModel, layout: ChartLayout, active: number): SVGTemplateResult[] {
  const cx = layout.x(active);
  return model.series.flatMap((series) => {
    const extent = series.extents[active];
    if (series.type === 'bar' || !extent) return [];
    return [svg`<circle class="ck-w-chart__dot" style=${color(series)} cx=${cx} cy=${layout.y(extent[1])} r="4"></circle>`];
  });
}

function renderTooltip(model: ChartModel, layout: ChartLayout, active: number, strings: Catalogue): TemplateResult {
  const cx = layout.x(active);
  // Beside the active category (past its bars), on the side with more room.
  const offset = model.slots > 0 ? layout.step / 2 + 6 : 12;
  const side =
    cx > layout.width / 2 ? { right: `${String(layout.width - cx + offset)}px` } : { left: `${String(cx + offset)}px` };
  return html`<div class="ck-w-chart__tooltip" style=${styleProps({ ...side, top: `${String(layout.top)}px` })}>
    <div class="ck-w-chart__tooltip-title">${model.categories[active]?.label}</div>
    ${model.series.map(
      (series) => html`<div class="ck-w-chart__tooltip-row">
        <span class="ck-w-chart__swatch" style=${color(series)}></span>
        <span class="ck-w-chart__tooltip-label">${series.label}</span>
        <span class="ck-w-chart__tooltip-value">${formatValue(series.values[active] ?? null, strings)}</span>
      </div>`,
    )}
  </div>`;
}

function renderLegend(model: ChartModel): TemplateResult {
  // The summary and the data table already name every series for assistive technology.
  return html`<ul class="ck-w-chart__legend" aria-hidden="true">
    ${model.series.map(
      (series) => html`<li class="ck-w-chart__legend-item" data-type=${series.type}>
        <span class="ck-w-chart__swatch" style=${color(series)}></span>${series.label}
      </li>`,
    )}
  </ul>`;
}

function renderTable(model: ChartModel, summary: string, strings: Catalogue): TemplateResult {
  // A table cannot be narrower than its content, so a wrapper does the hiding.
  return html`<div class="ck-w-chart__sr"><table class="ck-w-chart__data">
    <caption>${strings.chartDataCaption}: ${summary}</caption>
    <thead>
      <tr>
        <th scope="col">${model.xKey}</th>
        ${model.series.map((series) => html`<th scope="col">${series.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${repeat(
        model.categories,
        (_, i) => i,
        (category, i) => html`<tr>
          <th scope="row">${category.label}</th>
          ${model.series.map((series) => html`<td>${formatValue(series.values[i] ?? null, strings)}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}

function onKeydown(event: KeyboardEvent, view: ChartView, count: number): void {
  const current = view.active ?? 0;
  let next: number | null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      next = Math.min(count - 1, view.active === null ? 0 : current + 1);
      break;
    case 'ArrowLeft':
    case 'ArrowUp':
      next = Math.max(0, view.active === null ? 0 : current - 1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    case 'Escape':
      if (view.active === null) return;
      next = null;
      break;
    default:
      return;
  }
  event.preventDefault();
  view.setActive(next);
}

/**
 * The whole chart for `node` at the size and state in `view`: the plot (`role="img"` labelled by
 * a summary of series and ranges; focusable when it has a tooltip, Left/Right/Home/End move
 * between categories), the legend, a live region that reads the focused category, and a visually
 * hidden table with every value.
 */
export function renderChart(node: ChartNode, view: ChartView): TemplateResult {
  const model = modelOf(node);
  const { strings } = view;
  const summary = chartSummary(model, strings);
  const count = model.categories.length;
  const measured = view.width > 0 && view.height > 0;
  const layout = measured ? chartLayout(model, view.width, view.height, node, strings) : null;
  const active = view.active !== null && view.active < count && model.showTooltip ? view.active : null;
  const interactive = model.showTooltip && count > 0;
  const locate = (event: PointerEvent): void => {
    if (!layout) return;
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    view.setActive(categoryAt(layout, count, event.clientX - box.left));
  };
  return html`
    <div
      class="ck-w-chart__plot"
      role="img"
      aria-label=${summary}
      tabindex=${interactive ? 0 : nothing}
      @pointermove=${interactive ? locate : nothing}
      @pointerleave=${interactive ? () => { if (!view.focused) view.setActive(null); } : nothing}
      @focus=${interactive ? () => { view.setFocused(true); view.setActive(view.active ?? 0); } : nothing}
      @blur=${interactive ? () => { view.setFocused(false); view.setActive(null); } : nothing}
      @keydown=${interactive ? (event: KeyboardEvent) => { onKeydown(event, view, count); } : nothing}
    >
      ${layout
        ? html`<svg
            class="ck-w-chart__svg"
            width=${layout.width}
            height=${layout.height}
            viewBox="0 0 ${layout.width} ${layout.height}"
            aria-hidden="true"
            focusable="false"
          >
            ${renderGrid(layout, model.showYAxis)}
            ${active !== null ? renderCursor(model, layout, active) : nothing}
            ${model.series.map((series) => (series.type === 'area' ? renderArea(series, layout) : nothing))}
            ${renderBars(model, layout)}
            ${model.series.map((series) => (series.type === 'line' ? renderLine(series, layout) : nothing))}
            ${renderXAxis(layout)}
            ${active !== null ? renderDots(model, layout, active) : nothing}
          </svg>`
        : nothing}
      ${layout && active !== null ? renderTooltip(model, layout, active, strings) : nothing}
    </div>
    ${model.showLegend ? renderLegend(model) : nothing}
    <div class="ck-w-chart__sr" aria-live="polite">${view.focused && active !== null ? categorySummary(model, active, strings) : ''}</div>
    ${renderTable(model, summary, strings)}
  `;
}

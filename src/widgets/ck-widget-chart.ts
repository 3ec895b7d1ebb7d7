import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { format } from '../i18n/index.js';
import type { ChartNode } from '../schemas/widgets/index.js';
import type { ChartView } from './chart/render-chart.js';
import { registerBuiltIn } from './registry.js';
import { blockStyles } from './tokens.js';
import { schemaValidator } from './validate.js';
import { WidgetElement } from './widget-element.js';

type ChartModule = typeof import('./chart/render-chart.js');

let loaded: ChartModule | null = null;
let loading: Promise<ChartModule> | null = null;

/** Loads the renderer chunk once for every chart; a failed load is retried by the next chart. */
function loadRenderer(): Promise<ChartModule> {
  loading ??= import('./chart/render-chart.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The chart's box: the node's size props, 200px tall unless it sets a height, size or aspect ratio. */
export function chartHostStyles(node: ChartNode): Record<string, string> {
  const out = blockStyles(node);
  if (out['height'] === undefined) out['height'] = out['aspect-ratio'] === undefined ? '200px' : 'auto';
  return out;
}

/**
 * `Chart`: a bar, line or area chart drawn as accessible SVG. This element only sizes itself and
 * shows a placeholder; the renderer (`chart/render-chart.ts`) is a separate chunk, imported when
 * the first chart renders. It redraws when its plot area is resized.
 *
 * @tagname ck-widget-chart
 */
@element('ck-widget-chart')
export class CkWidgetChart extends WidgetElement<ChartNode> {
  @state() private renderer: ChartModule | null = loaded;
  @state() private failed = false;
  @state() private plotWidth = 0;
  @state() private plotHeight = 0;
  @state() private active: number | null = null;
  @state() private focused = false;

  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    if (!entry) return;
    this.plotWidth = Math.round(entry.contentRect.width);
    this.plotHeight = Math.round(entry.contentRect.height);
  });
  private observed: Element | null = null;

  private readonly setActive = (index: number | null): void => {
    this.active = index;
  };
  private readonly setFocused = (focused: boolean): void => {
    this.focused = focused;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.observePlot();
    if (!this.renderer) {
      loadRenderer().then(
        (module) => {
          this.renderer = module;
        },
        (error: unknown) => {
          this.failed = true;
          this.ctx.log('widget.render_error', { type: 'Chart', message: error instanceof Error ? error.message : String(error) });
        },
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
    this.observed = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('node')) this.setHostStyles(chartHostStyles(this.node));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observePlot();
  }

  /** Redraws follow the plot area's size (the legend below takes what it needs). */
  private observePlot(): void {
    const plot = this.querySelector(':scope > .ck-w-chart__plot');
    if (plot && plot !== this.observed) {
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(plot);
      this.observed = plot;
    }
  }

  protected override render(): TemplateResult {
    if (this.failed) {
      return html`<span class="ck-w-fallback" role="note" data-widget-error="Chart: could not be loaded">⚠ ${format(this.ctx.strings.widgetPartUnavailable, { reason: 'Chart: could not be loaded' })}</span>`;
    }
    if (!this.renderer) return html`<div class="ck-w-chart__placeholder" role="img" aria-label=${this.ctx.strings.loading} aria-busy="true"></div>`;
    const view: ChartView = {
      width: this.plotWidth,
      height: this.plotHeight,
      active: this.active,
      focused: this.focused,
      setActive: this.setActive,
      setFocused: this.setFocused,
      strings: this.ctx.strings,
    };
    return this.renderer.renderChart(this.node, view);
  }
}

registerBuiltIn<ChartNode>('Chart', {
  validate: schemaValidator<ChartNode>(),
  render: (node, ctx) => html`<ck-widget-chart .node=${node} .ctx=${ctx}></ck-widget-chart>`,
});

declare global {
  interface HTMLElementTagNameMap {
    'ck-widget-chart': CkWidgetChart;
  }
}

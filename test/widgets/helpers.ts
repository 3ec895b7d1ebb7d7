/**
 * Mounting widget trees through a real `<ck-widget-item>` (as a thread renders them) and reading
 * what a user sees inside its shadow root.
 */
import { fixture, html, nextFrame } from '@open-wc/testing';
import type { ActionConfig, WidgetItem } from '../../src/schemas/index.js';
import '../../src/widgets/ck-widget-item.js';
import type { CkWidgetItem } from '../../src/widgets/ck-widget-item.js';
import { html as litHtml, nothing, type TemplateResult } from 'lit';
import type { FormField, FormScope } from '../../src/widgets/form-scope.js';
import { registerWidget } from '../../src/widgets/registry.js';
import { WidgetElement } from '../../src/widgets/widget-element.js';

/** A widget thread item carrying `widget` as its root. */
export function widgetItem(widget: Record<string, unknown>, id = 'msg_1'): WidgetItem {
  return { type: 'widget', id, thread_id: 'thr_1', created_at: '2026-01-01T00:00:00', widget } as unknown as WidgetItem;
}

/** Waits until every Lit element in the item's tree has rendered (nested elements render late). */
export async function settleWidget(item: CkWidgetItem): Promise<void> {
  await item.updateComplete;
  for (let round = 0; round < 5; round += 1) {
    const pending = [...(item.shadowRoot?.querySelectorAll('*') ?? [])]
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((p): p is Promise<unknown> => p !== undefined);
    await Promise.all(pending);
  }
  await nextFrame();
}

/** Mounts `widget` (a root node) in a `<ck-widget-item>`, optionally in the dark scheme. */
export async function mountWidget(
  widget: Record<string, unknown>,
  options: { colorScheme?: 'light' | 'dark'; width?: number } = {},
): Promise<CkWidgetItem> {
  const item = await fixture<CkWidgetItem>(
    html`<ck-widget-item
      style="width: ${options.width ?? 600}px"
      data-color-scheme=${options.colorScheme ?? 'light'}
      .item=${widgetItem(widget)}
    ></ck-widget-item>`,
  );
  await settleWidget(item);
  return item;
}

/** Mounts `node` as the only child of a plain Card. */
export function mountInCard(node: Record<string, unknown>, options?: Parameters<typeof mountWidget>[1]): Promise<CkWidgetItem> {
  return mountWidget({ type: 'Card', children: [node] }, options);
}

/** `querySelector` inside the item's shadow root; throws when nothing matches. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed query, like querySelector<T>
export function q<T extends Element = HTMLElement>(item: CkWidgetItem, selector: string): T {
  const found = item.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** `querySelectorAll` inside the item's shadow root. */
export function qa<T extends Element = HTMLElement>(item: CkWidgetItem, selector: string): T[] {
  return [...(item.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** A computed style property of an element. */
export function cssOf(el: Element, property: string): string {
  return getComputedStyle(el).getPropertyValue(property);
}

/** A promise with its resolve/reject exposed, to hold an action open while asserting. */
export interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

export function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Answers every `ck-widget-action` the item dispatches with `respond(action)` (default: handled
 * at once) and records the actions, as `<chat-kit>` would receive them.
 */
export function answerActions(
  item: CkWidgetItem,
  respond: (action: ActionConfig) => Promise<void> = () => Promise.resolve(),
): ActionConfig[] {
  const seen: ActionConfig[] = [];
  item.addEventListener('ck-widget-action', (event) => {
    seen.push(event.detail.action);
    event.detail.result = respond(event.detail.action);
  });
  return seen;
}

/** An sRGB colour, channels 0…1. */
export type Rgb = readonly [number, number, number];

/** Reads a computed colour (`rgb()`, `rgba()` with alpha 1, or `color(srgb …)`); throws on anything else. */
export function parseRgb(value: string): Rgb {
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(value);
  if (rgb && (rgb[4] === undefined || rgb[4] === '1')) {
    return [Number(rgb[1]) / 255, Number(rgb[2]) / 255, Number(rgb[3]) / 255];
  }
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)\)$/.exec(value);
  if (srgb) return [Number(srgb[1]), Number(srgb[2]), Number(srgb[3])];
  throw new Error(`not an opaque colour: ${value}`);
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const luminance = ([r, g, bl]: Rgb): number => {
    const lin = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * What a CSS colour expression (e.g. `var(--ck-w-text-danger)`) computes to at `where` in the
 * widget tree: a probe element inherits the same tokens and scheme.
 */
export function resolveColor(where: Element, expression: string): string {
  const probe = document.createElement('span');
  probe.style.color = expression;
  where.appendChild(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** The first opaque background behind `el` (itself included), as a user would see it. */
export function backdropOf(el: Element): string {
  for (let node: Element | null = el; node; ) {
    const bg = getComputedStyle(node).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return 'rgb(255, 255, 255)';
}

/** Props of the `TestField` component that {@link registerTestField} adds (form tests). */
export interface TestFieldNode {
  type: 'TestField';
  name: string;
  defaultValue?: string;
  required?: boolean;
  pattern?: string;
  onChangeAction?: ActionConfig;
}

/**
 * Registers `TestField`: the smallest named control that joins `ctx.form` (an `<input>`, its
 * message under it, `required`/`pattern` checks, a change action), so form containers can be
 * tested without the real controls. Idempotent.
 */
export function registerTestField(): void {
  if (customElements.get('test-form-field')) return;
  class TestFormField extends WidgetElement<TestFieldNode> {
    message: string | null = null;
    private scope: FormScope | undefined;
    private unregister: (() => void) | null = null;
    private readonly field: FormField = {
      name: '',
      value: () => this.input?.value || null,
      validate: () => {
        const value = this.input?.value ?? '';
        const { required, pattern } = this.node;
        this.message =
          value === '' ? (required ? 'Required' : null) : pattern && !new RegExp(`^(?:${pattern})$`).test(value) ? 'Bad format' : null;
        this.requestUpdate();
        return this.message;
      },
      focus: () => this.input?.focus(),
      element: this,
    };

    get input(): HTMLInputElement | null {
      return this.querySelector('input');
    }

    protected override updated(): void {
      (this.field as { name: string }).name = this.node.name;
      if (this.ctx.form === this.scope) return;
      this.unregister?.();
      this.scope = this.ctx.form;
      this.unregister = this.scope?.register(this.field) ?? null;
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      this.unregister?.();
      this.unregister = null;
      this.scope = undefined;
    }

    protected override render(): TemplateResult {
      const change = this.node.onChangeAction;
      return litHtml`<input
          type="text"
          aria-label=${this.node.name}
          value=${this.node.defaultValue ?? ''}
          @change=${() => {
            if (change) this.ctx.action(change, { binding: 'change', element: this }).catch(() => undefined);
          }}
        />${this.message ? litHtml`<span class="test-field-message">${this.message}</span>` : nothing}`;
    }
  }
  customElements.define('test-form-field', TestFormField);
  registerWidget<TestFieldNode>('TestField', {
    validate: (node) => ({ ok: true, node: node as TestFieldNode }),
    render: (node, ctx) => litHtml`<test-form-field .node=${node} .ctx=${ctx}></test-form-field>`,
  });
}

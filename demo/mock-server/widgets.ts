import type { Json, JsonObject, WidgetNode } from './types.js';

/**
 * Widget trees of the demo agent. They follow the captures' shapes: typed-Python style actions
 * with every default spelled out (`handler`, `loadingBehavior`, `streaming`), camelCase props.
 */

type Handler = 'server' | 'client';
type Loading = 'auto' | 'none' | 'self' | 'container';

function action(type: string, payload: JsonObject | null, handler: Handler = 'server', loadingBehavior: Loading = 'auto', streaming = true): JsonObject {
  return { type, ...(payload ? { payload } : {}), handler, loadingBehavior, streaming };
}

export const ORDER_ID = 'ord_42';

export interface CardState {
  count: number;
  approved: boolean;
  /** Summary Markdown; while `live` streams it starts empty with `streaming: true`. */
  summary?: string;
  streaming?: boolean;
  approvedAt?: string;
}

export const CARD_SUMMARY = '**3 items** ready to ship, total *$12.50*. Approve the order, open the details on the client, or bump the counter without a stream.';

/** The order card: one server action, one client action and one sync (`streaming:false`) action. */
export function orderCard(state: CardState): WidgetNode {
  const summary = state.summary ?? (state.approved ? `**Approved ✓**${state.approvedAt ? ` at ${state.approvedAt}` : ''}. Thanks!` : CARD_SUMMARY);
  return {
    key: 'demo-card',
    type: 'Card',
    size: 'md',
    status: { text: 'Mock agent', icon: 'sparkle' },
    children: [
      {
        type: 'Row',
        align: 'center',
        gap: 2,
        children: [
          { type: 'Icon', name: state.approved ? 'check-circle-filled' : 'lab', color: state.approved ? 'success' : 'primary', size: 'lg' },
          { type: 'Title', value: `Order ${ORDER_ID}`, size: 'sm' },
          { type: 'Spacer' },
          state.approved
            ? { type: 'Badge', label: 'Approved ✓', color: 'success', variant: 'soft', pill: true }
            : { type: 'Badge', label: 'Draft', color: 'info', variant: 'soft', pill: true },
        ],
      },
      { type: 'Text', value: 'Coffee beans × 2 · Filter papers × 1', color: 'secondary', size: 'sm' },
      { id: 'summary', type: 'Markdown', value: summary, streaming: state.streaming ?? false },
      { id: 'counter', type: 'Text', value: `Counter: ${state.count}`, size: 'sm', weight: 'medium' },
      { type: 'Divider', spacing: 2 },
      {
        type: 'Row',
        gap: 2,
        wrap: 'wrap',
        children: [
          {
            type: 'Button',
            label: state.approved ? 'Approved ✓' : 'Approve',
            onClickAction: action('demo.approve', { order_id: ORDER_ID }),
            iconStart: 'check',
            style: 'primary',
            ...(state.approved ? { disabled: true } : {}),
          },
          {
            type: 'Button',
            label: 'View details',
            onClickAction: action('demo.view_details', { order_id: ORDER_ID }, 'client'),
            iconEnd: 'external-link',
            variant: 'outline',
          },
          {
            type: 'Button',
            label: 'Count +1',
            onClickAction: action('demo.counter', { count: state.count }, 'server', 'self', false),
            iconStart: 'plus',
            variant: 'ghost',
          },
        ],
      },
    ],
  };
}

export const COLOURS = [
  { id: 'blue', label: 'Blue line' },
  { id: 'orange', label: 'Orange line' },
  { id: 'green', label: 'Green line' },
  { id: 'purple', label: 'Purple line' },
] as const;

/** A ListView whose rows fire `demo.select`; the selected row gets a check icon. */
export function colourList(selected?: string): WidgetNode {
  return {
    type: 'ListView',
    limit: 'auto',
    status: { text: 'Pick a line', icon: 'maps' },
    children: COLOURS.map(({ id, label }): Json => {
      const isSelected = id === selected;
      return {
        key: id,
        type: 'ListViewItem',
        gap: 3,
        align: 'center',
        onClickAction: action('demo.select', { id }),
        children: [
          { type: 'Box', size: 20, radius: 'full', background: `${id}-500` },
          { type: 'Text', value: label, size: 'sm', ...(isSelected ? { weight: 'semibold' } : {}) },
          { type: 'Spacer' },
          ...(isSelected ? [{ type: 'Icon', name: 'check', size: 'sm' }] : []),
        ],
      };
    }),
  };
}

export const colourListCopyText = `Lines: ${COLOURS.map((c) => c.id).join(', ')}`;

/** A form card: every value-bearing control, submitted with `demo.submit_form`. */
export function formCard(): WidgetNode {
  return {
    key: 'demo-form',
    type: 'Card',
    size: 'md',
    children: [
      { type: 'Title', value: 'Delivery preferences', size: 'sm' },
      {
        type: 'Form',
        direction: 'col',
        gap: 3,
        onSubmitAction: action('demo.submit_form', { form_id: 'delivery' }, 'server', 'container'),
        children: [
          { type: 'Label', value: 'Name', fieldName: 'contact.name' },
          { type: 'Input', name: 'contact.name', placeholder: 'Ada Lovelace', required: true },
          { type: 'Label', value: 'Email', fieldName: 'contact.email' },
          { type: 'Input', name: 'contact.email', inputType: 'email', placeholder: 'ada@example.com' },
          { type: 'Label', value: 'Speed', fieldName: 'speed' },
          {
            type: 'Select',
            name: 'speed',
            defaultValue: 'standard',
            options: [
              { value: 'standard', label: 'Standard' },
              { value: 'express', label: 'Express', description: 'Next day' },
            ],
          },
          {
            type: 'RadioGroup',
            name: 'window',
            ariaLabel: 'Delivery window',
            direction: 'row',
            defaultValue: 'am',
            options: [
              { label: 'Morning', value: 'am' },
              { label: 'Afternoon', value: 'pm' },
            ],
          },
          { type: 'Label', value: 'Date', fieldName: 'date' },
          { type: 'DatePicker', name: 'date', placeholder: 'Pick a day' },
          { type: 'Checkbox', name: 'gift', label: 'This is a gift' },
          { type: 'Textarea', name: 'note', placeholder: 'Anything else?', rows: 2 },
          {
            type: 'Row',
            children: [{ type: 'Spacer' }, { type: 'Button', submit: true, label: 'Submit', color: 'primary' }],
          },
        ],
      },
    ],
  };
}

function flatten(value: Json, prefix: string, out: string[]): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.push(`${prefix} = ${JSON.stringify(value)}`);
  }
}

/** What the form card turns into once submitted. */
export function formReceivedCard(payload: Json | undefined): WidgetNode {
  const lines: string[] = [];
  flatten(payload ?? {}, '', lines);
  return {
    key: 'demo-form',
    type: 'Card',
    size: 'md',
    children: [
      {
        type: 'Row',
        gap: 2,
        children: [
          { type: 'Icon', name: 'check-circle-filled', color: 'success' },
          { type: 'Title', value: 'Form received', size: 'sm' },
        ],
      },
      { type: 'Col', gap: 1, children: lines.map((line) => ({ type: 'Text', value: line, size: 'sm' })) },
    ],
  };
}

/** Depth-first search for the first node matching `test`. */
export function findNode(node: Json, test: (candidate: { [key: string]: Json }) => boolean): { [key: string]: Json } | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const hit = findNode(child, test);
      if (hit) return hit;
    }
    return undefined;
  }
  if (node === null || typeof node !== 'object') return undefined;
  if (test(node)) return node;
  for (const child of Object.values(node)) {
    const hit = findNode(child, test);
    if (hit) return hit;
  }
  return undefined;
}

/** Reads the card's state back from a stored tree, so actions work on what the user sees. */
export function readCardState(widget: WidgetNode): CardState {
  const counter = findNode(widget, (node) => node.id === 'counter');
  const value = typeof counter?.value === 'string' ? counter.value : '';
  const count = Number(/(\d+)/.exec(value)?.[1] ?? 0);
  const badge = findNode(widget, (node) => node.type === 'Badge');
  return { count, approved: badge?.label === 'Approved ✓' };
}

import { expect } from '@open-wc/testing';
import {
  WIDGET_NODE_SCHEMAS,
  WIDGET_ROOT_TYPES_SET,
  validateWidgetNode,
  type WidgetNodeType,
} from '../../../src/schemas/widgets/index.js';

type Node = Record<string, unknown>;

interface Case {
  valid: Node;
  invalid: Node;
  /** The fallback reason for `invalid`. */
  reason: string;
}

const action = { type: 'demo.go' };

/** One valid and one invalid node per component type (the `type` is added from the key). */
const CASES: Record<WidgetNodeType, Case> = {
  Card: {
    valid: {
      children: [],
      asForm: true,
      background: { light: 'white', dark: 'gray-900' },
      border: { top: 1, bottom: { size: 2, style: 'dashed' } },
      size: 'full',
      padding: { x: 4, y: '1rem' },
      status: { text: 'Acme', favicon: 'https://acme.test/f.ico', frame: true },
      collapsed: false,
      confirm: { label: 'OK', action },
      cancel: { label: 'No', action: { type: 'demo.no', handler: 'client' } },
      theme: 'dark',
    },
    invalid: { children: [], size: 'xl' },
    reason: 'size: expected one of "sm", "md", "lg", "full"',
  },
  ListView: {
    valid: { children: [], limit: 'auto', status: { text: 'Pick', icon: 'maps' }, theme: 'light' },
    invalid: { children: [], limit: 'some' },
    reason: 'limit: expected number or "auto"',
  },
  ListViewItem: {
    valid: { children: [], onClickAction: action, gap: 3, align: 'center' },
    invalid: { children: [], onClickAction: { payload: { id: 1 } } },
    reason: 'onClickAction.type: required',
  },
  Basic: {
    valid: { children: [], theme: 'dark', direction: 'row', gap: '8px', padding: 2, align: 'end', justify: 'between' },
    invalid: { direction: 'column' },
    reason: 'direction: expected one of "row", "col"',
  },
  Box: {
    valid: {
      direction: 'row',
      align: 'baseline',
      justify: 'evenly',
      wrap: 'wrap-reverse',
      flex: 1,
      gap: 2,
      height: 40,
      width: '50%',
      size: 25,
      minHeight: 1,
      minWidth: '2rem',
      minSize: 3,
      maxHeight: 100,
      maxWidth: '80ch',
      maxSize: 200,
      padding: 3,
      margin: { top: 1 },
      border: 1,
      radius: '100%',
      background: 'surface-elevated',
      aspectRatio: 1.5,
    },
    invalid: { radius: 'round' },
    reason: 'radius: expected one of "2xs", "xs", "sm", "md", "lg", "xl", "2xl", "3xl", "4xl", "full", "100%", "none"',
  },
  Row: {
    valid: { children: [{ type: 'Text', value: 'x' }], align: 'center', gap: 4 },
    invalid: { justify: 'space-between' },
    reason: 'justify: expected one of "start", "center", "end", "between", "around", "evenly", "stretch"',
  },
  Col: {
    valid: { align: 'stretch', padding: '4px 8px', border: { size: 1, color: 'subtle' } },
    invalid: { wrap: true },
    reason: 'wrap: expected one of "nowrap", "wrap", "wrap-reverse"',
  },
  Form: {
    valid: { children: [], direction: 'col', gap: 2, onSubmitAction: { type: 'demo.submit', payload: { form_id: 'f' } } },
    invalid: { onSubmitAction: { type: 'demo.submit', handler: 'browser' } },
    reason: 'onSubmitAction.handler: expected one of "server", "client"',
  },
  Spacer: {
    valid: { minSize: 8 },
    invalid: { minSize: true },
    reason: 'minSize: expected number or string',
  },
  Divider: {
    valid: { color: 'strong', size: 2, spacing: '1rem', flush: true },
    invalid: { flush: 'yes' },
    reason: 'flush: expected boolean',
  },
  Transition: {
    valid: { children: { type: 'Text', value: 'x' } },
    invalid: { children: [{ type: 'Text', value: 'a' }, { type: 'Text', value: 'b' }] },
    reason: 'children: expected a single node',
  },
  Text: {
    valid: {
      value: 'Hello',
      streaming: true,
      italic: true,
      lineThrough: false,
      color: 'secondary',
      weight: 'bold',
      width: 120,
      size: 'xl',
      textAlign: 'end',
      truncate: true,
      minLines: 1,
      maxLines: 3,
      editable: { name: 'todo.title', autoFocus: true, required: true, pattern: '\\w+', placeholder: 'Title' },
    },
    invalid: { size: 'sm' },
    reason: 'value: required',
  },
  Title: {
    valid: { value: 'Order', size: '5xl', weight: 'semibold', textAlign: 'center', maxLines: 1 },
    invalid: { value: 'Order', size: 'xs' },
    reason: 'size: expected one of "sm", "md", "lg", "xl", "2xl", "3xl", "4xl", "5xl"',
  },
  Caption: {
    valid: { value: 'Updated', size: 'lg', color: 'tertiary', truncate: true },
    invalid: { value: 'Updated', size: 'xl' },
    reason: 'size: expected one of "sm", "md", "lg"',
  },
  Markdown: {
    valid: { id: 'summary', value: '**hi**', streaming: true },
    invalid: { value: ['a'] },
    reason: 'value: expected string',
  },
  Label: {
    valid: { value: 'Fruit', fieldName: 'fruit', size: 'sm', weight: 'medium', textAlign: 'start', color: 'primary' },
    invalid: { value: 'Fruit' },
    reason: 'fieldName: required',
  },
  Badge: {
    valid: { label: 'draft', color: 'discovery', variant: 'outline', size: 'lg', pill: true },
    invalid: { label: 'draft', color: 'primary' },
    reason: 'color: expected one of "secondary", "success", "danger", "warning", "info", "discovery"',
  },
  Icon: {
    valid: { name: 'lucide:rocket', color: 'success', size: '2xl' },
    invalid: { name: 'check', size: '4xl' },
    reason: 'size: expected one of "xs", "sm", "md", "lg", "xl", "2xl", "3xl"',
  },
  Image: {
    valid: {
      src: '/pam.png',
      alt: 'Pam',
      fit: 'scale-down',
      position: 'bottom right',
      radius: 'full',
      frame: true,
      flush: false,
      size: 44,
      margin: 2,
      background: 'surface',
      aspectRatio: '16 / 9',
      flex: 'none',
    },
    invalid: { src: '/pam.png', position: 'middle' },
    reason:
      'position: expected one of "top left", "top", "top right", "left", "center", "right", "bottom left", "bottom", "bottom right"',
  },
  Button: {
    valid: {
      label: 'Approve',
      onClickAction: action,
      submit: false,
      iconStart: 'check',
      iconEnd: 'some-future-icon',
      style: 'primary',
      iconSize: '2xl',
      color: 'caution',
      variant: 'ghost',
      size: '3xs',
      pill: true,
      uniform: false,
      block: true,
      disabled: false,
    },
    invalid: { label: 'Go', style: 'tertiary' },
    reason: 'style: expected one of "primary", "secondary"',
  },
  Select: {
    valid: {
      name: 'fruit',
      options: [{ value: 'apple', label: 'Apple', disabled: true, description: 'Red' }],
      onChangeAction: { type: 'demo.changed', handler: 'client' },
      placeholder: 'Pick one',
      defaultValue: 'apple',
      variant: 'soft',
      size: 'lg',
      pill: false,
      block: true,
      clearable: true,
      disabled: false,
      searchable: true,
    },
    invalid: { name: 'fruit', options: [{ value: 'apple' }] },
    reason: 'options[0].label: required',
  },
  DatePicker: {
    valid: {
      name: 'when',
      onChangeAction: action,
      placeholder: 'Pick a day',
      defaultValue: '2026-11-23',
      min: '2026-01-01T00:00:00',
      max: '2026-12-31T23:59:59Z',
      variant: 'outline',
      size: 'sm',
      side: 'top',
      align: 'end',
      pill: true,
      block: false,
      clearable: true,
      disabled: false,
    },
    invalid: { name: 'when', side: 'above' },
    reason: 'side: expected one of "top", "bottom", "left", "right"',
  },
  Checkbox: {
    valid: { name: 'agree', label: 'I agree', defaultChecked: true, onChangeAction: action, disabled: false, required: true },
    invalid: { label: 'I agree' },
    reason: 'name: required',
  },
  RadioGroup: {
    valid: {
      name: 'size',
      options: [{ label: 'Small', value: 's', disabled: true }, { label: 'Large', value: 'l' }],
      ariaLabel: 'Size',
      onChangeAction: action,
      defaultValue: 's',
      direction: 'row',
      disabled: false,
      required: true,
    },
    invalid: { name: 'size', options: [{ label: 'Small', value: 1 }] },
    reason: 'options[0].value: expected string',
  },
  Input: {
    valid: {
      name: 'order.quantity',
      inputType: 'number',
      defaultValue: '1',
      required: true,
      pattern: '\\d+',
      placeholder: 'Qty',
      allowAutofillExtensions: false,
      autoSelect: true,
      autoFocus: true,
      disabled: false,
      variant: 'outline',
      size: 'md',
      gutterSize: '2xs',
      pill: true,
    },
    invalid: { name: 'q', inputType: 'date' },
    reason: 'inputType: expected one of "number", "email", "text", "password", "tel", "url"',
  },
  Textarea: {
    valid: { name: 'note', placeholder: 'Anything else?', rows: 2, autoResize: true, maxRows: 6, variant: 'soft', gutterSize: 'xl' },
    invalid: { name: 'note', variant: 'ghost' },
    reason: 'variant: expected one of "soft", "outline"',
  },
  Table: {
    valid: { children: [{ type: 'Table.Row', children: [] }] },
    invalid: { children: 'rows' },
    reason: 'children: expected array',
  },
  'Table.Row': {
    valid: { header: true, children: [{ type: 'Table.Cell' }] },
    invalid: { header: 'yes' },
    reason: 'header: expected boolean',
  },
  'Table.Cell': {
    valid: { children: [], width: 120, padding: { x: 2 }, colSpan: 2, rowSpan: 1, align: 'center', vAlign: 'end', colSize: 'xl' },
    invalid: { vAlign: 'middle' },
    reason: 'vAlign: expected one of "start", "center", "end"',
  },
  Chart: {
    valid: {
      data: [
        { month: 'Jan', sales: 10, cost: 4.5 },
        { month: 'Feb', sales: 12, cost: null },
      ],
      series: [
        { type: 'bar', label: 'Sales', dataKey: 'sales', stack: 'a', color: 'blue' },
        { type: 'area', dataKey: 'cost', curveType: 'monotoneX', color: { light: 'red-300', dark: 'red-700' } },
        { type: 'line', label: 'Trend', dataKey: 'sales', curveType: 'stepAfter' },
      ],
      xAxis: { dataKey: 'month', hide: false, labels: { Jan: 'January' } },
      showYAxis: true,
      showLegend: false,
      showTooltip: true,
      barGap: 4,
      barCategoryGap: 8,
      height: 200,
      aspectRatio: 1.7778,
      flex: 1,
    },
    invalid: { data: [], series: [{ type: 'pie', dataKey: 'sales' }], xAxis: 'month' },
    reason: 'series[0].type: expected one of "bar", "area", "line"',
  },
};

describe('widget node schemas', () => {
  it('cover every component type', () => {
    expect(Object.keys(WIDGET_NODE_SCHEMAS)).to.have.members(Object.keys(CASES));
    expect(Object.keys(WIDGET_NODE_SCHEMAS)).to.include.members(['Table.Row', 'Table.Cell']);
  });

  for (const [type, { valid, invalid, reason }] of Object.entries(CASES)) {
    describe(type, () => {
      it('accepts a node using its props, keeping them', () => {
        const node = { type, id: 'n1', key: 'k1', ...valid };
        const result = validateWidgetNode(node);
        if (!result.ok) expect.fail(result.reason);
        expect(result.node.type).to.equal(type);
        for (const key of Object.keys(node)) expect(result.node, key).to.have.property(key);
      });

      it('rejects an invalid node with a readable reason', () => {
        expect(validateWidgetNode({ type, ...invalid })).to.deep.equal({ ok: false, type, reason });
      });
    });
  }

  describe('actions', () => {
    it('fills the server defaults on every action binding', () => {
      const bindings: [Node, (n: Node) => unknown][] = [
        [{ type: 'Button', onClickAction: action }, (n) => n.onClickAction],
        [{ type: 'ListViewItem', onClickAction: action }, (n) => n.onClickAction],
        [{ type: 'Form', onSubmitAction: action }, (n) => n.onSubmitAction],
        [{ type: 'Select', name: 's', options: [], onChangeAction: action }, (n) => n.onChangeAction],
        [{ type: 'DatePicker', name: 'd', onChangeAction: action }, (n) => n.onChangeAction],
        [{ type: 'Checkbox', name: 'c', onChangeAction: action }, (n) => n.onChangeAction],
        [{ type: 'RadioGroup', name: 'r', onChangeAction: action }, (n) => n.onChangeAction],
        [{ type: 'Card', confirm: { label: 'OK', action } }, (n) => (n.confirm as Node).action],
        [{ type: 'Card', cancel: { label: 'No', action } }, (n) => (n.cancel as Node).action],
      ];
      for (const [node, pick] of bindings) {
        const result = validateWidgetNode(node);
        if (!result.ok) expect.fail(result.reason);
        expect(pick(result.node), String(node.type)).to.deep.equal({
          type: 'demo.go',
          handler: 'server',
          loadingBehavior: 'auto',
          streaming: true,
        });
      }
    });

    it('keeps explicit settings and the payload', () => {
      const onClickAction = { type: 'demo.count', payload: { n: 1 }, handler: 'client', loadingBehavior: 'self', streaming: false };
      const result = validateWidgetNode({ type: 'Button', onClickAction });
      expect(result.ok && result.node.type === 'Button' && result.node.onClickAction).to.deep.equal(onClickAction);
    });

    it('reads a null action setting as its default', () => {
      const result = validateWidgetNode({ type: 'Button', onClickAction: { type: 'x', handler: null, streaming: null } });
      expect(result.ok && result.node.type === 'Button' && result.node.onClickAction).to.include({ handler: 'server', streaming: true });
    });
  });

  describe('children', () => {
    const containers = ['Card', 'ListView', 'ListViewItem', 'Basic', 'Box', 'Row', 'Col', 'Form', 'Table', 'Table.Row', 'Table.Cell'];

    it('reads absent, null and [] children as an empty list', () => {
      for (const type of containers) {
        for (const children of [undefined, null, []]) {
          const result = validateWidgetNode(children === undefined ? { type } : { type, children });
          expect(result.ok && 'children' in result.node && result.node.children, `${type} ${String(children)}`).to.deep.equal([]);
        }
      }
    });

    it('passes children through without validating them', () => {
      const children = [{ type: 'Text' }, { type: 'NoSuchThing', x: 1 }, 'junk'];
      const result = validateWidgetNode({ type: 'Col', children });
      expect(result.ok && result.node.type === 'Col' && result.node.children).to.deep.equal(children);
    });

    it('wraps a lone child node in a list', () => {
      const child = { type: 'Text', value: 'only' };
      const result = validateWidgetNode({ type: 'Row', children: child });
      expect(result.ok && result.node.type === 'Row' && result.node.children).to.deep.equal([child]);
    });

    it('reads Transition children as one node or null', () => {
      const child = { type: 'Text', value: 'x' };
      const childOf = (node: Node): unknown => {
        const result = validateWidgetNode({ type: 'Transition', ...node });
        return result.ok && result.node.type === 'Transition' ? result.node.children : 'invalid';
      };
      expect(childOf({ children: child })).to.equal(child);
      expect(childOf({ children: [child] })).to.equal(child);
      expect(childOf({ children: null })).to.equal(null);
      expect(childOf({})).to.equal(null);
      expect(childOf({ children: 'text' })).to.equal('invalid');
    });
  });

  describe('leniency', () => {
    it('strips unknown props instead of rejecting the node', () => {
      const result = validateWidgetNode({ type: 'Text', value: 'hi', templateOnly: { a: 1 }, scrollable: true });
      expect(result).to.deep.equal({ ok: true, node: { type: 'Text', value: 'hi' } });
    });

    it('accepts floats and CSS strings for sizes and spacing', () => {
      const result = validateWidgetNode({ type: 'Box', size: 20.0, gap: 1.5, padding: 0.5, width: '33.3%' });
      expect(result.ok && result.node).to.include({ size: 20, gap: 1.5, padding: 0.5, width: '33.3%' });
      expect(validateWidgetNode({ type: 'Text', value: 'x', maxLines: 2.5 }).ok).to.equal(true);
    });

    it('reads null props as absent', () => {
      const result = validateWidgetNode({ type: 'Text', value: 'x', size: null, color: null, id: null, editable: null });
      if (!result.ok) expect.fail(result.reason);
      expect(Object.entries(result.node).filter(([, v]) => v !== undefined)).to.deep.equal([
        ['type', 'Text'],
        ['value', 'x'],
      ]);
    });

    it('accepts any icon name', () => {
      expect(validateWidgetNode({ type: 'Icon', name: 'not-a-known-icon' }).ok).to.equal(true);
      expect(validateWidgetNode({ type: 'Button', iconStart: 'vendor:thing' }).ok).to.equal(true);
    });

    it('accepts `editable: false` and rejects `editable: true`', () => {
      expect(validateWidgetNode({ type: 'Text', value: 'x', editable: false }).ok).to.equal(true);
      expect(validateWidgetNode({ type: 'Text', value: 'x', editable: true })).to.deep.equal({
        ok: false,
        type: 'Text',
        reason: 'editable: expected false or {name, …}',
      });
    });
  });

  describe('reasons', () => {
    it('names an unknown component type', () => {
      expect(validateWidgetNode({ type: 'Carousel', children: [] })).to.deep.equal({
        ok: false,
        type: 'Carousel',
        reason: 'unknown component type "Carousel"',
      });
      // Object.prototype members are not component types.
      expect(validateWidgetNode({ type: 'constructor' })).to.include({ ok: false, reason: 'unknown component type "constructor"' });
    });

    it('refuses what is not a node', () => {
      for (const value of [null, 'Text', 42, [{ type: 'Text' }], { value: 'no type' }, { type: 7 }]) {
        expect(validateWidgetNode(value), JSON.stringify(value)).to.deep.equal({ ok: false, type: null, reason: 'not a widget node' });
      }
    });

    it('points inside nested values', () => {
      expect(validateWidgetNode({ type: 'Card', status: { icon: 'maps' } })).to.include({ reason: 'status.text: required' });
      expect(validateWidgetNode({ type: 'Text', value: 'x', color: { light: 'white' } })).to.include({ reason: 'color.dark: required' });
      expect(validateWidgetNode({ type: 'Text', value: 'x', color: 3 })).to.include({ reason: 'color: expected string or {light, dark}' });
      expect(validateWidgetNode({ type: 'Card', confirm: { label: 'OK' } })).to.include({ reason: 'confirm.action: required' });
    });

    it('counts the further problems', () => {
      expect(validateWidgetNode({ type: 'Label', size: 'huge' })).to.include({ reason: 'value: required (+2 more)' });
    });
  });

  it('knows the root types', () => {
    expect([...WIDGET_ROOT_TYPES_SET]).to.have.members(['Card', 'ListView', 'Basic']);
    expect(WIDGET_ROOT_TYPES_SET.has('Box')).to.equal(false);
  });
});

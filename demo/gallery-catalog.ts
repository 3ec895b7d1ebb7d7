/**
 * The gallery's catalogue: one widget tree per component family, covering every component and
 * its variants. Plain widget JSON, exactly as a server would send it.
 */
type Node = Record<string, unknown>;

/** A tiny inline PNG (a 16×16 gradient), so the gallery needs no network. */
const SAMPLE_IMAGE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAABzUlEQVR4nA3Loa3FIABA0T/OG6ALMAAL4DAkOBJMHRJDKgkGicM0qSOpqWOBmutY5Pf48/dTbAqhkAqlMAqvCIqkKIqmOBW3YipexVL8/TSbRmikRmmMxmuCJmmKpmlOza2Zmlez9Bcsm0VYpEVZjMVbgiVZiqVZTsttmZbXsuwXHJtDOKRDOYzDO4IjOYqjOU7H7ZiO17HcF3a2HbEjd9SO2fE7YSftlJ22c+7cO3Pn3Vn7FwJbQARkQAVMwAdCIAVKoAXOwB2YgTewwhciW0REZERFTMRHQiRFSqRFzsgdmZE3suIXDrYDcSAP1IE58AfhIB2Ug3ZwHtwH8+A9WMcXMltGZGRGZUzGZ0ImZUqmZc7MnZmZN7PyFypbRVRkRVVMxVdCJVVKpVXOyl2Zlbey6hcaW0M0ZEM1TMM3QiM1SqM1zsbdmI23sdoXOltHdGRHdUzHd0IndUqndc7O3Zmdt7P6Fy62C3EhL9SFufAX4SJdlIt2cV7cF/PivVjXFwbbQAzkQA3MwA/CIA3KoA3OwT2Yg3ewxhcetgfxIB/Ug3nwD+EhPZSH9nA+3A/z4X1Yzxcm20RM5ERNzMRPwiRNyqRNzsk9mZN3sib/G6XzkDAOx2QAAAAASUVORK5CYII=';

const card = (title: string, children: Node[], extra: Node = {}): Node => ({
  type: 'Card',
  size: 'full',
  children: [{ type: 'Title', value: title, size: 'sm' }, ...children],
  ...extra,
});
const row = (children: Node[], extra: Node = {}): Node => ({ type: 'Row', gap: 2, wrap: 'wrap', children, ...extra });
const server = (type: string, payload: Node = {}): Node => ({ type, payload, handler: 'client' });

const COLORS = ['primary', 'secondary', 'info', 'discovery', 'success', 'caution', 'warning', 'danger'];
const VARIANTS = ['solid', 'soft', 'outline', 'ghost'];
const SIZES = ['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'];
const ICONS = `agent analytics atom batch bolt book-open book-closed book-clock bug calendar chart check check-circle
check-circle-filled chevron-left chevron-right circle-question clock compass confetti cube desktop document dot
dots-horizontal dots-vertical empty-circle external-link globe keys lab images info lifesaver lightbulb mail map-pin
maps mobile name notebook notebook-pencil page-blank phone play plus profile profile-card reload star star-filled
search sparkle sparkle-double square-code square-image square-text suitcase settings-slider user wreath write
write-alt write-alt2`.split(/\s+/);

export const CATALOGUE: { name: string; widget: Node }[] = [
  {
    name: 'Text, Title, Caption',
    widget: card('Typography', [
      ...['xs', 'sm', 'md', 'lg', 'xl'].map((size) => ({ type: 'Text', value: `Text ${size}`, size })),
      row(['normal', 'medium', 'semibold', 'bold'].map((weight) => ({ type: 'Text', value: weight, weight }))),
      row(['prose', 'primary', 'emphasis', 'secondary', 'tertiary', 'success', 'warning', 'danger'].map((color) => ({ type: 'Text', value: color, color }))),
      row([
        { type: 'Text', value: 'italic', italic: true },
        { type: 'Text', value: 'line-through', lineThrough: true },
        { type: 'Text', value: 'light/dark pair', color: { light: '#9333ea', dark: '#d8b4fe' } },
      ]),
      { type: 'Text', value: 'A long line that is truncated with an ellipsis because it does not fit in one line of this card at all.', truncate: true },
      { type: 'Text', value: 'Clamped to two lines. '.repeat(12), maxLines: 2 },
      ...['sm', 'md', 'lg', 'xl', '2xl', '3xl'].map((size) => ({ type: 'Title', value: `Title ${size}`, size })),
      row(['sm', 'md', 'lg'].map((size) => ({ type: 'Caption', value: `Caption ${size}`, size }))),
      { type: 'Markdown', value: 'Markdown with **bold**, *italic*, `code`, a [link](https://example.com) and a list:\n\n- one\n- two' },
    ]),
  },
  {
    name: 'Button',
    widget: card('Buttons', [
      ...VARIANTS.map((variant) =>
        row(COLORS.map((color) => ({ type: 'Button', label: color, color, variant, onClickAction: server('demo.button', { color, variant }) }))),
      ),
      row(SIZES.map((size) => ({ type: 'Button', label: size, size, onClickAction: server('demo.size') }))),
      row([
        { type: 'Button', label: 'Primary style', style: 'primary' },
        { type: 'Button', label: 'Secondary style', style: 'secondary' },
        { type: 'Button', label: 'Pill', pill: true, iconStart: 'sparkle' },
        { type: 'Button', label: 'Icon end', iconEnd: 'external-link', variant: 'outline' },
        { type: 'Button', label: 'Star', uniform: true, iconStart: 'star', variant: 'soft' },
        { type: 'Button', label: 'Disabled', disabled: true },
      ]),
      { type: 'Button', label: 'Block button', block: true, color: 'success' },
    ]),
  },
  {
    name: 'Badge and Icon',
    widget: card('Badges and icons', [
      ...['solid', 'soft', 'outline'].map((variant) =>
        row(['secondary', 'success', 'danger', 'warning', 'info', 'discovery'].map((color) => ({ type: 'Badge', label: color, color, variant, pill: variant === 'soft' }))),
      ),
      row(['sm', 'md', 'lg'].map((size) => ({ type: 'Badge', label: `size ${size}`, size }))),
      row(ICONS.map((name) => ({ type: 'Icon', name, size: 'lg' }))),
      row(['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'].map((size) => ({ type: 'Icon', name: 'star-filled', size, color: 'warning' }))),
    ]),
  },
  {
    name: 'Layout: Box, Row, Col, Spacer, Divider',
    widget: card('Layout', [
      row([
        { type: 'Box', size: 48, radius: 'md', background: 'blue-500' },
        { type: 'Box', size: 48, radius: 'full', background: 'green-500' },
        { type: 'Box', width: 96, height: 48, radius: 'sm', background: 'surface-tertiary', border: { size: 2, color: 'strong', style: 'dashed' } },
        { type: 'Spacer' },
        { type: 'Box', padding: 3, radius: 'lg', background: 'surface-secondary', children: [{ type: 'Text', value: 'padded box' }] },
      ]),
      { type: 'Divider' },
      {
        type: 'Row',
        justify: 'between',
        align: 'center',
        children: [
          { type: 'Col', gap: 1, children: [{ type: 'Text', value: 'Col', weight: 'semibold' }, { type: 'Caption', value: 'gap 1' }] },
          { type: 'Col', align: 'end', children: [{ type: 'Text', value: 'aligned end' }, { type: 'Caption', value: 'justify between' }] },
        ],
      },
      { type: 'Divider', flush: true, color: 'strong', size: 2 },
      { type: 'Box', aspectRatio: '16 / 5', background: { light: '#e0e7ff', dark: '#312e81' }, radius: 'xl', align: 'center', justify: 'center', children: [{ type: 'Text', value: 'aspectRatio 16/5' }] },
    ]),
  },
  {
    name: 'Image',
    widget: card('Images', [
      row(
        ['cover', 'contain', 'fill', 'scale-down', 'none'].map((fit) => ({
          type: 'Col',
          gap: 1,
          children: [
            { type: 'Image', src: SAMPLE_IMAGE, alt: `fit ${fit}`, fit, width: 96, height: 64, radius: 'md', frame: true },
            { type: 'Caption', value: fit },
          ],
        })),
      ),
      { type: 'Image', src: 'javascript:alert(1)', alt: 'A blocked URL renders a placeholder', height: 48 },
    ]),
  },
  {
    name: 'ListView',
    widget: {
      type: 'ListView',
      limit: 3,
      status: { text: 'Pick a plan', icon: 'suitcase' },
      children: ['Starter', 'Team', 'Business', 'Enterprise', 'Custom'].map((name, index) => ({
        type: 'ListViewItem',
        key: name,
        gap: 3,
        onClickAction: server('demo.pick', { plan: name }),
        children: [
          { type: 'Icon', name: index === 1 ? 'check-circle-filled' : 'empty-circle', color: index === 1 ? 'success' : 'tertiary' },
          { type: 'Col', children: [{ type: 'Text', value: name, weight: 'medium' }, { type: 'Caption', value: `${String((index + 1) * 9)} € / month` }] },
        ],
      })),
    },
  },
  {
    name: 'Card: status, confirm/cancel, theme',
    widget: {
      type: 'Card',
      size: 'md',
      status: { text: 'Suggested by the agent', icon: 'sparkle' },
      confirm: { label: 'Book it', action: server('demo.book') },
      cancel: { label: 'Not now', action: server('demo.cancel') },
      children: [{ type: 'Title', value: 'Flight to Lisbon', size: 'sm' }, { type: 'Text', value: 'Tue 14:05 → 16:10, 1 stop', color: 'secondary' }],
    },
  },
  {
    name: 'Form controls',
    widget: {
      type: 'Card',
      asForm: true,
      size: 'md',
      confirm: { label: 'Save', action: server('demo.save') },
      children: [
        { type: 'Title', value: 'Delivery', size: 'sm' },
        { type: 'Label', value: 'Name', fieldName: 'contact.name' },
        { type: 'Input', name: 'contact.name', placeholder: 'Ada Lovelace', required: true },
        { type: 'Label', value: 'Email', fieldName: 'contact.email' },
        { type: 'Input', name: 'contact.email', inputType: 'email', pattern: '.+@.+', placeholder: 'ada@example.com' },
        { type: 'Label', value: 'Speed', fieldName: 'speed' },
        { type: 'Select', name: 'speed', placeholder: 'Choose…', options: [{ value: 'std', label: 'Standard' }, { value: 'exp', label: 'Express', description: 'Next day' }], clearable: true },
        { type: 'Label', value: 'Date', fieldName: 'date' },
        { type: 'DatePicker', name: 'date', min: '2026-01-01T00:00:00', max: '2027-12-31T00:00:00' },
        { type: 'RadioGroup', name: 'wrap', ariaLabel: 'Gift wrap', direction: 'row', options: [{ value: 'none', label: 'No wrap' }, { value: 'paper', label: 'Paper' }, { value: 'box', label: 'Box', disabled: true }], defaultValue: 'none' },
        { type: 'Checkbox', name: 'newsletter', label: 'Send me the newsletter', defaultChecked: true },
        { type: 'Label', value: 'Note', fieldName: 'note' },
        { type: 'Textarea', name: 'note', rows: 2, autoResize: true, maxRows: 5, placeholder: 'Anything else?' },
      ],
    },
  },
  {
    name: 'Table',
    widget: card('Table', [
      {
        type: 'Table',
        children: [
          { type: 'Table.Row', header: true, children: ['Item', 'Qty', 'Price'].map((value) => ({ type: 'Table.Cell', children: [{ type: 'Text', value, weight: 'semibold' }] })) },
          { type: 'Table.Row', children: [{ type: 'Table.Cell', children: [{ type: 'Text', value: 'Coffee' }] }, { type: 'Table.Cell', align: 'end', children: [{ type: 'Text', value: '2' }] }, { type: 'Table.Cell', align: 'end', children: [{ type: 'Text', value: '9.00' }] }] },
          { type: 'Table.Row', children: [{ type: 'Table.Cell', colSpan: 2, children: [{ type: 'Text', value: 'Total (spans two columns)', weight: 'medium' }] }, { type: 'Table.Cell', align: 'end', children: [{ type: 'Text', value: '9.00', weight: 'bold' }] }] },
        ],
      },
    ]),
  },
  {
    name: 'Chart',
    widget: card('Chart', [
      {
        type: 'Chart',
        height: 220,
        data: [
          { month: 'Jan', revenue: 120, cost: 80, users: 40 },
          { month: 'Feb', revenue: 180, cost: 95, users: 65 },
          { month: 'Mar', revenue: 150, cost: 90, users: 90 },
          { month: 'Apr', revenue: 300, cost: 140, users: 120 },
        ],
        xAxis: 'month',
        series: [
          { type: 'bar', dataKey: 'revenue', label: 'Revenue', color: 'blue' },
          { type: 'bar', dataKey: 'cost', label: 'Cost', color: 'orange' },
          { type: 'line', dataKey: 'users', label: 'Users', color: 'green', curveType: 'monotone' },
        ],
        showYAxis: true,
        showLegend: true,
        showTooltip: true,
      },
    ]),
  },
  {
    name: 'Transition',
    widget: card('Transition', [{ type: 'Transition', children: { type: 'Text', key: 'state-1', value: 'A child that animates when it is swapped.' } }]),
  },
];

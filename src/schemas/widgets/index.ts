/**
 * One schema per widget component (protocol §4.3), validated node by node: a node's own props
 * are checked, its `children` are not (the renderer validates each child separately), so one bad
 * node renders a contained fallback while its siblings render normally.
 */
import type * as z from 'zod/mini';
import { formatPath, readableIssues } from '../issues.js';
import { WIDGET_ROOT_TYPES } from '../widget-root.js';
import { BadgeNodeSchema } from './badge.js';
import { BasicNodeSchema } from './basic.js';
import { BoxNodeSchema, ColNodeSchema, RowNodeSchema } from './box.js';
import { ButtonNodeSchema } from './button.js';
import { CaptionNodeSchema } from './caption.js';
import { CardNodeSchema } from './card.js';
import { ChartNodeSchema } from './chart.js';
import { CheckboxNodeSchema } from './checkbox.js';
import { DatePickerNodeSchema } from './date-picker.js';
import { DividerNodeSchema } from './divider.js';
import { FormNodeSchema } from './form.js';
import { IconNodeSchema } from './icon.js';
import { ImageNodeSchema } from './image.js';
import { InputNodeSchema } from './input.js';
import { LabelNodeSchema } from './label.js';
import { ListViewItemNodeSchema } from './list-view-item.js';
import { ListViewNodeSchema } from './list-view.js';
import { MarkdownNodeSchema } from './markdown.js';
import { RadioGroupNodeSchema } from './radio-group.js';
import { SelectNodeSchema } from './select.js';
import { SpacerNodeSchema } from './spacer.js';
import { TableCellNodeSchema, TableNodeSchema, TableRowNodeSchema } from './table.js';
import { TextNodeSchema } from './text.js';
import { TextareaNodeSchema } from './textarea.js';
import { TitleNodeSchema } from './title.js';
import { TransitionNodeSchema } from './transition.js';

export * from './values.js';
// The `optional*` building blocks stay internal: generic names, not API.
export {
  baseTextProps,
  blockProps,
  boxBaseProps,
  childrenSchema,
  nodeSchema,
  singleChildSchema,
  sizeProps,
} from './props.js';
export * from './badge.js';
export * from './basic.js';
export * from './box.js';
export * from './button.js';
export * from './caption.js';
export * from './card.js';
export * from './chart.js';
export * from './checkbox.js';
export * from './date-picker.js';
export * from './divider.js';
export * from './form.js';
export * from './icon.js';
export * from './image.js';
export * from './input.js';
export * from './label.js';
export * from './list-view-item.js';
export * from './list-view.js';
export * from './markdown.js';
export * from './radio-group.js';
export * from './select.js';
export * from './spacer.js';
export * from './table.js';
export * from './text.js';
export * from './textarea.js';
export * from './title.js';
export * from './transition.js';

/** The schema of every built-in component, by wire `type`. */
export const WIDGET_NODE_SCHEMAS = {
  Card: CardNodeSchema,
  ListView: ListViewNodeSchema,
  ListViewItem: ListViewItemNodeSchema,
  Basic: BasicNodeSchema,
  Box: BoxNodeSchema,
  Row: RowNodeSchema,
  Col: ColNodeSchema,
  Form: FormNodeSchema,
  Spacer: SpacerNodeSchema,
  Divider: DividerNodeSchema,
  Transition: TransitionNodeSchema,
  Text: TextNodeSchema,
  Title: TitleNodeSchema,
  Caption: CaptionNodeSchema,
  Markdown: MarkdownNodeSchema,
  Label: LabelNodeSchema,
  Badge: BadgeNodeSchema,
  Icon: IconNodeSchema,
  Image: ImageNodeSchema,
  Button: ButtonNodeSchema,
  Select: SelectNodeSchema,
  DatePicker: DatePickerNodeSchema,
  Checkbox: CheckboxNodeSchema,
  RadioGroup: RadioGroupNodeSchema,
  Input: InputNodeSchema,
  Textarea: TextareaNodeSchema,
  Table: TableNodeSchema,
  'Table.Row': TableRowNodeSchema,
  'Table.Cell': TableCellNodeSchema,
  Chart: ChartNodeSchema,
} as const satisfies Readonly<Record<string, z.ZodMiniType>>;

/** A built-in component type, e.g. `"Card"` or `"Table.Cell"`. */
export type WidgetNodeType = keyof typeof WIDGET_NODE_SCHEMAS;

/** Any validated built-in node (defaults applied, unknown props stripped), discriminated on `type`. */
export type AnyWidgetNode = { [K in WidgetNodeType]: z.output<(typeof WIDGET_NODE_SCHEMAS)[K]> }[WidgetNodeType];

/** Component types allowed at the root of a widget item. */
export const WIDGET_ROOT_TYPES_SET: ReadonlySet<string> = new Set(WIDGET_ROOT_TYPES);

/** Result of validating one node: the parsed node, or a short reason for the fallback. */
export type NodeValidation<N> = { ok: true; node: N } | { ok: false; reason: string };

function reasonOf(error: z.core.$ZodError, value: unknown): string {
  const readable = readableIssues(error, value);
  const first = readable[0];
  const issue = error.issues[0];
  if (!first || !issue) return 'invalid props';
  let { message } = first;
  // readableIssues stays vague when no union branch fits; our unions say what they accept.
  if (
    message === 'invalid input' &&
    issue.code === 'invalid_union' &&
    first.path === formatPath(issue.path) &&
    issue.message.startsWith('expected ')
  ) {
    message = issue.message;
  }
  const head = issue.path.length === 0 ? message : `${first.path}: ${message}`;
  return readable.length > 1 ? `${head} (+${readable.length - 1} more)` : head;
}

/**
 * Validates one node against `schema`, turning failures into one readable reason such as
 * `size: expected one of "sm", "md", "lg", "full"` or `value: required`. Fits
 * `WidgetDefinition.validate`, including for app-defined components.
 */
export function validateNodeWith<S extends z.ZodMiniType>(schema: S, node: unknown): NodeValidation<z.output<S>> {
  const result = schema.safeParse(node);
  return result.success ? { ok: true, node: result.data } : { ok: false, reason: reasonOf(result.error, node) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates one built-in node by its `type` (its own props only, not its children).
 * Unknown types fail with `unknown component type "X"`, non-objects with `not a widget node`.
 */
export function validateWidgetNode(
  node: unknown,
): { ok: true; node: AnyWidgetNode } | { ok: false; type: string | null; reason: string } {
  if (!isRecord(node) || typeof node.type !== 'string') return { ok: false, type: null, reason: 'not a widget node' };
  const { type } = node;
  // `hasOwn`, so `"constructor"` or `"toString"` are unknown types, not Object.prototype members.
  if (!Object.hasOwn(WIDGET_NODE_SCHEMAS, type)) {
    return { ok: false, type, reason: `unknown component type "${type}"` };
  }
  const result = validateNodeWith(WIDGET_NODE_SCHEMAS[type as WidgetNodeType], node);
  return result.ok ? { ok: true, node: result.node } : { ok: false, type, reason: result.reason };
}

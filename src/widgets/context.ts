import { en, type Catalogue } from '../i18n/index.js';
import type { ActionConfig } from '../schemas/index.js';
import type { FormScope } from './form-scope.js';

/** Which user gesture fired an action; decides what `loadingBehavior: "auto"` means. */
export type ActionBinding = 'click' | 'submit' | 'change' | 'confirm' | 'cancel';

/** Where an action came from, so the widget item can show the right loading state. */
export interface ActionSource {
  binding: ActionBinding;
  /** The element that fired it (gets the `self` loading state). */
  element: Element;
  /** Turns the element's own spinner/disabled state on and off (`loadingBehavior: "self"`). */
  setLoading?: (loading: boolean) => void;
}

/**
 * What every widget element receives from the `<ck-widget-item>` that renders its tree. Widgets
 * never dispatch public events or talk to the network: they report actions here, and the item
 * forwards them to `<chat-kit>`.
 */
export interface WidgetContext {
  /** Id of the widget thread item. */
  readonly itemId: string;
  /** Reports an activated action; resolves when it is handled (or rejects when it failed). */
  action(action: ActionConfig, source: ActionSource): Promise<void>;
  /** Structured diagnostics (become `chatkit.log`). */
  log(name: string, data?: Record<string, unknown>): void;
  /** UI strings of the element's locale (for the few words widgets add, like "Show more"). */
  readonly strings: Catalogue;
  /**
   * Outline level of the thread's top headings (`<chat-kit heading-level>`, default 2): widget
   * titles and Markdown headings sit one level below it.
   */
  readonly headingLevel?: number;
  /** The nearest enclosing form (a `Form`, or a `Card` with `asForm`), for named controls to join. */
  readonly form?: FormScope;
}

/** A context that does nothing: widgets rendered outside a thread (previews, galleries). */
export const inertContext: WidgetContext = {
  itemId: '',
  action: () => Promise.resolve(),
  log: () => undefined,
  strings: en,
};

/** `loadingBehavior: "auto"` per binding (docs: Button → self, Select → none, Card confirm → container). */
export function effectiveLoading(action: ActionConfig, binding: ActionBinding): 'self' | 'container' | 'none' {
  if (action.loadingBehavior !== 'auto') return action.loadingBehavior;
  switch (binding) {
    case 'click':
      return 'self';
    case 'change':
      return 'none';
    case 'submit':
    case 'confirm':
    case 'cancel':
      return 'container';
  }
}

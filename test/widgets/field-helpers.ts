/**
 * Mounting form controls under a form scope built in the test (`createFormScope`), the way a
 * `Form` renders its children, and reading what the parent context receives.
 */
import { fixture, html, nextFrame } from '@open-wc/testing';
import { adoptStyles, render, type CSSResultArray, type CSSResultOrNative } from 'lit';
import { en } from '../../src/i18n/index.js';
import type { ActionConfig } from '../../src/schemas/index.js';
import { base } from '../../src/styles/tokens.js';
import '../../src/widgets/components.js';
import type { ActionSource, WidgetContext } from '../../src/widgets/context.js';
import { createFormScope, type FormField, type FormScope } from '../../src/widgets/form-scope.js';
import { renderNode } from '../../src/widgets/render.js';
import { widgetStyles } from '../../src/widgets/styles.js';

/** One action the parent context received. */
export interface Received {
  action: ActionConfig;
  source: ActionSource;
}

export interface Scoped {
  /** The shadow root the controls render in (as under a `<ck-widget-item>`). */
  root: ShadowRoot;
  host: HTMLElement;
  scope: FormScope;
  fields: ReadonlySet<FormField>;
  /** Actions that reached the parent context (after validation and value merging). */
  received: Received[];
  logs: { name: string; data?: Record<string, unknown> }[];
  /** Renders `nodes` again (e.g. equal but new node objects) and waits for the elements. */
  rerender(nodes: readonly Record<string, unknown>[]): Promise<void>;
  /** `querySelector` in the root; throws when nothing matches. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed query, like querySelector<T>
  q<T extends Element = HTMLElement>(selector: string): T;
}

/** Waits until every Lit element under `root` has rendered. */
export async function settleRoot(root: ShadowRoot): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending = [...root.querySelectorAll('*')]
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((p): p is Promise<unknown> => p !== undefined);
    await Promise.all(pending);
  }
  await nextFrame();
}

function flatStyles(group: CSSResultArray): CSSResultOrNative[] {
  return group.flat(Infinity as 1) as CSSResultOrNative[];
}

/**
 * Renders `nodes` with the context of a form scope whose submit action is `submit`, inside a
 * shadow root that adopts the widget styles. The parent context answers every action with
 * `respond` (default: handled at once).
 */
export async function mountInScope(
  nodes: readonly Record<string, unknown>[],
  options: {
    /** The form's submit action, as a server writes it (defaults applied here, as parsing would). */
    submit?: Pick<ActionConfig, 'type'> & Partial<ActionConfig>;
    colorScheme?: 'light' | 'dark';
    respond?: (action: ActionConfig) => Promise<void>;
    /** Render without any form scope (the plain item context). */
    noForm?: boolean;
  } = {},
): Promise<Scoped> {
  const received: Received[] = [];
  const logs: Scoped['logs'] = [];
  const parent: WidgetContext = {
    itemId: 'msg_1',
    strings: en,
    action: (action, source) => {
      received.push({ action, source });
      return options.respond ? options.respond(action) : Promise.resolve();
    },
    log: (name, data) => {
      logs.push(data === undefined ? { name } : { name, data });
    },
  };
  const submit: ActionConfig | undefined = options.submit && {
    handler: 'server',
    loadingBehavior: 'auto',
    streaming: true,
    ...options.submit,
  };
  const { scope, context, fields } = createFormScope(parent, () => submit);
  const ctx = options.noForm === true ? parent : context;
  const host = await fixture<HTMLElement>(
    html`<div style="width: 600px" data-color-scheme=${options.colorScheme ?? 'light'}></div>`,
  );
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, flatStyles([base, widgetStyles] as CSSResultArray));
  const draw = async (list: readonly Record<string, unknown>[]): Promise<void> => {
    render(html`<div class="root" style="display: flex; flex-direction: column; gap: 8px">${list.map((node) => renderNode(node, ctx))}</div>`, root);
    await settleRoot(root);
  };
  await draw(nodes);
  return {
    root,
    host,
    scope,
    fields,
    received,
    logs,
    rerender: draw,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed query, like querySelector<T>
    q<T extends Element = HTMLElement>(selector: string): T {
      const found = root.querySelector<T>(selector);
      if (!found) throw new Error(`nothing matches ${selector}`);
      return found;
    },
  };
}

/** Submits through the scope; resolves to the error it rejected with, or `null`. */
export async function submitScope(scoped: Scoped, element?: Element): Promise<Error | null> {
  try {
    await scoped.scope.submit({ binding: 'submit', element: element ?? scoped.host });
    return null;
  } catch (error) {
    return error as Error;
  } finally {
    await settleRoot(scoped.root);
  }
}

/** The values the fields report, as `{name: value}` (what a form merges into a payload). */
export function fieldValues(scoped: Scoped): Record<string, unknown> {
  return Object.fromEntries([...scoped.fields].map((field) => [field.name, field.value()]));
}

/** Replaces the text of a native field as a user would: focus, select all, delete, type. */
export async function retype(control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  control.focus();
  control.select();
  await sendKeys({ press: 'Backspace' });
  if (text !== '') await sendKeys({ type: text });
}

/**
 * Keyboard-only walkthroughs with real key presses (`sendKeys`): send, @-mention, tool menu and
 * model picker, widget actions, history. Focus must always land somewhere sensible and be visible.
 */
import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ChatKit, ChatKitOptions } from '../../src/index.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';
import { composerEditor, composerInput, deepQuery, deepQueryAll, mountChat, settle } from '../helpers/mount.js';
import { deepActiveElement, demoConversation, describeFocus, sendAndWait, THREAD_ID, until, widgetThreadSse } from './helpers.js';

/** Whether the focused element shows a focus indicator a sighted keyboard user can see. */
function focusIsVisible(): boolean {
  const active = deepActiveElement();
  if (!(active instanceof HTMLElement)) return false;
  const style = getComputedStyle(active);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) return true;
  // The composer's field draws its ring around the whole form (a second ring inside is noise).
  if (active.getAttribute('part') === 'editor') {
    const form = (composerInput(active.closest('chat-kit') ?? document.querySelector('chat-kit')!).getRootNode() as ShadowRoot).querySelector('form');
    return form !== null && getComputedStyle(form).borderColor === focusColour(form);
  }
  return false;
}

/** `--ck-color-focus` resolved to the `rgb()` form computed styles use. */
function focusColour(inside: Element): string {
  const probe = document.createElement('span');
  probe.style.color = 'var(--ck-color-focus)';
  inside.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Presses Tab until `done()` or `max` presses; returns the stops (with their visibility) on the way. */
async function tabUntil(el: ChatKit, done: () => boolean, max = 20): Promise<{ stop: string; visible: boolean }[]> {
  const stops: { stop: string; visible: boolean }[] = [];
  for (let i = 0; i < max && !done(); i += 1) {
    await sendKeys({ press: 'Tab' });
    await settle(el);
    stops.push({ stop: describeFocus(), visible: focusIsVisible() });
  }
  return stops;
}

const focusIn = (host: string, part: string) => (): boolean => {
  const active = deepActiveElement();
  const root = active?.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === host && active?.getAttribute('part') === part;
};
const editorFocused = focusIn('ck-composer-input', 'editor');

/** A button before the chat, where a keyboard user starts. */
function pageButton(el: ChatKit): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Page content';
  el.before(button);
  return button;
}

afterEach(() => {
  document.querySelectorAll('body > button').forEach((button) => {
    button.remove();
  });
  fixtureCleanup();
});

describe('keyboard: send', () => {
  it('Tab reaches the composer from the page, typing and Enter send, focus stays in the composer', async () => {
    const f = fakeFetch().reply('threads.create', 'threads.create.sse');
    const el = await mountChat(f, { startScreen: { prompts: [{ label: 'Plan a trip', prompt: 'Plan a trip', icon: 'map-pin' }] } });
    pageButton(el).focus();
    const stops = await tabUntil(el, editorFocused);
    expect(editorFocused(), `reached the composer via ${stops.map((s) => s.stop).join(' → ')}`).to.equal(true);
    expect(stops.filter((s) => !s.visible).map((s) => s.stop), 'stops without a visible focus').to.deep.equal([]);

    const ended = oneEvent(el, 'chatkit.response.end');
    await sendKeys({ type: 'Hello there' });
    await sendKeys({ press: 'Enter' });
    await ended;
    await settle(el);
    const input = (f.callsOf('threads.create')[0]!.body.params as { input: { content: unknown } }).input;
    expect(input.content).to.deep.equal([{ type: 'input_text', text: 'Hello there' }]);
    expect(describeFocus()).to.contain('[part=editor]');
    expect(composerInput(el).text).to.equal('');
  });
});

describe('keyboard: @-mention', () => {
  it('@ opens the menu, ArrowDown + Enter insert the highlighted entity as a tag', async () => {
    const people = [
      { id: 'u1', title: 'Ada Lovelace', group: 'People' },
      { id: 'u2', title: 'Adam Smith', group: 'People' },
    ];
    const el = await mountChat(fakeFetch(), {
      entities: { onTagSearch: (q: string) => Promise.resolve(people.filter((p) => p.title.toLowerCase().includes(q.toLowerCase()))) },
    });
    composerEditor(el).focus();
    await sendKeys({ type: 'Ask @ad' });
    await until(el, () => deepQueryAll(el, '[role="option"]').length === 2, 'two options');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const highlighted = deepQueryAll(el, '[role="option"][aria-selected="true"]').map((o) => o.textContent.trim());
    expect(highlighted).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const tags = composerInput(el).value.filter((part) => part.type === 'input_tag');
    expect(tags.map((tag) => tag.text)).to.deep.equal(highlighted);
    expect(deepQueryAll(el, '[role="option"]'), 'menu closed').to.have.length(0);
    expect(editorFocused(), 'focus back in the field').to.equal(true);
  });
});

const TOOLS: NonNullable<ChatKitOptions['composer']>['tools'] = [
  { id: 'search', label: 'Search the web', icon: 'globe' },
  { id: 'images', label: 'Create an image', icon: 'images' },
];

describe('keyboard: composer menus', () => {
  it('the tool menu opens with Enter, arrows move, Escape closes it and focus returns to its button', async () => {
    const el = await mountChat(fakeFetch(), { composer: { tools: TOOLS } });
    composerEditor(el).focus();
    const triggerFocused = focusIn('ck-tool-menu', 'trigger');
    await tabUntil(el, triggerFocused, 6);
    expect(triggerFocused(), `Tab reaches the tools button (${describeFocus()})`).to.equal(true);
    expect(focusIsVisible(), 'tools button focus visible').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await until(el, () => deepQuery(el, '[role="menu"]') !== null, 'the menu');
    expect(deepActiveElement()?.getAttribute('role') ?? '', 'focus on a menu item').to.match(/^menuitem/);
    const first = deepActiveElement()?.textContent.trim();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.textContent.trim(), 'ArrowDown moved').to.not.equal(first);
    expect(focusIsVisible(), 'menu item focus visible').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepQuery(el, '[role="menu"]'), 'menu closed').to.equal(null);
    expect(triggerFocused(), `focus on the tools button (${describeFocus()})`).to.equal(true);
  });

  it('choosing a tool with Enter selects it, closes the menu and returns focus to its button', async () => {
    const el = await mountChat(fakeFetch(), { composer: { tools: TOOLS } });
    const changes = oneEvent(el, 'chatkit.tool.change');
    deepQuery<HTMLElement>(el, 'ck-tool-menu')!.shadowRoot!.querySelector<HTMLElement>('[part="trigger"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => deepQuery(el, '[role="menu"]') !== null, 'the menu');
    await sendKeys({ press: 'Enter' });
    expect((await changes).detail).to.deep.equal({ toolId: 'search' });
    await settle(el);
    expect(deepQuery(el, '[role="menu"]'), 'menu closed').to.equal(null);
    expect(focusIn('ck-tool-menu', 'trigger')(), `focus on the tools button (${describeFocus()})`).to.equal(true);
  });

  it('the model picker opens with Enter and Escape returns focus to its button', async () => {
    const el = await mountChat(fakeFetch(), { composer: { models: [{ id: 'a', label: 'Fast', default: true }, { id: 'b', label: 'Thorough' }] } });
    const trigger = focusIn('ck-model-picker', 'trigger');
    deepQuery<HTMLElement>(el, 'ck-model-picker')!.shadowRoot!.querySelector<HTMLElement>('[part="trigger"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => deepQuery(el, '[role="listbox"]') !== null, 'the list');
    expect(deepActiveElement()?.getAttribute('role')).to.equal('option');
    expect(focusIsVisible(), 'option focus visible').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepQuery(el, '[role="listbox"]'), 'list closed').to.equal(null);
    expect(trigger(), `focus on the model button (${describeFocus()})`).to.equal(true);
  });
});

function widgetButton(el: ChatKit, label: string): HTMLElement {
  const button = deepQueryAll<HTMLElement>(el, 'button').find((b) => b.textContent.trim() === label);
  if (!button) throw new Error(`no button "${label}"`);
  return button;
}

describe('keyboard: widgets', () => {
  it('a widget Button activates with Enter and with Space', async () => {
    const el = await demoConversation(fakeFetch());
    const actions: unknown[] = [];
    el.addEventListener('widget-action', (event) => {
      event.preventDefault(); // handled by the page: nothing goes to the server
      actions.push((event as CustomEvent<{ action: unknown }>).detail.action);
    });
    widgetButton(el, 'Approve').focus();
    expect(focusIsVisible(), 'button focus visible').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(actions, 'after Enter').to.have.length(1);
    widgetButton(el, 'Approve').focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(actions, 'after Space').to.deep.equal([actions[0], actions[0]]);
  });

  it('a Form is filled and submitted with the keyboard', async () => {
    const form = {
      type: 'Card',
      children: [
        {
          type: 'Form',
          onSubmitAction: { type: 'signup', payload: { list: 'news' }, handler: 'client' },
          children: [
            { type: 'Label', value: 'Email', fieldName: 'email' },
            { type: 'Input', name: 'email', inputType: 'email', required: true },
            { type: 'Button', label: 'Sign up', submit: true },
          ],
        },
      ],
    };
    const f = fakeFetch().reply('threads.create', { sse: widgetThreadSse([form]) });
    const el = await mountChat(f);
    await sendAndWait(el, 'Show me widgets');
    const action = oneEvent(el, 'widget-action');
    const field = deepQuery<HTMLInputElement>(el, 'input[name="email"]');
    expect(field, 'the email field').to.not.equal(null);
    field!.focus();
    await sendKeys({ type: 'ada@example.com' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent.trim(), 'Tab moves to the submit button').to.equal('Sign up');
    expect(focusIsVisible(), 'submit focus visible').to.equal(true);
    await sendKeys({ press: 'Enter' });
    const detail = (await action).detail as { action: { type: string; payload: Record<string, unknown> } };
    expect(detail.action).to.deep.equal({ type: 'signup', payload: { list: 'news', email: 'ada@example.com' } });
  });
});

interface ThreadJson {
  id: string;
  title?: string | null;
  items: { data: { id: string; thread_id?: string }[]; has_more: boolean };
  [key: string]: unknown;
}

/** A history of three threads, each served by threads.get_by_id / items.list. */
async function serveHistory(f: FakeFetch): Promise<string[]> {
  const base = (await (await fetch(new URL('../fixtures/chatkit-server/threads.get_by_id.json', import.meta.url))).json()) as ThreadJson;
  const threads = ['Lisbon trip', 'Tax questions', 'Birthday ideas'].map((title, i) => ({ ...base, id: `${THREAD_ID}_${i}`, title }));
  f.reply('threads.list', { json: { data: threads.map((t) => ({ ...t, items: { data: [], has_more: false } })), has_more: false } });
  for (const thread of threads) {
    f.reply((call) => call.body.type === 'threads.get_by_id' && call.body.params?.['thread_id'] === thread.id, { json: thread });
  }
  f.reply('items.list', { json: { data: [...base.items.data].reverse(), has_more: false } });
  return threads.map((t) => t.id);
}

describe('keyboard: history', () => {
  it('History opens the panel, arrows move, Enter opens a thread (focus in the composer), Escape closes (focus on History)', async () => {
    const f = fakeFetch();
    const ids = await serveHistory(f);
    const el = await mountChat(f);
    const historyFocused = focusIn('ck-header', 'history');
    pageButton(el).focus();
    await tabUntil(el, historyFocused, 6);
    expect(historyFocused(), `Tab reaches History (${describeFocus()})`).to.equal(true);
    expect(focusIsVisible(), 'History focus visible').to.equal(true);

    await sendKeys({ press: 'Enter' });
    await until(el, () => (deepQuery(el, 'ck-history-panel')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) === 3, 'three entries');
    const entryFocused = (): string | undefined => deepActiveElement()?.closest<HTMLElement>('[data-id]')?.dataset['id'];
    await tabUntil(el, () => entryFocused() !== undefined, 4);
    expect(entryFocused(), 'Tab reaches the first entry').to.equal(ids[0]);
    expect(focusIsVisible(), 'entry focus visible').to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(entryFocused(), 'ArrowDown').to.equal(ids[1]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect(entryFocused(), 'ArrowDown, ArrowUp').to.equal(ids[1]);

    const loaded = oneEvent(el, 'chatkit.thread.load.end');
    await sendKeys({ press: 'Enter' });
    await loaded;
    await until(el, editorFocused, 'focus in the composer');
    expect(el.activeThreadId).to.equal(ids[1]);
    expect(deepQuery(el, 'ck-history-panel'), 'panel closed').to.equal(null);

  });

  it('Escape closes the panel and focus returns to the History button', async () => {
    const f = fakeFetch();
    await serveHistory(f);
    const el = await mountChat(f);
    const historyFocused = focusIn('ck-header', 'history');
    pageButton(el).focus();
    await tabUntil(el, historyFocused, 6);
    await sendKeys({ press: 'Enter' });
    await until(el, () => (deepQuery(el, 'ck-history-panel')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) === 3, 'three entries');
    expect(describeFocus(), 'focus moved into the panel').to.match(/^ck-history-panel > /);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(deepQuery(el, 'ck-history-panel'), 'panel closed').to.equal(null);
    expect(historyFocused(), `focus back on History (${describeFocus()})`).to.equal(true);
  });
});

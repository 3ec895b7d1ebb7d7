/**
 * The mentions chunk: @-mention search, its suggestion list and tag previews for
 * `<ck-composer-input>`. Only setups with `entities.onTagSearch` or `onRequestPreview` use them,
 * so the input imports this when one of them is set.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Catalogue } from '../i18n/index.js';
import type { Entity, InputTagContent, WidgetRoot } from '../schemas/index.js';
import type { TagChooseEvent } from './ck-tag-menu.js';
import { entityToTag, findMentionQuery, groupEntities } from './composer-value.js';
import type { EntityPreview, EntitySearch } from './ck-composer-input.js';
import { tagMenuStyles } from './ck-tag-menu.styles.js';
import '../widgets/icon-glyphs.js';
import './ck-tag-menu.js';
import '../widgets/ck-widget-item.js';
import { styleProps } from '../styles/style-props.js';

const SEARCH_DEBOUNCE_MS = 150;
let nextId = 0;

interface Mention {
  node: Text;
  /** Offset of the `@` in `node`. */
  start: number;
  query: string;
}

/** What the mention logic needs from `<ck-composer-input>` (its editing primitives). */
export interface MentionHost extends ReactiveControllerHost, HTMLElement {
  readonly searchEntities: EntitySearch | null;
  readonly requestPreview: EntityPreview | null;
  readonly strings: Catalogue;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The input's editing primitives, handed over as closures (they are private to the element). */
export interface MentionEditing {
  editor(): HTMLElement;
  caretRange(): Range | null;
  /** Replaces the range with nodes and puts the caret after them. */
  insertNodes(range: Range, nodes: Node[]): void;
  createTag(tag: InputTagContent): HTMLElement;
  /** The tag an element in the field stands for, if any. */
  tagOf(element: Element): InputTagContent | undefined;
  /** After any change of the value: refreshes state and fires `input`. */
  afterChange(): void;
}

function tagToEntity(tag: InputTagContent): Entity {
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(tag.data)) if (typeof v === 'string') data[k] = v;
  return { id: tag.id, title: tag.text, group: tag.group ?? undefined, interactive: tag.interactive, data };
}

/**
 * Typing `@` opens an entity search in a combobox-style list (`<ck-tag-menu>`, rendered into the
 * input's shadow root so `aria-activedescendant` resolves); the choice becomes a tag. Hovering or
 * focusing an interactive tag shows its preview widget.
 */
export class MentionController implements ReactiveController {
  private mention: Mention | null = null;
  private results: Entity[] = [];
  private loading = false;
  private activeIndex = -1;
  private menuPos = { top: 0, left: 0 };
  private preview: { root: WidgetRoot; left: number } | null = null;
  private readonly listboxId = `ck-mentions-${String(++nextId)}`;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;
  private dismissed: { node: Text; start: number } | null = null;
  private previewToken = 0;

  constructor(
    private readonly host: MentionHost,
    private readonly editing: MentionEditing,
  ) {
    host.addController(this);
    // The list renders in the input's shadow root, which therefore carries its styles.
    const root = host.renderRoot;
    const sheet = tagMenuStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }

  hostConnected(): void {
    // Nothing to set up: the controller reacts to the input's events.
  }

  hostDisconnected(): void {
    this.close();
  }

  hostUpdated(): void {
    if (!this.host.searchEntities && this.mention) this.close();
  }

  /** Whether the suggestion list is open. */
  get open(): boolean {
    return this.mention !== null;
  }

  /** The `aria-controls` / `aria-activedescendant` of the field. */
  get aria(): { controls: string | undefined; active: string | undefined } {
    const open = this.mention !== null;
    return {
      controls: open ? this.listboxId : undefined,
      active: open && this.activeIndex >= 0 ? `${this.listboxId}-opt-${String(this.activeIndex)}` : undefined,
    };
  }

  /** Opens, updates or closes the list for the text before the caret. */
  update(): void {
    if (!this.host.searchEntities) return;
    const range = this.editing.caretRange();
    const node = range?.startContainer;
    const found = range?.collapsed && node instanceof Text ? findMentionQuery(node.data.slice(0, range.startOffset)) : null;
    if (!found || !(node instanceof Text) || (this.dismissed?.node === node && this.dismissed.start === found.start)) {
      if (this.mention) this.close();
      return;
    }
    const changed = this.mention?.query !== found.query || !this.mention;
    this.mention = { node, start: found.start, query: found.query };
    if (range) this.position(range);
    this.host.requestUpdate();
    if (changed) this.scheduleSearch(found.query);
  }

  private position(range: Range): void {
    const rect = range.getBoundingClientRect();
    const host = this.host.getBoundingClientRect();
    const box = rect.height || rect.width ? rect : this.editing.editor().getBoundingClientRect();
    this.menuPos = { top: box.bottom - host.top + 4, left: Math.max(0, box.left - host.left) };
  }

  private scheduleSearch(query: string): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = null;
    this.loading = true;
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      void this.runSearch(query);
    }, SEARCH_DEBOUNCE_MS);
  }

  private async runSearch(query: string): Promise<void> {
    const search = this.host.searchEntities;
    if (!search) return;
    const controller = new AbortController();
    this.controller = controller;
    let results: Entity[];
    try {
      results = await search(query, controller.signal);
    } catch {
      results = [];
    }
    // A newer query (or closing) superseded this one: its late reply must not show.
    if (controller.signal.aborted || this.controller !== controller) return;
    this.results = results;
    this.loading = false;
    this.activeIndex = results.length ? 0 : -1;
    this.host.requestUpdate();
  }

  /** Closes the list and forgets any search in flight. */
  close(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = null;
    this.mention = null;
    if (this.results.length) this.results = [];
    this.loading = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  private choose(entity: Entity): void {
    const mention = this.mention;
    if (!mention) return;
    const { node, start } = mention;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, Math.min(node.length, start + 1 + mention.query.length));
    this.close();
    this.editing.insertNodes(range, [this.editing.createTag(entityToTag(entity)), document.createTextNode(' ')]);
    this.editing.afterChange();
  }

  private onChoose(event: TagChooseEvent): void {
    event.stopPropagation();
    this.choose(event.detail.entity);
    this.editing.editor().focus();
  }

  /** Keys the open list handles; returns true when consumed. */
  key(event: KeyboardEvent): boolean {
    if (!this.mention) return false;
    const count = this.results.length;
    const move = (index: number): true => {
      event.preventDefault();
      if (count) {
        this.activeIndex = index;
        this.host.requestUpdate();
      }
      return true;
    };
    switch (event.key) {
      case 'ArrowDown':
        return move((this.activeIndex + 1) % Math.max(count, 1));
      case 'ArrowUp':
        return move((this.activeIndex - 1 + count) % Math.max(count, 1));
      case 'Home':
        return move(0);
      case 'End':
        return move(count - 1);
      case 'Enter':
      case 'Tab': {
        if (event.isComposing) return true;
        event.preventDefault();
        // Display order, as the list shows them (grouped).
        const entity = groupEntities(this.results).flatMap((group) => group.entities)[this.activeIndex];
        if (entity && !this.loading) this.choose(entity);
        else if (event.key === 'Tab') this.close();
        return true;
      }
      case 'Escape': {
        event.preventDefault();
        event.stopPropagation();
        this.dismissed = { node: this.mention.node, start: this.mention.start };
        this.close();
        return true;
      }
      default:
        return false;
    }
  }

  /** Shows the preview of the interactive tag under the pointer or focus. */
  async showPreview(event: Event): Promise<void> {
    const target = event.target;
    const request = this.host.requestPreview;
    if (!request || !(target instanceof HTMLElement)) return;
    const tag = this.editing.tagOf(target);
    if (!tag?.interactive) return;
    const token = ++this.previewToken;
    try {
      const { preview } = await request(tagToEntity(tag));
      if (token !== this.previewToken || !preview) return;
      const left = target.getBoundingClientRect().left - this.host.getBoundingClientRect().left;
      this.preview = { root: preview, left: Math.max(0, left) };
      this.host.requestUpdate();
    } catch {
      // A failing preview simply does not show.
    }
  }

  hidePreview(event: Event): void {
    if (!(event.target instanceof HTMLElement) || !this.editing.tagOf(event.target)) return;
    this.previewToken++;
    this.preview = null;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`${this.mention
      ? html`<ck-tag-menu
          style=${styleProps({ top: `${this.menuPos.top}px`, left: `${this.menuPos.left}px` })}
          listbox-id=${this.listboxId}
          .entities=${this.results}
          .loading=${this.loading}
          .activeIndex=${this.activeIndex}
          .strings=${this.host.strings}
          @ck-tag-choose=${(e: TagChooseEvent) => { this.onChoose(e); }}
        ></ck-tag-menu>`
      : nothing}
    ${this.preview
      ? html`<div class="preview" style=${styleProps({ left: `${this.preview.left}px` })} role="tooltip">
          <ck-widget-item
            .item=${{ type: 'widget', id: 'preview', thread_id: '', created_at: '', widget: this.preview.root }}
            .strings=${this.host.strings}
          ></ck-widget-item>
        </div>`
      : nothing}`;
  }
}

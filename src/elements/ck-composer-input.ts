import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { en, type Catalogue } from '../i18n/index.js';
import * as z from 'zod/mini';
import {
  UserMessageContentSchema,
  type Entity,
  type InputTagContent,
  type UserMessageContent,
  type WidgetRoot,
} from '../schemas/index.js';
import { base } from '../styles/tokens.js';
import { CkTagMenu, type TagChooseEvent } from './ck-tag-menu.js';
import { tagMenuStyles } from './ck-tag-menu.styles.js';
import { composerInputStyles } from './ck-composer-input.styles.js';
import { contentToPlainText, entityToTag, findMentionQuery, normalizeContent } from './composer-value.js';
import '../widgets/ck-widget-item.js';

/** Clipboard type carrying `UserMessageContent[]` JSON so copy/paste keeps tags. */
export const CONTENT_MIME = 'application/x-chatkit-content';
const SEARCH_DEBOUNCE_MS = 150;
let nextId = 0;

/** Entity search: resolve matches for `query`; `signal` aborts when a newer query supersedes it. */
export type EntitySearch = (query: string, signal: AbortSignal) => Promise<Entity[]>;
/** Preview loader for a tag (`entities.onRequestPreview`). */
export type EntityPreview = (entity: Entity) => Promise<{ preview: WidgetRoot | null }>;

/** Enter pressed (no menu open, no IME): the host should send `content`. */
export class ComposerInputSubmitEvent extends CustomEvent<{ content: UserMessageContent[] }> {
  constructor(content: UserMessageContent[]) {
    super('ck-input-submit', { detail: { content }, bubbles: true, composed: false });
  }
}

interface Mention {
  node: Text;
  /** Offset of the `@` in `node`. */
  start: number;
  query: string;
}

function tagToEntity(tag: InputTagContent): Entity {
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(tag.data)) if (typeof v === 'string') data[k] = v;
  return { id: tag.id, title: tag.text, group: tag.group ?? undefined, interactive: tag.interactive, data };
}

/**
 * A rich single-field editor whose value is `UserMessageContent[]`: text plus atomic @-mention
 * tags. Typing `@` opens an entity search (`searchEntities`) in a combobox-style list; the choice
 * becomes a non-editable tag island. Text is only ever written through text nodes.
 *
 * @tagname ck-composer-input
 * @fires ck-input-submit - {@link ComposerInputSubmitEvent} on Enter.
 * @fires input - after every change of the value (bubbles out of the host).
 * @csspart editor - The editable field.
 * @csspart tag - Each tag in the field.
 */
@element('ck-composer-input')
export class CkComposerInput extends LitElement {
  static override styles = [base, composerInputStyles, tagMenuStyles];

  /** Placeholder shown while empty. */
  @property() placeholder = '';
  /** Accessible name of the field. */
  @property() label = en.composerLabel;
  /** The field cannot be edited. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** Entity search; `null` disables mentions. */
  @property({ attribute: false }) searchEntities: EntitySearch | null = null;
  /** Tag previews on hover/focus; `null` disables them. */
  @property({ attribute: false }) requestPreview: EntityPreview | null = null;

  @state() private mention: Mention | null = null;
  @state() private results: Entity[] = [];
  @state() private loading = false;
  @state() private activeIndex = -1;
  @state() private menuPos = { top: 0, left: 0 };
  @state() private preview: { root: WidgetRoot; left: number } | null = null;

  @query('.editor') private editor!: HTMLDivElement;
  @query('ck-tag-menu') private menu?: CkTagMenu;

  private readonly listboxId = `ck-mentions-${++nextId}`;
  private readonly tags = new WeakMap<Element, InputTagContent>();
  private pendingValue: UserMessageContent[] | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;
  private dismissed: { node: Text; start: number } | null = null;
  private previewToken = 0;

  /** The draft as message parts (normalized: adjacent text merged, empty text dropped). */
  get value(): UserMessageContent[] {
    if (!this.hasUpdated) return normalizeContent(this.pendingValue ?? []);
    return normalizeContent(this.readNodes(this.editor.childNodes));
  }
  set value(parts: readonly UserMessageContent[]) {
    this.closeMenu();
    if (!this.hasUpdated) {
      this.pendingValue = [...parts];
      return;
    }
    this.editor.replaceChildren(...this.createNodes(parts));
    this.syncEmpty();
    // A replaced draft (setComposerValue, a restored failed send) continues at its end.
    if (this.shadowRoot?.activeElement === this.editor) this.placeCaret(this.editor, this.editor.childNodes.length);
  }

  /** The draft as plain text (tags as `@Title`). Setting it replaces the whole value with text. */
  get text(): string {
    return contentToPlainText(this.value);
  }
  set text(text: string) {
    this.value = text ? [{ type: 'input_text', text }] : [];
  }

  /** Whether the mention menu is open. */
  get menuOpen(): boolean {
    return this.mention !== null;
  }

  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => {
      this.editor.focus(options);
    });
  }

  /** Inserts `@` at the caret (or the end) and opens the entity search (`entities.showComposerMenu`). */
  openMention(): void {
    const focused = this.shadowRoot?.activeElement === this.editor;
    this.editor.focus();
    // A click on the host's button moved focus away; the caret then goes to the end.
    const range = (focused ? this.caretRange() : null) ?? this.endRange();
    const before = this.textBefore(range);
    this.insertNodes(range, [document.createTextNode(before && !/\s$/.test(before) ? ' @' : '@')]);
    this.afterChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.closeMenu();
  }

  protected override firstUpdated(): void {
    if (this.pendingValue) this.value = this.pendingValue;
    this.pendingValue = null;
    this.syncEmpty();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('searchEntities') && !this.searchEntities && this.mention) this.closeMenu();
  }

  // ---- DOM <-> value ----------------------------------------------------------------------

  private createNodes(parts: readonly UserMessageContent[]): Node[] {
    return parts.map((part) => (part.type === 'input_text' ? document.createTextNode(part.text) : this.createTag(part)));
  }

  private createTag(tag: InputTagContent): HTMLElement {
    const span = document.createElement('span');
    span.className = 'tag';
    span.setAttribute('part', 'tag');
    span.contentEditable = 'false';
    span.dataset['tagId'] = tag.id;
    if (tag.group) span.dataset['group'] = tag.group;
    span.textContent = `@${tag.text}`;
    if (this.requestPreview && tag.interactive) span.tabIndex = -1;
    this.tags.set(span, tag);
    return span;
  }

  private readNodes(nodes: Iterable<Node>): UserMessageContent[] {
    const out: UserMessageContent[] = [];
    const list = [...nodes];
    list.forEach((node, i) => {
      if (node instanceof Text) {
        out.push({ type: 'input_text', text: node.data });
      } else if (node instanceof HTMLElement) {
        const tag = this.tags.get(node) ?? this.tagFromAttributes(node);
        if (tag) out.push(tag);
        // A trailing <br> is the browser's placeholder for an empty last line, not content.
        else if (node.tagName === 'BR') {
          if (i < list.length - 1) out.push({ type: 'input_text', text: '\n' });
        } else {
          if (node.tagName === 'DIV' && i > 0) out.push({ type: 'input_text', text: '\n' });
          out.push(...this.readNodes(node.childNodes));
        }
      }
    });
    return out;
  }

  /** Tags cloned by the browser (copy fragments) lose the WeakMap entry; find the original by id. */
  private tagFromAttributes(node: HTMLElement): InputTagContent | null {
    const id = node.dataset['tagId'];
    if (id === undefined) return null;
    for (const el of this.editor.querySelectorAll<HTMLElement>('[data-tag-id]')) {
      const tag = this.tags.get(el);
      if (tag && tag.id === id) return tag;
    }
    return { type: 'input_tag', id, text: node.textContent.replace(/^@/, ''), group: node.dataset['group'], data: {}, interactive: false };
  }

  private syncEmpty(): void {
    const empty = this.editor.textContent === '' && !this.editor.querySelector('[data-tag-id]');
    this.editor.toggleAttribute('data-empty', empty);
  }

  // ---- selection helpers ------------------------------------------------------------------

  private selection(): Selection | null {
    // Chromium exposes the shadow-scoped selection on the root; elsewhere document's works.
    const getter: unknown = this.shadowRoot ? Reflect.get(this.shadowRoot, 'getSelection') : undefined;
    const scoped = typeof getter === 'function' ? (getter.call(this.shadowRoot) as Selection | null) : null;
    return scoped ?? document.getSelection();
  }

  private caretRange(): Range | null {
    const sel = this.selection();
    if (!sel || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    return this.editor.contains(range.commonAncestorContainer) ? range : null;
  }

  private endRange(): Range {
    const range = document.createRange();
    range.selectNodeContents(this.editor);
    range.collapse(false);
    return range;
  }

  private placeCaret(node: Node, offset: number): void {
    const sel = this.selection();
    const range = document.createRange();
    range.setStart(node, offset);
    range.collapse(true);
    sel?.removeAllRanges();
    sel?.addRange(range);
  }

  private textBefore(range: Range): string {
    const pre = document.createRange();
    pre.selectNodeContents(this.editor);
    pre.setEnd(range.startContainer, range.startOffset);
    return pre.toString();
  }

  /** Replaces the range with nodes and puts the caret after them. */
  private insertNodes(range: Range, nodes: Node[]): void {
    range.deleteContents();
    const frag = document.createDocumentFragment();
    frag.append(...nodes);
    const last = frag.lastChild;
    range.insertNode(frag);
    if (!last) return;
    if (last instanceof Text) this.placeCaret(last, last.length);
    else if (last.parentNode) this.placeCaret(last.parentNode, [...last.parentNode.childNodes].indexOf(last) + 1);
    this.editor.normalize();
    const sel = this.selection();
    if (sel && sel.rangeCount === 0) this.placeCaret(this.editor, this.editor.childNodes.length);
  }

  /** The tag right before (`-1`) or after (`1`) a collapsed caret, if any. */
  private adjacentTag(range: Range, dir: -1 | 1): HTMLElement | null {
    const { startContainer: c, startOffset: o } = range;
    let node: Node | null = null;
    if (c instanceof Text) {
      if (dir === -1 && o === 0) node = c.previousSibling;
      if (dir === 1 && o === c.length) node = c.nextSibling;
    } else {
      node = c.childNodes[dir === -1 ? o - 1 : o] ?? null;
    }
    return node instanceof HTMLElement && node.dataset['tagId'] !== undefined ? node : null;
  }

  private afterChange(): void {
    this.syncEmpty();
    this.updateMention();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  // ---- mentions ---------------------------------------------------------------------------

  private updateMention(): void {
    if (!this.searchEntities) return;
    const range = this.caretRange();
    const node = range?.startContainer;
    const found = range?.collapsed && node instanceof Text ? findMentionQuery(node.data.slice(0, range.startOffset)) : null;
    if (!found || !(node instanceof Text) || (this.dismissed?.node === node && this.dismissed.start === found.start)) {
      if (this.mention) this.closeMenu();
      return;
    }
    const changed = this.mention?.query !== found.query || !this.mention;
    this.mention = { node, start: found.start, query: found.query };
    if (range) this.positionMenu(range);
    if (changed) this.scheduleSearch(found.query);
  }

  private positionMenu(range: Range): void {
    const rect = range.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    const box = rect.height || rect.width ? rect : this.editor.getBoundingClientRect();
    this.menuPos = { top: box.bottom - host.top + 4, left: Math.max(0, box.left - host.left) };
  }

  private scheduleSearch(query: string): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = null;
    this.loading = true;
    this.timer = setTimeout(() => {
      void this.runSearch(query);
    }, SEARCH_DEBOUNCE_MS);
  }

  private async runSearch(query: string): Promise<void> {
    const search = this.searchEntities;
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
  }

  private closeMenu(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.controller = null;
    this.mention = null;
    if (this.results.length) this.results = [];
    this.loading = false;
    this.activeIndex = -1;
  }

  private choose(entity: Entity): void {
    const mention = this.mention;
    if (!mention) return;
    const { node, start } = mention;
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, Math.min(node.length, start + 1 + mention.query.length));
    this.closeMenu();
    this.insertNodes(range, [this.createTag(entityToTag(entity)), document.createTextNode(' ')]);
    this.afterChange();
  }

  private onChoose(event: TagChooseEvent): void {
    event.stopPropagation();
    this.choose(event.detail.entity);
    this.editor.focus();
  }

  // ---- events -----------------------------------------------------------------------------

  private onInput(): void {
    // The native event already bubbles out (composed); only refresh state here.
    this.syncEmpty();
    this.updateMention();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (this.disabled) return;
    if (this.mention && this.menuKey(event)) return;
    const range = this.caretRange();
    switch (event.key) {
      case 'Enter': {
        // Enter that confirms an IME composition is not a submit.
        if (event.isComposing) return;
        event.preventDefault();
        if (event.shiftKey) {
          if (range) this.insertNewline(range);
          return;
        }
        this.dispatchEvent(new ComposerInputSubmitEvent(this.value));
        return;
      }
      case 'Backspace':
      case 'Delete': {
        if (!range?.collapsed) return;
        const tag = this.adjacentTag(range, event.key === 'Backspace' ? -1 : 1);
        if (!tag) return;
        event.preventDefault();
        const parent = tag.parentNode as Node;
        const index = [...parent.childNodes].indexOf(tag);
        tag.remove();
        this.placeCaret(parent, index);
        this.afterChange();
        return;
      }
      case 'ArrowLeft':
      case 'ArrowRight': {
        if (!range?.collapsed || event.shiftKey) return;
        const tag = this.adjacentTag(range, event.key === 'ArrowLeft' ? -1 : 1);
        if (!tag) return;
        event.preventDefault();
        const parent = tag.parentNode as Node;
        const index = [...parent.childNodes].indexOf(tag);
        this.placeCaret(parent, event.key === 'ArrowLeft' ? index : index + 1);
        return;
      }
      default:
    }
  }

  private insertNewline(range: Range): void {
    const nodes: Node[] = [document.createTextNode('\n')];
    // An empty last line only renders with something after the newline.
    const atEnd = this.textBefore(range).length === this.editor.textContent.length;
    if (atEnd && !(this.editor.lastChild instanceof HTMLBRElement)) this.editor.append(document.createElement('br'));
    this.insertNodes(range, nodes);
    this.afterChange();
  }

  /** Keys the open menu handles; returns true when consumed. */
  private menuKey(event: KeyboardEvent): boolean {
    const count = this.results.length;
    const move = (index: number): true => {
      event.preventDefault();
      if (count) this.activeIndex = index;
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
        const entity = this.menu?.ordered[this.activeIndex];
        if (entity && !this.loading) this.choose(entity);
        else if (event.key === 'Tab') this.closeMenu();
        return true;
      }
      case 'Escape': {
        event.preventDefault();
        event.stopPropagation();
        if (this.mention) this.dismissed = { node: this.mention.node, start: this.mention.start };
        this.closeMenu();
        return true;
      }
      default:
        return false;
    }
  }

  private onCopy(event: ClipboardEvent, cut = false): void {
    const range = this.caretRange();
    if (!range || range.collapsed || !event.clipboardData) return;
    const parts = normalizeContent(this.readNodes(range.cloneContents().childNodes));
    event.preventDefault();
    event.clipboardData.setData('text/plain', contentToPlainText(parts));
    event.clipboardData.setData(CONTENT_MIME, JSON.stringify(parts));
    if (cut) {
      range.deleteContents();
      this.afterChange();
    }
  }

  private onPaste(event: ClipboardEvent): void {
    event.preventDefault();
    if (this.disabled || !event.clipboardData) return;
    const range = this.caretRange() ?? this.endRange();
    let parts: UserMessageContent[] | null = null;
    const rich = event.clipboardData.getData(CONTENT_MIME);
    if (rich) {
      try {
        const parsed = z.safeParse(z.array(UserMessageContentSchema), JSON.parse(rich));
        if (parsed.success) parts = parsed.data;
      } catch {
        parts = null;
      }
    }
    // Never HTML: only the plain text of a foreign paste goes in, as a text node.
    parts ??= [{ type: 'input_text', text: event.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n') }];
    this.insertNodes(range, this.createNodes(normalizeContent(parts)));
    this.afterChange();
  }

  // ---- previews ---------------------------------------------------------------------------

  private async showPreview(event: Event): Promise<void> {
    const target = event.target;
    if (!this.requestPreview || !(target instanceof HTMLElement)) return;
    const tag = this.tags.get(target);
    if (!tag?.interactive) return;
    const token = ++this.previewToken;
    try {
      const { preview } = await this.requestPreview(tagToEntity(tag));
      if (token !== this.previewToken || !preview) return;
      const left = target.getBoundingClientRect().left - this.getBoundingClientRect().left;
      this.preview = { root: preview, left: Math.max(0, left) };
    } catch {
      // A failing preview simply does not show.
    }
  }

  private hidePreview(event: Event): void {
    if (!(event.target instanceof HTMLElement) || !this.tags.has(event.target)) return;
    this.previewToken++;
    this.preview = null;
  }

  protected override render(): TemplateResult {
    const open = this.mention !== null;
    const active = open && this.activeIndex >= 0 ? `${this.listboxId}-opt-${this.activeIndex}` : undefined;
    return html`<div
        class="editor"
        part="editor"
        dir="auto"
        role="textbox"
        aria-multiline="true"
        aria-label=${this.label}
        aria-disabled=${this.disabled ? 'true' : nothing}
        aria-haspopup=${this.searchEntities ? 'listbox' : nothing}
        aria-controls=${open ? this.listboxId : nothing}
        aria-activedescendant=${active ?? nothing}
        data-placeholder=${this.placeholder}
        contenteditable=${this.disabled ? 'false' : 'true'}
        spellcheck="true"
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @copy=${(e: ClipboardEvent) => { this.onCopy(e); }}
        @cut=${(e: ClipboardEvent) => { this.onCopy(e, true); }}
        @paste=${this.onPaste}
        @mouseover=${this.showPreview}
        @focusin=${this.showPreview}
        @mouseout=${this.hidePreview}
        @focusout=${this.hidePreview}
        @blur=${() => { this.closeMenu(); }}
      ></div>
      ${open
        ? html`<ck-tag-menu
            style="top:${this.menuPos.top}px;left:${this.menuPos.left}px"
            listbox-id=${this.listboxId}
            .entities=${this.results}
            .loading=${this.loading}
            .activeIndex=${this.activeIndex}
            .strings=${this.strings}
            @ck-tag-choose=${this.onChoose}
          ></ck-tag-menu>`
        : nothing}
      ${this.preview
        ? html`<div class="preview" style="left:${this.preview.left}px" role="tooltip">
            <ck-widget-item
              .item=${{ type: 'widget', id: 'preview', thread_id: '', created_at: '', widget: this.preview.root }}
              .strings=${this.strings}
            ></ck-widget-item>
          </div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-composer-input': CkComposerInput;
  }
}

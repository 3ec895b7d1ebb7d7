import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
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
import { composerInputStyles } from './ck-composer-input.styles.js';
import { contentToPlainText, normalizeContent } from './composer-value.js';
import type { MentionController } from './composer-mentions.js';
import { afterChunks, ChunkErrorEvent, lazyChunk } from '../widgets/lazy-chunk.js';

/**
 * @-mention search, its suggestion list and tag previews: a chunk imported once
 * `searchEntities` or `requestPreview` is set (before anyone types `@`).
 */
const mentions = lazyChunk(() => import('./composer-mentions.js'));

/** Clipboard type carrying `UserMessageContent[]` JSON so copy/paste keeps tags. */
export const CONTENT_MIME = 'application/x-chatkit-content';

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

/**
 * A rich single-field editor whose value is `UserMessageContent[]`: text plus atomic @-mention
 * tags. Typing `@` opens an entity search (`searchEntities`) in a combobox-style list; the choice
 * becomes a non-editable tag island. Text is only ever written through text nodes. The list is
 * `<ck-tag-menu>`, which the owner defines (`<ck-composer>` imports it with its extras chunk).
 *
 * @tagname ck-composer-input
 * @fires ck-input-submit - {@link ComposerInputSubmitEvent} on Enter.
 * @fires input - after every change of the value (bubbles out of the host).
 * @csspart editor - The editable field.
 * @csspart tag - Each tag in the field.
 */
@element('ck-composer-input')
export class CkComposerInput extends LitElement {
  static override styles = [base, composerInputStyles];

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

  @query('.editor') private editor!: HTMLDivElement;

  private readonly tags = new WeakMap<Element, InputTagContent>();
  private pendingValue: UserMessageContent[] | null = null;
  /** Mention search and previews, once their chunk is in. */
  private mentions: MentionController | null = null;
  private mentionsFailed = false;

  /** The draft as message parts (normalized: adjacent text merged, empty text dropped). */
  get value(): UserMessageContent[] {
    if (!this.hasUpdated) return normalizeContent(this.pendingValue ?? []);
    return normalizeContent(this.readNodes(this.editor.childNodes));
  }
  set value(parts: readonly UserMessageContent[]) {
    this.mentions?.close();
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
    return this.mentions?.open ?? false;
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

  protected override firstUpdated(): void {
    if (this.pendingValue) this.value = this.pendingValue;
    this.pendingValue = null;
    this.syncEmpty();
  }

  protected override willUpdate(): void {
    if ((this.searchEntities || this.requestPreview) && !this.mentions && !this.mentionsFailed) this.attachMentions();
  }

  private attachMentions(): void {
    const loaded = mentions.module;
    if (!loaded) {
      mentions.load().then(
        () => {
          this.requestUpdate();
        },
        (error: unknown) => {
          // Typing and sending still work; only suggestions and previews are missing.
          this.mentionsFailed = true;
          this.dispatchEvent(new ChunkErrorEvent(error));
        },
      );
      return;
    }
    this.mentions = new loaded.MentionController(this, {
      editor: () => this.editor,
      caretRange: () => this.caretRange(),
      insertNodes: (range, nodes) => {
        this.insertNodes(range, nodes);
      },
      createTag: (tag) => this.createTag(tag),
      tagOf: (element) => this.tags.get(element),
      afterChange: () => {
        this.afterChange();
      },
    });
    // An `@` typed while the chunk was loading opens the list now.
    if (this.hasUpdated && this.shadowRoot?.activeElement === this.editor) this.mentions.update();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return afterChunks(() => [this.mentions ? null : mentions.pending], () => super.getUpdateComplete());
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
    this.mentions?.update();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  // ---- events -----------------------------------------------------------------------------

  private onInput(): void {
    // The native event already bubbles out (composed); only refresh state here.
    this.syncEmpty();
    this.mentions?.update();
  }

  private onKeydown(event: KeyboardEvent): void {
    if (this.disabled) return;
    if (this.mentions?.key(event)) return;
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

  protected override render(): TemplateResult {
    const mentions = this.mentions;
    const aria = mentions?.aria;
    return html`<div
        class="editor"
        part="editor"
        dir="auto"
        role="textbox"
        aria-multiline="true"
        aria-label=${this.label}
        aria-disabled=${this.disabled ? 'true' : nothing}
        aria-haspopup=${this.searchEntities ? 'listbox' : nothing}
        aria-controls=${aria?.controls ?? nothing}
        aria-activedescendant=${aria?.active ?? nothing}
        data-placeholder=${this.placeholder}
        contenteditable=${this.disabled ? 'false' : 'true'}
        spellcheck="true"
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @copy=${(e: ClipboardEvent) => { this.onCopy(e); }}
        @cut=${(e: ClipboardEvent) => { this.onCopy(e, true); }}
        @paste=${this.onPaste}
        @mouseover=${(e: Event) => void mentions?.showPreview(e)}
        @focusin=${(e: Event) => void mentions?.showPreview(e)}
        @mouseout=${(e: Event) => { mentions?.hidePreview(e); }}
        @focusout=${(e: Event) => { mentions?.hidePreview(e); }}
        @blur=${() => { mentions?.close(); }}
      ></div>
      ${mentions ? mentions.render() : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-composer-input': CkComposerInput;
  }
}

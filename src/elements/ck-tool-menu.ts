import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { handlePopupListKey } from './popup-list.js';
import { en, type Catalogue } from '../i18n/index.js';
import type { ToolOption } from '../schemas/options.js';
import { base } from '../styles/tokens.js';
import { iconSvg } from '../widgets/icon-set.js';
import { toolMenuStyles } from './ck-tool-menu.styles.js';

/** The selected composer tool changed (`toolId` is `null` when none is selected). */
export class ToolSelectEvent extends CustomEvent<{ toolId: string | null }> {
  static readonly eventName = 'ck-tool-select';
  constructor(toolId: string | null) {
    super(ToolSelectEvent.eventName, { detail: { toolId }, bubbles: true, composed: false });
  }
}

/**
 * The composer's tool choice: a "+" button opening a menu of the unpinned tools (ARIA menu with
 * `menuitemradio` items), pinned tools as toggle chips, and the selected unpinned tool as a
 * removable chip. Selection is controlled: the element updates `selectedId` itself and fires
 * `ck-tool-select` on every change so the host can mirror it.
 *
 * @tagname ck-tool-menu
 * @fires ck-tool-select - {@link ToolSelectEvent}
 * @csspart trigger - The button opening the menu.
 * @csspart menu - The open menu.
 * @csspart chip - A pinned tool's toggle, or the selected tool's chip.
 */
@element('ck-tool-menu')
export class CkToolMenu extends LitElement {
  static override styles = [base, toolMenuStyles];

  /** Every tool, pinned or not. */
  @property({ attribute: false }) tools: ToolOption[] = [];
  /** The selected tool's id, or `null`. */
  @property({ attribute: false }) selectedId: string | null = null;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;

  @state() private open = false;

  @query('.trigger') private trigger?: HTMLButtonElement;
  @queryAll('[role="menuitemradio"]') private items!: NodeListOf<HTMLElement>;

  private get menuTools(): ToolOption[] {
    return this.tools.filter((tool) => !tool.pinned);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
  }

  /** Opens the menu and focuses an item: `'first'`, `'last'`, or the selected one (else the first). */
  private async openMenu(focus: 'first' | 'last' | 'selected'): Promise<void> {
    this.open = true;
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
    await this.updateComplete;
    const tools = this.menuTools;
    const selected = tools.findIndex((tool) => tool.id === this.selectedId);
    const index = focus === 'last' ? tools.length - 1 : focus === 'selected' && selected >= 0 ? selected : 0;
    this.items[index]?.focus();
  }

  private closeMenu(returnFocus: boolean): void {
    this.open = false;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    if (returnFocus) this.trigger?.focus();
  }

  // An arrow function so the same reference can be removed again.
  private readonly onOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.closeMenu(false);
  };

  private select(toolId: string | null): void {
    if (toolId === this.selectedId) return;
    this.selectedId = toolId;
    this.dispatchEvent(new ToolSelectEvent(toolId));
  }

  private onTriggerClick(): void {
    if (this.open) this.closeMenu(false);
    else void this.openMenu('selected');
  }

  private onTriggerKeydown(event: KeyboardEvent): void {
    // Enter and Space reach onTriggerClick through the button's own activation.
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.closeMenu(true);
    }
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    handlePopupListKey(event, [...this.items], this.shadowRoot?.activeElement, {
      choose: (index) => {
        const tool = this.menuTools[index];
        if (tool) this.choose(tool);
      },
      close: (returnFocus) => {
        this.closeMenu(returnFocus);
      },
    });
  }

  private choose(tool: ToolOption): void {
    this.select(tool.id);
    this.closeMenu(true);
  }

  private onRemove(): void {
    this.select(null);
    void this.updateComplete.then(() => this.trigger?.focus());
  }

  protected override render(): TemplateResult {
    const pinned = this.tools.filter((tool) => tool.pinned);
    const menuTools = this.menuTools;
    const selected = menuTools.find((tool) => tool.id === this.selectedId);
    return html`
      ${menuTools.length > 0
        ? html`<div class="anchor">
            <button
              part="trigger"
              class="trigger"
              type="button"
              aria-label=${this.strings.toolMenu}
              aria-haspopup="menu"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls="menu"
              @click=${this.onTriggerClick}
              @keydown=${this.onTriggerKeydown}
            >
              ${iconSvg('plus', { size: 18 })}
            </button>
            ${this.open ? this.renderMenu(menuTools) : nothing}
          </div>`
        : nothing}
      ${pinned.map(
        (tool) => html`<button
          part="chip"
          class="chip toggle"
          type="button"
          aria-pressed=${tool.id === this.selectedId ? 'true' : 'false'}
          @click=${() => {
            this.select(tool.id === this.selectedId ? null : tool.id);
          }}
        >
          ${iconSvg(tool.icon, { size: 16 })}<span>${tool.shortLabel ?? tool.label}</span>
        </button>`,
      )}
      ${selected
        ? html`<span part="chip" class="chip selected">
            ${iconSvg(selected.icon, { size: 16 })}<span>${selected.shortLabel ?? selected.label}</span>
            <button
              class="remove"
              type="button"
              aria-label=${this.strings.removeTool.replace('{label}', selected.label)}
              @click=${this.onRemove}
            >
              ${iconSvg('x', { size: 14 })}
            </button>
          </span>`
        : nothing}
    `;
  }

  private renderMenu(tools: ToolOption[]): TemplateResult {
    return html`<div part="menu" id="menu" class="menu" role="menu" aria-label=${this.strings.toolMenu} @keydown=${this.onMenuKeydown}>
      ${tools.map(
        (tool) => html`<div
          class="item"
          role="menuitemradio"
          tabindex="-1"
          aria-checked=${tool.id === this.selectedId ? 'true' : 'false'}
          @click=${() => {
            this.choose(tool);
          }}
        >
          ${iconSvg(tool.icon, { size: 18 })}<span class="label">${tool.label}</span>
          ${tool.id === this.selectedId ? html`<span class="check">${iconSvg('check', { size: 16 })}</span>` : nothing}
        </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-tool-menu': CkToolMenu;
  }
}

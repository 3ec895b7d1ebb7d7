import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { element } from '../define-element.js';
import { StructuredInputSubmitEvent } from '../events/internal-events.js';
import { en, type Catalogue } from '../i18n/index.js';
import type {
  FreeformInput,
  MultipleChoiceInput,
  StructuredInput,
  StructuredInputAnswer,
  StructuredInputItem,
  StructuredInputSubmission,
} from '../schemas/index.js';
import { base } from '../styles/tokens.js';
import { spinnerStyles } from './spinner.styles.js';
import { structuredInputStyles } from './ck-structured-input.styles.js';

/** What the user has entered for one question so far. */
interface Draft {
  /** Picked options, in the server's option order. */
  readonly chosen: readonly string[];
  /** The "Other" choice is picked (its text is the custom answer). */
  readonly otherOn: boolean;
  readonly other: string;
  /** Free-form text. */
  readonly text: string;
}

const EMPTY: Draft = { chosen: [], otherOn: false, other: '', text: '' };

/** The values a draft answers `input` with; empty means "skipped". */
export function draftValues(input: StructuredInput, draft: Draft): string[] {
  if (input.type === 'freeform') {
    const text = draft.text.trim();
    return text ? [text] : [];
  }
  const other = draft.otherOn ? draft.other.trim() : '';
  if (!input.multiple) return other ? [other] : draft.otherOn ? [] : draft.chosen.slice(0, 1);
  return other ? [...draft.chosen, other] : [...draft.chosen];
}

/**
 * The questions of a pending `structured_input` item, shown in place of the composer. Options
 * of a multiple-choice question are suggestions, so each also has an "Other" free-form answer.
 * Unanswered questions are sent as skipped; Skip skips them all.
 *
 * Fires {@link StructuredInputSubmitEvent} and awaits its `result`: buttons are busy while it
 * runs, and a failure shows an inline error with every answer kept for another try.
 *
 * @tagname ck-structured-input
 * @csspart form - The question card.
 */
@element('ck-structured-input')
export class CkStructuredInput extends LitElement {
  static override styles = [base, spinnerStyles, structuredInputStyles];

  /** The pending item; nothing is shown once it is answered or skipped. */
  @property({ attribute: false }) item: StructuredInputItem | null = null;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** No answering (e.g. while another response streams). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  @state() private drafts: ReadonlyMap<string, Draft> = new Map();
  @state() private busy = false;
  @state() private error: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get('item');
    if (previous && previous.id !== this.item?.id) {
      this.drafts = new Map();
      this.error = null;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (item?.status !== 'pending') return nothing;
    const blocked = this.disabled || this.busy;
    return html`<form part="form" aria-label=${this.strings.inputLabel} aria-busy=${this.busy ? 'true' : 'false'} novalidate @submit=${this.onSubmit}>
      <div class="questions">${item.inputs.map((input, index) => this.renderInput(input, index))}</div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <span class="visually-hidden" role="status">${this.busy ? this.strings.inputSending : ''}</span>
        <button type="button" class="skip" ?disabled=${blocked} @click=${this.onSkip}>${this.strings.inputSkip}</button>
        <button type="submit" class="submit" ?disabled=${blocked}>
          ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.strings.inputSubmit}
        </button>
      </div>
    </form>`;
  }

  private draft(input: StructuredInput): Draft {
    return this.drafts.get(input.id) ?? EMPTY;
  }

  private patch(input: StructuredInput, change: Partial<Draft>): void {
    const next = new Map(this.drafts);
    next.set(input.id, { ...this.draft(input), ...change });
    this.drafts = next;
    if (this.error === this.strings.inputNeedsAnswer) this.error = null;
  }

  private renderInput(input: StructuredInput, index: number): TemplateResult {
    return input.type === 'freeform' ? this.renderFreeform(input, index) : this.renderChoice(input, index);
  }

  private renderChoice(input: MultipleChoiceInput, index: number): TemplateResult {
    const draft = this.draft(input);
    const type = input.multiple ? 'checkbox' : 'radio';
    const name = `q${index}`;
    const pick = (value: string, checked: boolean): void => {
      if (!input.multiple) {
        this.patch(input, { chosen: [value], otherOn: false });
        return;
      }
      const set = new Set(draft.chosen);
      if (checked) set.add(value);
      else set.delete(value);
      this.patch(input, { chosen: input.options.map((option) => option.value).filter((v) => set.has(v)) });
    };
    const setOther = (on: boolean): void => {
      this.patch(input, input.multiple ? { otherOn: on } : { otherOn: on, chosen: on ? [] : draft.chosen });
    };
    return html`<fieldset ?disabled=${this.disabled}>
      <legend>${input.question}</legend>
      <div class="options">
        ${input.options.map(
          (option) => html`<label class="option">
            <input
              type=${type}
              name=${name}
              .value=${option.value}
              .checked=${live(draft.chosen.includes(option.value) && (input.multiple || !draft.otherOn))}
              @change=${(e: Event) => { pick(option.value, (e.target as HTMLInputElement).checked); }}
            /><span>${option.value}</span>
          </label>`,
        )}
        <div class="option other">
          <label>
            <input
              type=${type}
              name=${name}
              class="other-choice"
              .checked=${live(draft.otherOn)}
              @change=${(e: Event) => { setOther((e.target as HTMLInputElement).checked); }}
            /><span>${this.strings.inputOther}</span>
          </label>
          <input
            type="text"
            class="other-text"
            aria-label=${this.strings.inputOtherAnswer.replace('{question}', input.question)}
            .value=${live(draft.other)}
            @input=${(e: Event) => {
              const other = (e.target as HTMLInputElement).value;
              this.patch(input, input.multiple ? { other, otherOn: true } : { other, otherOn: true, chosen: [] });
            }}
          />
        </div>
      </div>
    </fieldset>`;
  }

  private renderFreeform(input: FreeformInput, index: number): TemplateResult {
    const draft = this.draft(input);
    const helpId = `q${index}-help`;
    const fieldId = `q${index}-text`;
    return html`<fieldset ?disabled=${this.disabled}>
      <legend><label for=${fieldId}>${input.question}</label></legend>
      ${input.description ? html`<p class="help" id=${helpId}>${input.description}</p>` : nothing}
      <textarea
        id=${fieldId}
        rows="2"
        aria-describedby=${input.description ? helpId : nothing}
        .value=${live(draft.text)}
        @input=${(e: Event) => { this.patch(input, { text: (e.target as HTMLTextAreaElement).value }); }}
        @keydown=${this.onTextKeydown}
      ></textarea>
    </fieldset>`;
  }

  private onTextKeydown(e: KeyboardEvent): void {
    // Enter sends (as in the composer); Shift+Enter is a newline; an IME's Enter confirms text.
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    e.preventDefault();
    this.renderRoot.querySelector('form')?.requestSubmit();
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    const item = this.item;
    if (!item || this.busy || this.disabled) return;
    const answers: Record<string, StructuredInputAnswer> = {};
    let answered = 0;
    for (const input of item.inputs) {
      const values = draftValues(input, this.draft(input));
      if (values.length) answered += 1;
      answers[input.id] = { values, skipped: values.length === 0 };
    }
    if (answered === 0) {
      this.error = this.strings.inputNeedsAnswer;
      return;
    }
    void this.send({ status: 'answered', answers });
  }

  private onSkip(): void {
    if (this.busy || this.disabled) return;
    void this.send({ status: 'skipped', answers: {} });
  }

  private async send(input: StructuredInputSubmission): Promise<void> {
    const item = this.item;
    if (!item) return;
    this.error = null;
    const event = new StructuredInputSubmitEvent(item.id, input);
    this.dispatchEvent(event);
    const result = event.detail.result;
    if (!result) return;
    this.busy = true;
    try {
      await result;
    } catch {
      this.error = this.strings.inputFailed;
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-structured-input': CkStructuredInput;
  }
}

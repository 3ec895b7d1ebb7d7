import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { element } from '../define-element.js';
import { en, format, plural, type Catalogue } from '../i18n/index.js';
import type { TaskItem, Workflow, WorkflowItem } from '../schemas/index.js';
import { base } from '../styles/tokens.js';
import { iconSvg } from '../widgets/icon-set.js';
import { spinnerStyles } from './spinner.styles.js';
import { workflowStyles } from './ck-workflow.styles.js';
import './ck-task.js';

let nextId = 0;

/**
 * "Thought for 5 seconds" / "Worked for 2 min 5 s": a workflow's `{duration}` summary (seconds).
 * Durations of a minute or more read better split into minutes and seconds.
 */
export function durationLabel(strings: Catalogue, kind: Workflow['type'], duration: number): string {
  const seconds = Math.max(0, Math.round(duration));
  const reasoning = kind === 'reasoning';
  if (seconds < 60) return plural(strings, reasoning ? 'workflowThoughtFor' : 'workflowWorkedFor', seconds);
  const template = reasoning ? strings.workflowThoughtForMinutes : strings.workflowWorkedForMinutes;
  return format(template, { minutes: Math.floor(seconds / 60), seconds: seconds % 60 }, strings.locale);
}

/**
 * A `workflow` item (reasoning or custom steps) as a collapsible group of tasks, or a standalone
 * `task` item as one task without the frame.
 *
 * The group opens as `workflow.expanded` says until the user toggles it; from then on the
 * user's choice wins, so a server closing the workflow at the end of reasoning does not fold it
 * away under the reader.
 *
 * @tagname ck-workflow
 * @csspart header - The toggle button of a workflow.
 * @csspart body - The list of tasks.
 */
@element('ck-workflow')
export class CkWorkflow extends LitElement {
  static override styles = [base, spinnerStyles, workflowStyles];

  /** A `workflow` or standalone `task` item. */
  @property({ attribute: false }) item: WorkflowItem | TaskItem | null = null;
  /** UI strings. */
  @property({ attribute: false }) strings: Catalogue = en;
  /** The item is still streaming (its summary is not known yet). */
  @property({ type: Boolean, reflect: true }) pending = false;

  /** `null` until the user toggles; then it overrides `workflow.expanded`. */
  @state() private userExpanded: boolean | null = null;

  private readonly bodyId = `ck-workflow-${(nextId += 1)}`;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A different item in the same element (not the keyed repeat's usual case) starts fresh.
    const previous = changed.get('item');
    if (previous && this.item && previous.id !== this.item.id) this.userExpanded = null;
  }

  /** Whether the task list is shown. */
  get expanded(): boolean {
    const item = this.item;
    if (item?.type !== 'workflow') return true;
    return this.userExpanded ?? item.workflow.expanded;
  }

  protected override render(): TemplateResult | typeof nothing {
    const item = this.item;
    if (!item) return nothing;
    if (item.type === 'task') {
      return html`<ck-task standalone .task=${item.task} .strings=${this.strings}></ck-task>`;
    }
    const workflow = item.workflow;
    const expanded = this.expanded;
    return html`<div class="workflow ${workflow.type}">
      <button
        type="button"
        class="header"
        part="header"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${this.bodyId}
        @click=${this.toggle}
      >
        ${this.renderSummary(workflow)}
        <span class="chevron">${iconSvg('chevron-right', { size: 14 })}</span>
      </button>
      <div class="body" id=${this.bodyId} part="body" ?hidden=${!expanded}>
        <ol class="tasks">
          ${workflow.tasks.map((task) => html`<li><ck-task .task=${task} .strings=${this.strings}></ck-task></li>`)}
        </ol>
      </div>
    </div>`;
  }

  private renderSummary(workflow: Workflow): TemplateResult {
    const summary = workflow.summary;
    if (summary && 'title' in summary) {
      return html`${summary.icon ? iconSvg(summary.icon, { size: 16 }) : nothing}<span class="label">${summary.title}</span>`;
    }
    if (summary) return html`<span class="label">${durationLabel(this.strings, workflow.type, summary.duration)}</span>`;
    const running = this.pending || workflow.tasks.some((task) => task.status_indicator === 'loading');
    if (running) {
      const label = workflow.type === 'reasoning' ? this.strings.workflowThinking : this.strings.workflowWorking;
      return html`<span class="spinner" aria-hidden="true"></span><span class="label">${label}</span>`;
    }
    const label =
      workflow.type === 'reasoning'
        ? this.strings.workflowThought
        : plural(this.strings, 'workflowSteps', workflow.tasks.length);
    return html`<span class="label">${label}</span>`;
  }

  private toggle(): void {
    this.userExpanded = !this.expanded;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-workflow': CkWorkflow;
  }
}

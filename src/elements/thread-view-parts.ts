/**
 * Pieces of `<ck-thread-view>`'s log: the actions under responses, the progress line, notices
 * and the current turn's error. Templates only (styled by `ck-thread-view.styles.ts`); the view
 * wires the events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogue } from '../i18n/index.js';
import { markdown } from '../markdown/index.js';
import type { FeedbackKind } from '../schemas/index.js';
import type { Notice, Progress, ThreadError, ThreadState } from '../state/index.js';
import { hasResponse, type Turn } from '../state/turns.js';
import type { CustomItemAction } from './ck-item-actions.js';
import { icon } from './icons.js';
import './ck-item-actions.js';

/** Which actions `<ck-item-actions>` offers under responses (Copy is always there). */
export interface ThreadItemActionsConfig {
  readonly feedback: boolean;
  readonly retry: boolean;
  readonly custom: readonly CustomItemAction[];
}

/**
 * The turns that get actions, by the id of their last item: those that answered something (an
 * assistant message or a widget), except the last one while it is still responding.
 */
export function actionsAfter(turns: readonly Turn[], responding: boolean): Map<string, Turn> {
  const last = turns[turns.length - 1];
  const after = new Map<string, Turn>();
  for (const turn of turns) {
    const lastId = turn.itemIds[turn.itemIds.length - 1];
    if (lastId !== undefined && hasResponse(turn) && !(turn === last && responding)) after.set(lastId, turn);
  }
  return after;
}

/**
 * The actions under one turn. `custom` is passed apart from `config` so the view can keep one
 * array while the configured actions are equal (a new array re-renders every bar).
 */
export function itemActionsBar(
  turn: Turn,
  latest: boolean,
  state: ThreadState,
  config: ThreadItemActionsConfig,
  custom: readonly CustomItemAction[],
  strings: Catalogue,
): TemplateResult {
  let feedbackKind: FeedbackKind | null = null;
  for (const id of turn.itemIds) {
    const kind = state.feedback.get(id);
    if (kind !== undefined) {
      feedbackKind = kind;
      break;
    }
  }
  // Retry re-runs a saved user message: not for an optimistic one the server never got.
  const retry = config.retry && latest && turn.userMessageId !== null && !state.optimistic.has(turn.userMessageId);
  return html`<ck-item-actions
    part="item-actions"
    .turn=${turn}
    .strings=${strings}
    .custom=${custom}
    .feedbackKind=${feedbackKind}
    ?feedback=${config.feedback}
    ?retry=${retry}
    ?latest=${latest}
  ></ck-item-actions>`;
}

/** The transient `progress_update` line. */
export function progressLine(progress: Progress): TemplateResult {
  return html`<div class="progress" part="progress" role="status">${icon('sparkle')}<span>${progress.text}</span></div>`;
}

/** A notice (Markdown message) with its dismiss button. */
export function noticeBanner(notice: Notice, strings: Catalogue, onDismiss: () => void): TemplateResult {
  return html`<div class="banner ${notice.level}" part="notice" role=${notice.level === 'danger' ? 'alert' : 'status'}>
    ${icon(notice.level === 'info' ? 'info' : 'warning')}
    <div class="body">
      ${notice.title ? html`<strong class="title">${notice.title}</strong>` : nothing}${markdown(notice.message)}
    </div>
    <button class="dismiss" type="button" aria-label=${strings.dismiss} @click=${onDismiss}>${icon('close')}</button>
  </div>`;
}

/**
 * The current turn's error, with Retry when allowed. Only `custom` errors show the server's text;
 * a message that never reached the server says its draft was kept; other failures get a localized
 * generic text (the message, if saved, is in the thread already).
 */
export function errorBanner(error: ThreadError, strings: Catalogue, onRetry: () => void): TemplateResult {
  const text =
    error.source === 'request'
      ? error.unsent
        ? strings.requestFailed
        : strings.genericError
      : error.code === 'custom' && error.message
        ? error.message
        : strings.genericError;
  return html`<div class="banner danger" part="error" role="alert">
    ${icon('warning')}
    <div class="body"><p>${text}</p></div>
    ${error.allowRetry ? html`<button type="button" @click=${onRetry}>${icon('retry')}${strings.retry}</button>` : nothing}
  </div>`;
}

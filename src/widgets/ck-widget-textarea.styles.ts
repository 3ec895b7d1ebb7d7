import { css } from 'lit';
import { controlCss } from './ck-widget-input.styles.js';

/**
 * Textarea: the shared control box, with vertical padding and a height from `rows`; the user can
 * resize it vertically unless it sizes itself (`autoResize`).
 */
export const textareaCss = [
  controlCss,
  css`
    ck-widget-textarea {
      display: block;
      min-width: 0;
    }
    [data-axis='row'] > ck-widget-textarea {
      flex: 1 1 0;
    }
    ck-widget-textarea .ck-w-textarea {
      padding-block: calc((var(--_height) - 1lh) / 2 - 1px);
      line-height: 1.45;
      resize: vertical;
    }
    ck-widget-textarea .ck-w-textarea[data-pill] {
      /* A full radius would clip the first and last lines. */
      border-radius: var(--ck-w-radius-2xl);
    }
    ck-widget-textarea .ck-w-textarea[data-auto-resize] {
      resize: none;
    }
  `,
];

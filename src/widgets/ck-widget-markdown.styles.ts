import { css } from 'lit';
import { streamingCaretCss } from './ck-widget-text.styles.js';

/**
 * Markdown: body text size on the widget text scale; the prose rules themselves are the shared
 * `markdownStyles` (adopted by the widget item). The prose colours are re-pointed at the widget
 * tokens, so a Card that forces `theme: 'dark'` in a light thread gets dark-scheme links and code.
 */
export const markdownCss = [
  css`
    ck-widget-markdown {
      --ck-color-accent: var(--ck-w-control-primary-outline-text);
      --ck-color-focus: var(--ck-w-focus);
      --ck-color-border: var(--ck-w-border-default);
      --ck-color-surface-secondary: var(--ck-w-surface-secondary);
      --ck-color-text-secondary: var(--ck-w-text-secondary);
      display: block;
      min-width: 0;
      font-size: var(--ck-w-text-md-font-size);
      line-height: var(--ck-w-text-md-line-height);
    }
    ck-widget-markdown .ck-markdown {
      line-height: inherit;
    }
  `,
  streamingCaretCss,
];

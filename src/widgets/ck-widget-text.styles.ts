import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The rules Text, Title and Caption share, for one tag: the element is the text box; `truncate`
 * keeps one line with an ellipsis, `maxLines` clamps (`--ck-w-max-lines`). `min-width: 0` lets a
 * text shrink inside a Row instead of pushing its siblings out.
 */
export function textBoxCss(tag: 'ck-widget-text' | 'ck-widget-title' | 'ck-widget-caption'): CSSResult {
  return unsafeCSS(`
  ${tag} {
    display: block;
    min-width: 0;
    max-width: 100%;
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  ${tag}[data-truncate] {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  ${tag}[data-clamp] {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--ck-w-max-lines);
    line-clamp: var(--ck-w-max-lines);
  }
  `);
}

/**
 * The streaming caret of Text and Markdown: a soft block after the last character that pulses
 * while text arrives, and stands still for users who ask for reduced motion.
 */
export const streamingCaretCss = css`
  @keyframes ck-w-caret-pulse {
    from {
      opacity: 0.25;
    }
    to {
      opacity: 0.8;
    }
  }
  ck-widget-text[data-streaming]::after,
  ck-widget-markdown[data-streaming] .ck-markdown > :last-child::after {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 1em;
    margin-inline-start: 0.15em;
    border-radius: 2px;
    background: currentColor;
    vertical-align: -0.12em;
    opacity: 0.6;
    animation: ck-w-caret-pulse 0.8s ease-in-out infinite alternate;
  }
  @media (prefers-reduced-motion: reduce) {
    ck-widget-text[data-streaming]::after,
    ck-widget-markdown[data-streaming] .ck-markdown > :last-child::after {
      animation: none;
    }
  }
`;

/** Text: see {@link textBoxCss}; plus the streaming caret. */
export const textCss = [textBoxCss('ck-widget-text'), streamingCaretCss];

import { css } from 'lit';

/** ListView: a card-like surface holding the rows, and the "Show more" control. */
export const listViewCss = css`
  ck-widget-list-view {
    display: block;
    inline-size: 100%;
    max-inline-size: 440px;
    color: var(--ck-w-text-prose);
  }
  .ck-w-list-view__surface {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    padding: calc(var(--ck-w-spacing-unit) * 1.5);
    border: 1px solid var(--ck-w-border-subtle);
    border-radius: var(--ck-w-radius-2xl);
    background: var(--ck-w-surface-elevated);
    box-shadow: var(--ck-w-shadow);
  }
  /* Block flow rather than a flex column: appending rows (long lists arrive in chunks) then lays
     out only the new ones, where a flex column measures every row again. */
  .ck-w-list-view__list {
    display: flow-root;
  }
  .ck-w-list-view__entry + .ck-w-list-view__entry {
    margin-block-start: 2px;
  }
  .ck-w-list-view__entry {
    min-width: 0;
    border-radius: var(--ck-w-radius-lg);
    /* No content-visibility: auto here: with 1,000 rows its per-row intersection checks cost
       more each frame than the layout they save, and twice that inside a following thread. */
  }
  .ck-w-list-view__entry:focus {
    outline: none;
  }
  .ck-w-list-view__entry:focus-visible {
    outline: 2px solid var(--ck-w-focus);
    outline-offset: -2px;
  }
  .ck-w-list-view__more {
    align-self: stretch;
    margin-block-start: 2px;
    padding: calc(var(--ck-w-spacing-unit) * 2) calc(var(--ck-w-spacing-unit) * 3);
    border: 0;
    border-radius: var(--ck-w-radius-lg);
    background: transparent;
    color: var(--ck-w-text-secondary);
    font: inherit;
    font-size: var(--ck-w-text-sm-font-size);
    font-weight: var(--ck-w-font-weight-medium);
    text-align: start;
    cursor: pointer;
  }
  .ck-w-list-view__more:hover {
    background: var(--ck-w-surface-secondary);
    color: var(--ck-w-text-primary);
  }
  .ck-w-list-view__more:focus-visible {
    outline: 2px solid var(--ck-w-focus);
    outline-offset: -2px;
  }
  .ck-w-list-view__sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

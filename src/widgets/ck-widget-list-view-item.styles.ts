import { css } from 'lit';

/** ListViewItem: a row; clickable rows are full-width buttons with hover and focus states. */
export const listViewItemCss = css`
  ck-widget-list-view-item {
    display: block;
  }
  .ck-w-list-item__row {
    display: flex;
    flex-direction: row;
    align-items: center;
    gap: calc(var(--ck-w-spacing-unit) * 3);
    box-sizing: border-box;
    inline-size: 100%;
    min-width: 0;
    padding: calc(var(--ck-w-spacing-unit) * 2.5) calc(var(--ck-w-spacing-unit) * 3);
    border-radius: var(--ck-w-radius-lg);
  }
  button.ck-w-list-item__row {
    margin: 0;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    transition: background-color 0.12s ease;
  }
  button.ck-w-list-item__row:hover {
    background: var(--ck-w-surface-secondary);
  }
  button.ck-w-list-item__row:active {
    background: var(--ck-w-surface-tertiary);
  }
  button.ck-w-list-item__row:focus-visible {
    outline: 2px solid var(--ck-w-focus);
    outline-offset: -2px;
  }
  button.ck-w-list-item__row[aria-busy='true'] {
    cursor: progress;
  }
  .ck-w-list-item__spinner {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-start: auto;
    border: 2px solid var(--ck-w-text-secondary);
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: ck-w-list-item-spin 0.7s linear infinite;
  }
  @keyframes ck-w-list-item-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    button.ck-w-list-item__row {
      transition: none;
    }
    .ck-w-list-item__spinner {
      animation: none;
    }
  }
`;

import { css } from 'lit';

export const itemActionsStyles = css`
  :host {
    display: block;
    /* Keeps the row's height while hidden, so revealing it on hover never moves the transcript. */
    min-height: 28px;
    margin-top: -10px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px;
    opacity: var(--ck-item-actions-opacity, 0);
    transition: opacity 0.15s ease;
  }
  /* Under older answers the row appears on hover or keyboard focus; under the newest it stays. */
  :host([latest]) .toolbar,
  :host(:hover) .toolbar,
  :host(:focus-within) .toolbar {
    opacity: 1;
  }
  @media (prefers-reduced-motion: reduce) {
    .toolbar {
      transition: none;
    }
  }
  /* Touch screens have no hover, and narrow layouts have no room to discover it. */
  @media (hover: none) and (pointer: coarse) {
    .toolbar {
      opacity: 1;
    }
  }
  @container ck-thread (max-width: 480px) {
    .toolbar {
      opacity: 1;
    }
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 4px;
    min-width: 28px;
    height: 28px;
    padding: 0 6px;
    border: 0;
    border-radius: var(--ck-radius-small, 8px);
    background: transparent;
    color: var(--ck-color-text-tertiary, #6b6b73);
    cursor: pointer;
    font-size: 0.85em;
  }
  button.icon-button {
    width: 28px;
    padding: 0;
  }
  button:hover {
    background: var(--ck-color-surface-secondary, #f4f4f5);
    color: var(--ck-color-text, #18181b);
  }
  button[aria-pressed='true'] {
    color: var(--ck-color-accent, #2563eb);
  }
  button[aria-pressed='true'] .ck-icon {
    fill: currentColor;
    fill-opacity: 0.15;
  }
  button:focus-visible {
    outline-offset: 0;
  }
  .error {
    margin-inline-start: 6px;
    color: var(--ck-color-danger, #b91c1c);
    font-size: 0.85em;
  }
`;

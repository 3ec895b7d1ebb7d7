import { css } from 'lit';

/**
 * The item frame: container loading state, the error line, the fallback for bad nodes, and the
 * placeholder shown while the widgets chunk loads.
 */
export const widgetItemStyles = css`
  :host {
    display: block;
    color: var(--ck-w-text-prose);
  }
  .root {
    transition: opacity 0.15s ease;
  }
  .root[aria-busy='true'] {
    opacity: 0.55;
    cursor: progress;
  }
  @media (prefers-reduced-motion: reduce) {
    .root {
      transition: none;
    }
  }
  .ck-w-error {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 6px 0 0;
    padding: 6px 10px;
    border-radius: var(--ck-radius-small);
    background: var(--ck-color-danger-surface, #fef2f2);
    color: var(--ck-color-danger, #b91c1c);
    font-size: 0.9em;
  }
  .ck-w-error button {
    margin-inline-start: auto;
    padding: 2px 8px;
    border: 1px solid currentColor;
    border-radius: var(--ck-radius-control);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .ck-w-fallback {
    display: inline-block;
    max-width: 100%;
    padding: 4px 8px;
    border: 1px dashed var(--ck-color-border-strong);
    border-radius: var(--ck-radius-small);
    color: var(--ck-color-text-secondary);
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  /* Shown only when the widgets chunk takes a moment, so a fast load never flashes it. */
  .ck-w-skeleton {
    height: 56px;
    border-radius: var(--ck-radius);
    background: var(--ck-color-surface-secondary);
    animation: ck-w-appear 0s linear 0.3s both;
  }
  @keyframes ck-w-appear {
    from {
      visibility: hidden;
    }
    to {
      visibility: visible;
    }
  }
`;

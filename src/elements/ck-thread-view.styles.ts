import { css } from 'lit';

export const threadViewStyles = css`
  :host {
    display: block;
    position: relative;
    overflow-y: auto;
    overscroll-behavior: contain;
    scrollbar-gutter: stable;
    /* Lets item actions switch to always-visible in a narrow transcript, whatever the viewport. */
    container: ck-thread / inline-size;
  }
  .log {
    display: flex;
    flex-direction: column;
    gap: 18px;
    max-width: 48em;
    margin: 0 auto;
    padding: 18px 16px 12px;
  }
  /* Rendered items off screen skip layout and paint; their last rendered height is remembered
     (auto), 3em stands in until then. Items beyond the window are not rendered at all (0007). */
  ck-message {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
  }
  /* Hovering the end of an older answer reveals its actions (hover on the row itself does too). */
  ck-message:hover + ck-item-actions {
    --ck-item-actions-opacity: 1;
  }
  .older {
    display: flex;
    align-items: center;
    justify-content: center;
    flex-wrap: wrap;
    gap: 8px;
    min-height: 44px;
    max-width: 48em;
    margin: 0 auto;
    padding: 10px 16px 0;
    color: var(--ck-color-text-secondary);
    font-size: 0.88em;
  }
  .older-status {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .older-status .icon {
    width: 14px;
    height: 14px;
    animation: ck-spin 2s linear infinite;
  }
  .older-error {
    color: var(--ck-color-danger);
  }
  .older-button {
    padding: 4px 12px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-control);
    background: var(--ck-color-surface);
    color: var(--ck-color-text-secondary);
    cursor: pointer;
  }
  .older-button:hover {
    color: var(--ck-color-text);
    border-color: var(--ck-color-border-strong);
  }
  /* Sticks to the bottom of the viewport while its place (the end of the transcript) is below it. */
  .jump-dock {
    position: sticky;
    bottom: 12px;
    z-index: 1;
    height: 0;
    display: flex;
    align-items: flex-end;
    justify-content: center;
    pointer-events: none;
  }
  .jump {
    pointer-events: auto;
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding-block: 6px;
    padding-inline: 10px 12px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-control);
    background: var(--ck-color-surface);
    color: var(--ck-color-text);
    box-shadow: var(--ck-shadow);
    cursor: pointer;
    font-size: 0.88em;
  }
  .jump:hover {
    background: var(--ck-color-surface-secondary);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 6px;
    color: var(--ck-color-text-secondary);
    font-size: 0.92em;
  }
  .progress .icon {
    width: 16px;
    height: 16px;
    animation: ck-spin 2s linear infinite;
  }
  @keyframes ck-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .older-status .icon,
    .progress .icon {
      animation: none;
    }
  }
  .banner {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    padding: 10px 12px;
    border-radius: var(--ck-radius-small);
    border: 1px solid currentColor;
    font-size: 0.94em;
  }
  .banner .body {
    flex: 1;
    min-width: 0;
    color: var(--ck-color-text);
  }
  .banner .body p {
    margin: 0;
  }
  .banner .title {
    display: block;
    font-weight: 600;
  }
  .banner .icon {
    flex: none;
    width: 18px;
    height: 18px;
    margin-top: 1px;
  }
  .banner button {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 4px 10px;
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius-control);
    background: var(--ck-color-surface);
    color: var(--ck-color-text);
    cursor: pointer;
    font-size: 0.92em;
  }
  .banner button.dismiss {
    padding: 2px;
    border: 0;
    background: transparent;
  }
  .banner button .icon {
    width: 16px;
    height: 16px;
    margin: 0;
  }
  .danger {
    color: var(--ck-color-danger);
    background: var(--ck-color-danger-surface);
  }
  .warning {
    color: var(--ck-color-warning);
    background: var(--ck-color-warning-surface);
  }
  .info {
    color: var(--ck-color-info);
    background: var(--ck-color-info-surface);
  }
`;

import { css } from 'lit';

export const threadViewStyles = css`
  :host {
    display: block;
    position: relative;
    overflow-y: auto;
    overscroll-behavior: contain;
    scrollbar-gutter: stable;
  }
  .log {
    display: flex;
    flex-direction: column;
    gap: 18px;
    max-width: 48em;
    margin: 0 auto;
    padding: 18px 16px 12px;
  }
  ck-message {
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
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
    border-radius: 999px;
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

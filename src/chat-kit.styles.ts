import { css } from 'lit';

export const chatKitStyles = css`
  :host {
    display: block;
    position: relative;
    height: 100%;
    min-height: 320px;
    overflow: hidden;
    border-radius: inherit;
    background: var(--ck-color-background);
    color: var(--ck-color-text);
    font-family: var(--ck-font-family);
    font-size: var(--ck-font-size);
    line-height: var(--ck-line-height);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  /* A theme object whose chunk is still loading: hidden rather than flashing the default colours. */
  .base[data-theme-pending] {
    visibility: hidden;
  }
  .main {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  ck-thread-view,
  ck-start-screen,
  ck-history-panel,
  .history-pending {
    flex: 1;
    min-height: 0;
  }
  /* The history panel's loading skeleton, drawn while its chunk loads (same geometry). */
  .history-pending {
    padding: 0 8px 12px;
  }
  .history-skeleton {
    padding: 8px;
  }
  .skeleton-row {
    height: 14px;
    margin: 14px 0 28px;
    border-radius: 7px;
    background: var(--ck-color-surface-secondary);
  }
  /* Uneven widths read as a list of titles (set here: no style attribute, see styleProps). */
  .skeleton-row:nth-child(1) {
    width: 72%;
  }
  .skeleton-row:nth-child(2) {
    width: 55%;
  }
  .skeleton-row:nth-child(3) {
    width: 84%;
  }
  .skeleton-row:nth-child(4) {
    width: 63%;
  }
  .skeleton-row:nth-child(5) {
    width: 46%;
  }
  .history-error {
    padding: 16px 8px;
    color: var(--ck-color-text-secondary);
  }

  /* Our header already names the panel and closes it; its own bar is for custom headers. */
  ck-header + ck-history-panel::part(header) {
    display: none;
  }
  ck-composer,
  ck-structured-input {
    flex: none;
    width: 100%;
    max-width: 50em;
    margin: 0 auto;
  }
  .config-error {
    margin: 16px;
    padding: 10px 12px;
    border-radius: var(--ck-radius-small);
    background: var(--ck-color-danger-surface);
    color: var(--ck-color-danger);
  }
  .config-error button,
  .history-error button {
    margin-inline-start: 8px;
    padding: 2px 10px;
    border: 1px solid currentColor;
    border-radius: var(--ck-radius-control);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .config-error code {
    font-family: var(--ck-font-mono);
  }
  .closed {
    display: flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    margin: 0 auto 12px;
    padding: 12px 16px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    background: var(--ck-color-surface-secondary);
    color: var(--ck-color-text-secondary);
    text-align: center;
    width: calc(100% - 24px);
    max-width: calc(50em - 24px);
  }
`;

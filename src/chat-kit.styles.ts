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
  .main {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  ck-thread-view,
  ck-start-screen {
    flex: 1;
    min-height: 0;
  }
  ck-composer {
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
  .config-error code {
    font-family: var(--ck-font-mono);
  }
`;

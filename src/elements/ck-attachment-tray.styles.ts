import { css } from 'lit';

export const attachmentTrayStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--ck-space, 8px));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    position: relative;
    display: flex;
    align-items: center;
    gap: 6px;
    max-width: 220px;
    min-height: 48px;
    padding-block: 4px;
    padding-inline: 4px 28px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-small, 8px);
    background: var(--ck-color-surface-secondary);
    color: var(--ck-color-text);
  }
  li.error {
    border-color: var(--ck-color-danger);
    background: var(--ck-color-danger-surface);
  }
  img {
    width: 40px;
    height: 40px;
    object-fit: cover;
    border-radius: calc(var(--ck-radius-small, 8px) - 2px);
    flex: none;
  }
  .info {
    display: flex;
    flex-direction: column;
    min-width: 0;
    gap: 2px;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: 0.875em;
  }
  .message {
    font-size: 0.75em;
    color: var(--ck-color-danger);
  }
  .bar {
    height: 4px;
    width: 100px;
    border-radius: 2px;
    background: var(--ck-color-surface-tertiary);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--ck-color-accent);
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    padding: 2px;
    border: none;
    border-radius: 50%;
    background: transparent;
    color: var(--ck-color-text-secondary);
    cursor: pointer;
  }
  button:hover {
    color: var(--ck-color-text);
    background: var(--ck-color-surface-tertiary);
  }
  button:focus-visible {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: 1px;
  }
  .remove {
    position: absolute;
    inset-block-start: 2px;
    inset-inline-end: 2px;
  }
  .icon {
    width: 16px;
    height: 16px;
  }
`;

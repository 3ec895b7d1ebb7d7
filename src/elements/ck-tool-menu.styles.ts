import { css } from 'lit';

/** Shared look of the composer's popup buttons and menus (tool menu and model picker). */
export const popupStyles = css`
  .anchor {
    position: relative;
    display: inline-flex;
  }
  .trigger {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 32px;
    min-width: 32px;
    justify-content: center;
    padding: 0 8px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-control);
    background: var(--ck-color-surface);
    color: var(--ck-color-text-secondary);
    cursor: pointer;
  }
  .trigger:hover,
  .trigger[aria-expanded='true'] {
    background: var(--ck-color-surface-secondary);
    color: var(--ck-color-text);
  }
  .menu {
    position: absolute;
    bottom: calc(100% + 6px);
    inset-inline-start: 0;
    z-index: 10;
    min-width: 220px;
    max-height: 320px;
    overflow-y: auto;
    margin: 0;
    padding: 4px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-small, 8px);
    background: var(--ck-color-surface);
    color: var(--ck-color-text);
    box-shadow: var(--ck-shadow);
  }
  .item {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 8px 10px;
    border-radius: 6px;
    cursor: pointer;
  }
  .item:hover,
  .item:focus-visible {
    background: var(--ck-color-surface-secondary);
  }
  .item:focus-visible {
    outline-offset: -2px;
  }
  .label {
    flex: 1;
  }
  .check {
    display: inline-flex;
    color: var(--ck-color-accent-text);
  }
`;

export const toolMenuStyles = [
  popupStyles,
  css`
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      font-size: 14px;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 32px;
      padding: 0 10px;
      border: 1px solid var(--ck-color-border);
      border-radius: var(--ck-radius-control);
      background: var(--ck-color-surface);
      color: var(--ck-color-text-secondary);
    }
    .toggle {
      cursor: pointer;
    }
    .toggle:hover {
      background: var(--ck-color-surface-secondary);
    }
    .toggle[aria-pressed='true'],
    .selected {
      border-color: var(--ck-color-accent);
      background: var(--ck-color-info-surface);
      color: var(--ck-color-text);
    }
    .selected {
      padding-inline-end: 4px;
    }
    .remove {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 24px;
      height: 24px;
      padding: 0;
      border: none;
      border-radius: var(--ck-radius-control);
      background: transparent;
      color: var(--ck-color-text-secondary);
      cursor: pointer;
    }
    .remove:hover {
      background: var(--ck-color-surface-tertiary);
      color: var(--ck-color-text);
    }
  `,
];

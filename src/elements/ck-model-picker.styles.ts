import { css } from 'lit';
import { popupStyles } from './ck-tool-menu.styles.js';

export const modelPickerStyles = [
  popupStyles,
  css`
    :host {
      display: inline-flex;
      font-size: 14px;
    }
    .trigger {
      border-color: transparent;
      background: transparent;
    }
    /* The picker usually sits at the end of the composer's toolbar, so the list opens towards the start. */
    .menu {
      min-width: 260px;
      inset-inline-start: auto;
      inset-inline-end: 0;
    }
    .label {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .name {
      color: var(--ck-color-text);
    }
    .description {
      font-size: 13px;
      color: var(--ck-color-text-secondary);
    }
    .item[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .item[aria-disabled='true']:hover {
      background: transparent;
    }
  `,
];

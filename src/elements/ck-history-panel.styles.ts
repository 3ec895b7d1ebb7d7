import { css } from 'lit';
import { base } from '../styles/tokens.js';

export const historyPanelStyles = [
  base,
  css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      height: 100%;
      background: var(--ck-color-background);
      color: var(--ck-color-text);
    }
    .base {
      display: flex;
      flex: 1;
      flex-direction: column;
      min-height: 0;
    }
    .header {
      display: flex;
      align-items: center;
      gap: 8px;
      padding-block: 10px 6px;
      padding-inline: 16px 10px;
    }
    .heading {
      flex: 1;
      min-width: 0;
      margin: 0;
      font-size: 1.05em;
      font-weight: 600;
    }
    /* Focused only as a landmark when the panel opens; it is not a control. */
    .heading:focus {
      outline: none;
    }
    .body {
      flex: 1;
      min-height: 0;
      overflow-y: auto;
      overscroll-behavior: contain;
      padding: 0 8px 12px;
    }
    .sentinel {
      height: 1px;
    }

    .group + .group {
      margin-top: 14px;
    }
    .group-label {
      margin: 0;
      padding: 8px 8px 4px;
      color: var(--ck-color-text-tertiary);
      font-size: 0.8em;
      font-weight: 500;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .row {
      position: relative;
      display: flex;
      align-items: center;
      min-height: 42px;
      border-radius: var(--ck-radius-small);
    }
    .row:hover,
    .row:focus-within {
      background: var(--ck-color-surface-secondary);
    }
    .row.active {
      background: var(--ck-color-surface-tertiary);
    }
    .open {
      display: flex;
      flex: 1;
      align-items: center;
      gap: 8px;
      min-width: 0;
      min-height: 42px;
      padding: 0 8px;
      border: 0;
      border-radius: inherit;
      background: transparent;
      text-align: start;
      cursor: pointer;
    }
    .open:focus-visible {
      outline-offset: -2px;
    }
    .title {
      flex: 1;
      min-width: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .row.active .title {
      font-weight: 500;
    }
    .time {
      flex: none;
      color: var(--ck-color-text-tertiary);
      font-size: 0.8em;
      font-variant-numeric: tabular-nums;
    }
    /* Actions appear where the pointer or focus is, and always on touch screens. */
    .actions {
      display: none;
      flex: none;
      gap: 2px;
      padding-inline-end: 4px;
    }
    .row:hover .actions,
    .row:focus-within .actions,
    .row.active .actions {
      display: flex;
    }
    .row:hover .time,
    .row:focus-within .time {
      display: none;
    }
    @media (hover: none) {
      .actions {
        display: flex;
      }
    }

    .icon-button {
      display: inline-grid;
      flex: none;
      place-items: center;
      width: 32px;
      height: 32px;
      padding: 0;
      border: 0;
      border-radius: var(--ck-radius-small);
      background: transparent;
      color: var(--ck-color-text-secondary);
      cursor: pointer;
    }
    .icon-button:hover {
      background: var(--ck-color-surface-tertiary);
      color: var(--ck-color-text);
    }
    .icon-button .icon {
      width: 18px;
      height: 18px;
    }
    .header .icon-button {
      width: 36px;
      height: 36px;
    }

    .row.editing,
    .row.confirming {
      flex-direction: column;
      align-items: stretch;
      padding-block: 5px;
      padding-inline: 8px 4px;
      background: var(--ck-color-surface-secondary);
    }
    .inline {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      min-width: 0;
    }
    .field {
      flex: 1 1 10em;
      min-width: 0;
      height: 32px;
      padding: 0 8px;
      border: 1px solid var(--ck-color-border-strong);
      border-radius: 6px;
      background: var(--ck-color-surface);
      color: var(--ck-color-text);
      font: inherit;
    }
    .field:focus-visible {
      outline-offset: 0;
      border-color: var(--ck-color-focus);
    }
    .field[aria-invalid='true'] {
      border-color: var(--ck-color-danger);
    }
    .question {
      flex: 1 1 10em;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .text-button {
      display: inline-flex;
      flex: none;
      align-items: center;
      gap: 4px;
      height: 32px;
      padding: 0 12px;
      border: 1px solid var(--ck-color-border-strong);
      border-radius: var(--ck-radius-control);
      background: var(--ck-color-surface);
      color: var(--ck-color-text);
      font-size: 0.9em;
      cursor: pointer;
    }
    .text-button:hover:not(:disabled) {
      background: var(--ck-color-surface-tertiary);
    }
    .text-button:disabled {
      opacity: 0.55;
      cursor: default;
    }
    .text-button.primary {
      border-color: transparent;
      background: var(--ck-color-accent);
      color: var(--ck-color-accent-contrast);
    }
    .text-button.primary:hover:not(:disabled) {
      background: var(--ck-color-accent);
      filter: brightness(1.08);
    }
    .text-button.danger {
      border-color: transparent;
      background: var(--ck-color-danger);
      color: var(--ck-color-background);
    }
    .text-button.danger:hover:not(:disabled) {
      background: var(--ck-color-danger);
      filter: brightness(1.08);
    }
    .text-button .icon {
      width: 16px;
      height: 16px;
    }
    .inline-error {
      margin: 4px 0 0;
      color: var(--ck-color-danger);
      font-size: 0.85em;
    }

    .footer-status {
      display: flex;
      align-items: center;
      justify-content: center;
      gap: 6px;
      padding: 12px;
      color: var(--ck-color-text-secondary);
      font-size: 0.9em;
    }
    .spinner {
      animation: ck-history-spin 1s linear infinite;
    }
    @keyframes ck-history-spin {
      to {
        transform: rotate(360deg);
      }
    }
    .load-more {
      display: flex;
      margin: 12px auto 0;
    }
    .error {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      margin: 16px 8px 0;
      padding: 12px;
      border-radius: var(--ck-radius-small);
      background: var(--ck-color-danger-surface);
      color: var(--ck-color-danger);
      text-align: center;
    }
    .error p {
      margin: 0;
    }
    .empty {
      padding: 48px 16px;
      text-align: center;
    }
    .empty p {
      margin: 0;
    }
    .empty-title {
      font-weight: 600;
    }
    .empty-hint {
      margin-top: 4px !important;
      color: var(--ck-color-text-secondary);
      font-size: 0.92em;
    }

    .skeleton {
      padding: 8px;
    }
    .skeleton-row {
      height: 14px;
      margin: 14px 0 28px;
      border-radius: 7px;
      background: var(--ck-color-surface-secondary);
      animation: ck-history-pulse 1.4s ease-in-out infinite;
    }
    @keyframes ck-history-pulse {
      50% {
        opacity: 0.5;
      }
    }
    /* The panel does not adopt the shared base sheet, so it stops its own motion. */
    @media (prefers-reduced-motion: reduce) {
      .spinner,
      .skeleton-row {
        animation: none;
      }
    }
  `,
];

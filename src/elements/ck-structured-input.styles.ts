import { css } from 'lit';

export const structuredInputStyles = css`
  :host {
    display: block;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 14px;
    padding: 14px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    background: var(--ck-color-surface);
    box-shadow: var(--ck-shadow);
    color: var(--ck-color-text);
  }
  .questions {
    display: flex;
    flex-direction: column;
    gap: 14px;
    max-height: min(50vh, 420px);
    overflow-y: auto;
    /* Room for focus rings inside the scroller. */
    padding: 2px;
    margin: -2px;
  }
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 8px;
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 34px;
    padding-block: 4px;
    padding-inline: 10px 12px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-control);
    cursor: pointer;
    user-select: none;
  }
  .option:hover {
    border-color: var(--ck-color-border-strong);
  }
  .option:has(input:checked) {
    border-color: var(--ck-color-accent);
    background: color-mix(in srgb, var(--ck-color-accent) 10%, transparent);
  }
  .option input {
    margin: 0;
    accent-color: var(--ck-color-accent);
  }
  .option:has(input:focus-visible) {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: 2px;
  }
  .option input:focus-visible {
    outline: none;
  }
  .other {
    flex: 1 1 12em;
    padding-inline-end: 6px;
  }
  .other label {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    cursor: pointer;
  }
  .other input[type='text'] {
    flex: 1;
    min-width: 6em;
    border: 0;
    border-bottom: 1px solid var(--ck-color-border);
    background: transparent;
    color: inherit;
    font: inherit;
    padding: 2px 0;
  }
  .other input[type='text']:focus-visible {
    outline: none;
    border-bottom-color: var(--ck-color-focus);
  }
  .help {
    margin: -4px 0 6px;
    color: var(--ck-color-text-secondary);
    font-size: 0.9em;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 4.5em;
    padding: 8px 10px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-small);
    background: var(--ck-color-background);
    color: inherit;
    font: inherit;
    resize: vertical;
  }
  textarea:focus-visible {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: 0;
    border-color: transparent;
  }
  .error {
    margin: 0;
    padding: 8px 10px;
    border-radius: var(--ck-radius-small);
    background: var(--ck-color-danger-surface);
    color: var(--ck-color-danger);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 8px;
  }
  .actions button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 36px;
    padding: 6px 16px;
    border-radius: var(--ck-radius-control);
    border: 1px solid var(--ck-color-border);
    background: transparent;
    cursor: pointer;
  }
  .actions button[type='submit'] {
    border-color: var(--ck-color-accent);
    background: var(--ck-color-accent);
    color: var(--ck-color-accent-contrast);
    font-weight: 500;
  }
  .actions button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  .actions button:not(:disabled):hover {
    filter: brightness(0.95);
  }
`;

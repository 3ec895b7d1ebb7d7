import { css } from 'lit';

export const composerStyles = css`
  :host {
    display: block;
    /* Follows theme.density through --ck-space (8px at normal). */
    padding: var(--ck-space) calc(var(--ck-space) * 1.5) calc(var(--ck-space) * 1.5);
  }
  form {
    display: flex;
    align-items: flex-end;
    gap: var(--ck-space);
    padding-block: 6px;
    padding-inline: 14px 6px;
    border: 1px solid var(--ck-color-border-strong);
    border-radius: var(--ck-radius);
    background: var(--ck-color-surface);
    box-shadow: var(--ck-shadow);
  }
  form:focus-within {
    border-color: var(--ck-color-focus);
    /* The editor's own outline is off (it is the whole field); the field shows focus instead. */
    box-shadow: 0 0 0 1px var(--ck-color-focus), var(--ck-shadow);
  }
  form {
    flex-wrap: wrap;
  }
  ck-composer-input {
    /* At least ~12em wide: on a narrow screen the buttons wrap below the field instead. */
    flex: 1 1 12em;
    min-width: 0;
    align-self: center;
  }
  .actions {
    margin-inline-start: auto;
  }
  textarea {
    flex: 1;
    min-width: 0;
    min-height: 36px;
    max-height: 12em;
    padding: 7px 0;
    border: 0;
    outline: none;
    resize: none;
    background: transparent;
    color: var(--ck-color-text);
    font: inherit;
    line-height: 1.45;
    field-sizing: content;
  }
  textarea:focus-visible {
    /* The whole field shows focus (form:focus-within); a second ring inside it is noise. */
    outline: none;
  }
  textarea::placeholder {
    color: var(--ck-color-text-tertiary);
    opacity: 1;
  }
  textarea:disabled {
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    align-items: center;
    gap: 4px;
    flex-wrap: wrap;
    justify-content: flex-end;
  }
  .tool {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 34px;
    height: 34px;
    padding: 0;
    border: 0;
    border-radius: var(--ck-radius-control);
    background: transparent;
    color: var(--ck-color-text-secondary);
    cursor: pointer;
  }
  .tool:hover {
    background: var(--ck-color-surface-secondary);
    color: var(--ck-color-text);
  }
  .notice:empty {
    display: none;
  }
  .action {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: 0;
    border-radius: var(--ck-radius-control);
    background: var(--ck-color-accent);
    color: var(--ck-color-accent-contrast);
    cursor: pointer;
  }
  .action:not(:disabled):not(.stop):hover {
    background: var(--ck-color-accent-hover);
  }
  .action:disabled {
    background: var(--ck-color-surface-tertiary);
    color: var(--ck-color-text-tertiary);
    cursor: not-allowed;
  }
  .action.stop {
    background: var(--ck-color-text);
    color: var(--ck-color-background);
  }
  .status {
    margin: 6px 4px 0;
    font-size: 0.85em;
    color: var(--ck-color-text-secondary);
  }
  .retry {
    margin-inline-start: 6px;
    padding: 0 8px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-control);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
`;

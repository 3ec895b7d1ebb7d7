import { css } from 'lit';

export const composerInputStyles = css`
  :host {
    position: relative;
    display: block;
    min-width: 0;
  }
  .editor {
    min-height: 1.5em;
    padding: 7px 0;
    line-height: 1.45;
    max-height: 12em;
    overflow-y: auto;
    outline: none;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    line-height: 1.5;
  }
  .editor:empty::before,
  .editor[data-empty]::before {
    content: attr(data-placeholder);
    color: var(--ck-color-text-tertiary, #888);
    pointer-events: none;
  }
  .editor[data-empty] {
    position: relative;
  }
  .editor[data-empty]::before {
    position: absolute;
  }
  :host([disabled]) .editor {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .tag {
    display: inline-block;
    padding: 0 0.3em;
    border-radius: var(--ck-radius-small);
    background: var(--ck-color-surface-secondary, #eef);
    color: var(--ck-color-accent, #2563eb);
    white-space: nowrap;
    user-select: all;
  }
  .preview {
    position: absolute;
    bottom: 100%;
    z-index: 11;
    max-width: 20rem;
  }
`;

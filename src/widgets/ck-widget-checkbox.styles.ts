import { css } from 'lit';

/**
 * Checkbox: a native checkbox in the accent colour, with its label beside it (the whole row is
 * the click target); the field message sits under it.
 */
export const checkboxCss = css`
  ck-widget-checkbox {
    display: block;
    min-width: 0;
  }
  .ck-w-checkbox {
    display: inline-flex;
    align-items: flex-start;
    gap: calc(var(--ck-w-spacing-unit) * 2);
    max-width: 100%;
    color: var(--ck-w-text-primary);
    font-size: var(--ck-w-text-sm-font-size);
    line-height: var(--ck-w-text-sm-line-height);
    cursor: pointer;
  }
  .ck-w-checkbox[data-disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .ck-w-checkbox__input {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    /* Centred on the first line of the label. */
    margin: calc((1lh - 1.1em) / 2) 0 0;
    accent-color: var(--ck-w-control-primary-solid-bg);
    cursor: inherit;
  }
  .ck-w-checkbox__input:focus-visible {
    outline: 2px solid var(--ck-w-focus);
    outline-offset: 2px;
  }
  .ck-w-checkbox__input[aria-invalid='true'] {
    outline: 2px solid var(--ck-w-text-danger);
    outline-offset: 1px;
  }
  .ck-w-checkbox__label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;

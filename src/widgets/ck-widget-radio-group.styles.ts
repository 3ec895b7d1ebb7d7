import { css } from 'lit';

/**
 * RadioGroup: a borderless fieldset laying out native radios in the accent colour, in a
 * wrapping row (default) or a column; the field message sits under it.
 */
export const radioGroupCss = css`
  ck-widget-radio-group {
    display: block;
    min-width: 0;
  }
  .ck-w-radio-group {
    display: flex;
    flex-flow: row wrap;
    gap: calc(var(--ck-w-spacing-unit) * 2) calc(var(--ck-w-spacing-unit) * 4);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--ck-w-radius-sm);
  }
  .ck-w-radio-group[data-direction='col'] {
    flex-direction: column;
  }
  .ck-w-radio-group[aria-invalid='true'] {
    outline: 1px solid var(--ck-w-text-danger);
    outline-offset: 4px;
  }
  .ck-w-radio {
    display: inline-flex;
    align-items: flex-start;
    gap: calc(var(--ck-w-spacing-unit) * 2);
    color: var(--ck-w-text-primary);
    font-size: var(--ck-w-text-sm-font-size);
    line-height: var(--ck-w-text-sm-line-height);
    cursor: pointer;
  }
  .ck-w-radio[data-disabled],
  .ck-w-radio-group:disabled .ck-w-radio {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .ck-w-radio__input {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: calc((1lh - 1.1em) / 2) 0 0;
    accent-color: var(--ck-w-control-primary-solid-bg);
    cursor: inherit;
  }
  .ck-w-radio__input:focus-visible {
    outline: 2px solid var(--ck-w-focus);
    outline-offset: 2px;
  }
  .ck-w-radio__label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;

import { css } from 'lit';

/**
 * Form: the element is the flex item (size, margin, flex inline) stacking its `<form>` — the flex
 * box, axis from `data-axis` (default column), box props inline — above the message shown when
 * validation blocked a submission. The same message class serves a Card with `asForm`.
 */
export const formCss = css`
  ck-widget-form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--ck-w-spacing-unit) * 2);
    box-sizing: border-box;
    min-width: 0;
  }
  .ck-w-form {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    box-sizing: border-box;
    min-width: 0;
    margin: 0;
  }
  .ck-w-form[data-axis='row'] {
    flex-direction: row;
  }
  .ck-w-form__error {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 0;
    color: var(--ck-w-text-danger);
    font-size: var(--ck-w-text-sm-font-size);
    line-height: var(--ck-w-text-sm-line-height);
  }
  .ck-w-form__error::before {
    content: '!' / '';
    display: inline-grid;
    flex: none;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    border-radius: 50%;
    background: var(--ck-w-text-danger);
    color: var(--ck-w-surface-elevated);
    font-size: 0.8em;
    font-weight: var(--ck-w-font-weight-bold);
  }
`;

import { css, unsafeCSS } from 'lit';

const CONTROL_SIZES = ['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'] as const;
const GUTTER_SIZES = ['2xs', 'xs', 'sm', 'md', 'lg', 'xl'] as const;

// Sizes first, gutters after: an explicit `gutterSize` overrides the padding a size implies.
const scaleRules = unsafeCSS(
  CONTROL_SIZES.map(
    (size) => `:is(.ck-w-control, .ck-w-field__box)[data-size='${size}'] {
  --_height: var(--ck-w-control-${size}-height);
  --_gutter: var(--ck-w-control-${size}-padding);
  --_font-size: var(--ck-w-control-${size}-font-size);
}`,
  ).join('\n') +
    GUTTER_SIZES.map((size) => `.ck-w-control[data-gutter='${size}'] { --_gutter: var(--ck-w-gutter-${size}); }`).join('\n'),
);

/**
 * The box every field control shares (`.ck-w-control`: Input, Textarea, Select, DatePicker):
 * height, padding and font size from the control scale (`data-size`, `data-gutter`), the
 * neutral paint of each `data-variant` (outline by default; soft; solid; ghost) from the
 * `secondary` control tokens, `data-pill`, focus ring, the danger border while `aria-invalid`,
 * and the field's message and clear button. Shared by the field styles (Lit dedupes it).
 */
export const controlCss = [
  scaleRules,
  css`
    .ck-w-control {
      --_height: var(--ck-w-control-md-height);
      --_gutter: var(--ck-w-control-md-padding);
      --_font-size: var(--ck-w-control-md-font-size);
      --_bg: transparent;
      --_fg: var(--ck-w-text-primary);
      --_border: var(--ck-w-control-secondary-outline-border);
      --_hover-border: var(--ck-w-text-tertiary);
      --_hover-bg: var(--_bg);
      box-sizing: border-box;
      display: block;
      inline-size: 100%;
      min-inline-size: 0;
      min-block-size: var(--_height);
      margin: 0;
      padding: 0 var(--_gutter);
      border: 1px solid var(--_border);
      border-radius: var(--ck-w-radius-lg);
      background: var(--_bg);
      color: var(--_fg);
      font: inherit;
      font-size: var(--_font-size);
      line-height: 1.4;
      transition:
        border-color 0.15s ease,
        background-color 0.15s ease;
    }
    .ck-w-control[data-variant='soft'] {
      --_bg: var(--ck-w-control-secondary-soft-bg);
      --_fg: var(--ck-w-control-secondary-soft-text);
      --_border: transparent;
      --_hover-border: transparent;
      --_hover-bg: color-mix(in srgb, var(--ck-w-control-secondary-soft-bg) 90%, var(--ck-w-text-primary));
    }
    .ck-w-control[data-variant='solid'] {
      --_bg: var(--ck-w-control-secondary-solid-bg);
      --_fg: var(--ck-w-control-secondary-solid-text);
      --_border: transparent;
      --_hover-border: transparent;
      --_hover-bg: color-mix(in srgb, var(--ck-w-control-secondary-solid-bg) 86%, var(--ck-w-control-secondary-solid-text));
    }
    .ck-w-control[data-variant='ghost'] {
      --_border: transparent;
      --_hover-border: transparent;
      --_hover-bg: var(--ck-w-control-secondary-soft-bg);
    }
    .ck-w-control[data-pill] {
      border-radius: var(--ck-w-radius-full);
    }
    .ck-w-control:hover:enabled {
      border-color: var(--_hover-border);
      background-color: var(--_hover-bg);
    }
    .ck-w-control::placeholder {
      color: var(--ck-w-text-tertiary);
      opacity: 1;
    }
    .ck-w-control[data-variant='solid']::placeholder {
      color: inherit;
      opacity: 0.7;
    }
    .ck-w-control:focus-visible {
      outline: 2px solid var(--ck-w-focus);
      outline-offset: 1px;
    }
    .ck-w-control[aria-invalid='true'],
    .ck-w-control[aria-invalid='true']:hover:enabled {
      border-color: var(--ck-w-text-danger);
    }
    .ck-w-control:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }
    .ck-w-control[aria-busy='true'] {
      cursor: progress;
    }

    .ck-w-field__message {
      margin: calc(var(--ck-w-spacing-unit) * 1) 0 0;
      color: var(--ck-w-text-danger);
      font-size: var(--ck-w-caption-lg-font-size);
      line-height: var(--ck-w-caption-lg-line-height);
      font-weight: var(--ck-w-font-weight-normal);
    }

    /* Select and DatePicker: the control with an icon and a clear button over its end padding. */
    .ck-w-field__box {
      --_gutter: var(--ck-w-control-md-padding);
      --_font-size: var(--ck-w-control-md-font-size);
      position: relative;
      color: var(--ck-w-text-primary);
    }
    .ck-w-field__icon {
      position: absolute;
      inset-block: 0;
      inset-inline-end: var(--_gutter);
      display: flex;
      align-items: center;
      pointer-events: none;
      font-size: var(--ck-w-icon-md);
    }
    .ck-w-control[data-variant='solid'] ~ :is(.ck-w-field__icon, .ck-w-field__clear) {
      color: var(--ck-w-control-secondary-solid-text);
    }
    .ck-w-control:disabled ~ .ck-w-field__icon {
      opacity: 0.5;
    }
    .ck-w-field__clear {
      position: absolute;
      inset-block: 0;
      inset-inline-end: calc(var(--_gutter) + var(--ck-w-icon-md) + 0.25em);
      display: inline-flex;
      align-items: center;
      justify-content: center;
      margin: auto 0;
      inline-size: 1.5em;
      block-size: 1.5em;
      padding: 0;
      border: 0;
      border-radius: var(--ck-w-radius-full);
      background: transparent;
      color: inherit;
      font-size: var(--_font-size);
      opacity: 0.7;
      cursor: pointer;
    }
    .ck-w-field__clear:hover {
      opacity: 1;
      background: color-mix(in srgb, currentColor 12%, transparent);
    }
    .ck-w-field__clear:focus-visible {
      opacity: 1;
      outline: 2px solid var(--ck-w-focus);
      outline-offset: 1px;
    }

    @media (prefers-reduced-motion: reduce) {
      .ck-w-control {
        transition: none;
      }
    }
  `,
];

/**
 * Editable Text (`Text` with `editable`): an `<input>` that looks like the text around it (the
 * element's own font, size, weight and colour), with a dotted underline and a soft hover fill
 * saying it can be edited, and the field message under it. Lives with Input: it is one.
 */
export const editableTextCss = css`
  ck-widget-text[data-editable] {
    white-space: normal;
  }
  .ck-w-text__input {
    box-sizing: border-box;
    display: block;
    inline-size: calc(100% + 2 * var(--ck-w-spacing-unit));
    margin: 0 calc(-1 * var(--ck-w-spacing-unit));
    padding: 0 var(--ck-w-spacing-unit);
    border: 0;
    border-radius: var(--ck-w-radius-xs);
    background: transparent;
    box-shadow: inset 0 -1px 0 var(--ck-w-border-strong);
    color: inherit;
    font: inherit;
    line-height: inherit;
    text-align: inherit;
  }
  .ck-w-text__input::placeholder {
    color: var(--ck-w-text-tertiary);
    opacity: 1;
  }
  .ck-w-text__input:hover {
    background: var(--ck-w-surface-secondary);
  }
  .ck-w-text__input:focus-visible {
    outline: 2px solid var(--ck-w-focus);
    outline-offset: 1px;
  }
  .ck-w-text__input[aria-invalid='true'] {
    box-shadow: inset 0 -2px 0 var(--ck-w-text-danger);
  }
`;

/**
 * Input: the element is a block holding the `<input class="ck-w-control">` and its message; in
 * a Row it takes the free space.
 */
export const inputCss = [
  controlCss,
  editableTextCss,
  css`
    ck-widget-input {
      display: block;
      min-width: 0;
    }
    [data-axis='row'] > ck-widget-input {
      flex: 1 1 0;
    }
  `,
];

import { css, unsafeCSS, type CSSResult } from 'lit';
import { CONTROL_COLORS } from './tokens.js';

const CONTROL_SIZES = ['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'] as const;
/** Icon size that reads well at each control height (a node's `iconSize` overrides it). */
const ICON_FOR_SIZE: Readonly<Record<(typeof CONTROL_SIZES)[number], string>> = {
  '3xs': 'xs', '2xs': 'xs', xs: 'sm', sm: 'sm', md: 'md', lg: 'md', xl: 'lg', '2xl': 'lg', '3xl': 'xl',
};
const ICON_SIZES = ['sm', 'md', 'lg', 'xl', '2xl'] as const;

/**
 * Per-colour private properties for a control (`--_solid-bg`, `--_soft-fg`…), picked from the
 * `--ck-w-control-<color>-*` tokens by `[data-color]` on the elements `selector` matches. The
 * variant rules then choose which pair paints the control. Built from constant lists only.
 */
export function controlColorCss(selector: string, colors: readonly string[] = CONTROL_COLORS): CSSResult {
  return unsafeCSS(
    colors
      .map(
        (color) => `${selector}[data-color='${color}'] {
  --_solid-bg: var(--ck-w-control-${color}-solid-bg);
  --_solid-fg: var(--ck-w-control-${color}-solid-text);
  --_soft-bg: var(--ck-w-control-${color}-soft-bg);
  --_soft-fg: var(--ck-w-control-${color}-soft-text);
  --_outline-border: var(--ck-w-control-${color}-outline-border);
  --_outline-fg: var(--ck-w-control-${color}-outline-text);
}`,
      )
      .join('\n'),
  );
}

const sizeRules = unsafeCSS(
  CONTROL_SIZES.map(
    (size) => `.ck-w-button[data-size='${size}'] {
  --_height: var(--ck-w-control-${size}-height);
  --_gutter: var(--ck-w-control-${size}-padding);
  --_font-size: var(--ck-w-control-${size}-font-size);
  --_icon: var(--ck-w-icon-${ICON_FOR_SIZE[size]});
}`,
  ).join('\n') +
    ICON_SIZES.map((size) => `.ck-w-button[data-icon-size='${size}'] { --_icon: var(--ck-w-icon-${size}); }`).join('\n'),
);

/**
 * Button: the element is a wrapper (inline, or full width with `block`) around a real
 * `<button class="ck-w-button">`, painted by colour × variant from the control tokens, sized by
 * the control height scale. Disabled buttons fade; a loading one keeps full contrast and shows a
 * spinner that stands still under reduced motion.
 */
export const buttonCss = [
  controlColorCss('.ck-w-button'),
  sizeRules,
  css`
    ck-widget-button {
      display: inline-flex;
      /* In a crowded Row buttons give way (their labels end in an ellipsis) rather than overflow. */
      flex: 0 1 auto;
      min-width: 0;
      max-width: 100%;
      width: fit-content;
      vertical-align: middle;
    }
    ck-widget-button[data-uniform] {
      flex: none;
    }
    ck-widget-button[data-block] {
      display: flex;
      flex: 1 1 auto;
      width: auto;
      align-self: stretch;
    }

    .ck-w-button {
      --_bg: var(--_solid-bg);
      --_fg: var(--_solid-fg);
      --_border: var(--_solid-bg);
      --_hover-bg: color-mix(in srgb, var(--_solid-bg) 86%, var(--_solid-fg));
      display: inline-flex;
      flex: 1 1 auto;
      align-items: center;
      justify-content: center;
      gap: calc(var(--ck-w-spacing-unit) * 1.5);
      min-width: 0;
      max-width: 100%;
      min-height: var(--_height);
      margin: 0;
      padding: 0 var(--_gutter);
      border: 1px solid var(--_border);
      border-radius: var(--ck-w-radius-lg);
      background: var(--_bg);
      color: var(--_fg);
      font: inherit;
      font-size: var(--_font-size);
      font-weight: var(--ck-w-font-weight-medium);
      line-height: 1.2;
      white-space: nowrap;
      cursor: pointer;
      transition:
        background-color 0.15s ease,
        border-color 0.15s ease,
        color 0.15s ease;
      -webkit-tap-highlight-color: transparent;
    }
    .ck-w-button[data-variant='soft'] {
      --_bg: var(--_soft-bg);
      --_fg: var(--_soft-fg);
      --_border: transparent;
      --_hover-bg: color-mix(in srgb, var(--_soft-bg) 88%, var(--_soft-fg));
    }
    .ck-w-button[data-variant='outline'] {
      --_bg: transparent;
      --_fg: var(--_outline-fg);
      --_border: var(--_outline-border);
      --_hover-bg: var(--_soft-bg);
    }
    .ck-w-button[data-variant='ghost'] {
      --_bg: transparent;
      --_fg: var(--_outline-fg);
      --_border: transparent;
      --_hover-bg: var(--_soft-bg);
    }
    .ck-w-button[data-pill] {
      border-radius: var(--ck-w-radius-full);
    }
    .ck-w-button[data-uniform] {
      flex: none;
      inline-size: var(--_height);
      padding: 0;
    }
    .ck-w-button:hover:enabled {
      background: var(--_hover-bg);
    }
    .ck-w-button:focus-visible {
      outline: 2px solid var(--ck-w-focus);
      outline-offset: 2px;
    }
    .ck-w-button:disabled {
      cursor: not-allowed;
    }
    .ck-w-button:disabled:not([aria-busy='true']) {
      opacity: 0.5;
    }
    .ck-w-button[aria-busy='true'] {
      cursor: progress;
    }

    .ck-w-button__label {
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .ck-w-button__icon {
      display: inline-flex;
      flex: none;
      font-size: var(--_icon);
    }
    .ck-w-button__icon > svg {
      display: block;
    }
    .ck-w-button__spinner {
      flex: none;
      box-sizing: border-box;
      inline-size: var(--_icon);
      block-size: var(--_icon);
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: ck-w-button-spin 0.7s linear infinite;
    }
    @keyframes ck-w-button-spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .ck-w-button__spinner {
        animation: none;
      }
      .ck-w-button {
        transition: none;
      }
    }
  `,
];

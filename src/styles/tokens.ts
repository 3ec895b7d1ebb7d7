import { css, unsafeCSS } from 'lit';

/**
 * Colour token defaults (`--ck-color-<name>`) per scheme. Also the starting point of the theme's
 * grey ramp (styles/theme.ts), so a `grayscale` theme keeps these lightness steps.
 * Every text colour is ≥ 4.5:1 on background, surface, surface-secondary, surface-elevated and
 * user-bubble (tested).
 */
export const COLOR_DEFAULTS = {
  light: {
    background: '#ffffff',
    surface: '#ffffff',
    'surface-secondary': '#f4f4f5',
    'surface-tertiary': '#e9e9ec',
    'surface-elevated': '#ffffff',
    'surface-elevated-secondary': '#f7f7f8',
    text: '#18181b',
    'text-secondary': '#52525b',
    'text-tertiary': '#6b6b73',
    border: '#e4e4e7',
    'border-subtle': '#eeeef0',
    'border-strong': '#c4c4cc',
    'user-bubble': '#f0f0f2',
    accent: '#2563eb',
    'accent-contrast': '#ffffff',
    'accent-hover': '#1d4ed8',
    danger: '#b91c1c',
    'danger-surface': '#fef2f2',
    warning: '#92400e',
    'warning-surface': '#fffbeb',
    info: '#1e40af',
    'info-surface': '#eff6ff',
    focus: '#2563eb',
  },
  dark: {
    background: '#18181b',
    surface: '#1f1f23',
    'surface-secondary': '#27272a',
    'surface-tertiary': '#323238',
    'surface-elevated': '#28282d',
    'surface-elevated-secondary': '#313137',
    text: '#f4f4f5',
    'text-secondary': '#b4b4bb',
    'text-tertiary': '#a1a1aa',
    border: '#34343a',
    'border-subtle': '#2b2b30',
    'border-strong': '#4a4a52',
    'user-bubble': '#2c2c31',
    accent: '#60a5fa',
    'accent-contrast': '#0b1220',
    'accent-hover': '#93c5fd',
    danger: '#fca5a5',
    'danger-surface': '#3b1616',
    warning: '#fcd34d',
    'warning-surface': '#3a2a0a',
    info: '#93c5fd',
    'info-surface': '#172554',
    focus: '#93c5fd',
  },
} as const;

/** A colour token name (`--ck-color-<name>`). */
export type ColorToken = keyof (typeof COLOR_DEFAULTS)['light'];

const colorDeclarations = (scheme: 'light' | 'dark'): string =>
  Object.entries(COLOR_DEFAULTS[scheme])
    .map(([name, value]) => `--ck-color-${name}: ${value};`)
    .join('\n    ');

/**
 * Design tokens as CSS custom properties on `<chat-kit>`. Every public `--ck-*` property can be
 * set from page CSS (`chat-kit { --ck-color-accent: #0a7; }`): a rule in the page outranks
 * `:host`, so page CSS always wins over these defaults and over the `theme` option. Dark values
 * apply when the element has `data-color-scheme="dark"` (set from the `theme` attribute or
 * option). The full list is in docs/theming.md.
 */
export const tokens = css`
  :host {
    --ck-font-family: ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --ck-font-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    --ck-font-size: 15px;
    --ck-line-height: 1.55;
    --ck-radius: 14px;
    --ck-radius-small: 8px;
    /* Buttons and chips: fully round unless the theme's radius says otherwise. */
    --ck-radius-control: 9999px;
    --ck-space: 8px;

    ${unsafeCSS(colorDeclarations('light'))}
    /* Derived from the tokens above, so page CSS that sets only those still gets matching tints. */
    --ck-color-accent-soft: color-mix(in srgb, var(--ck-color-accent) 10%, var(--ck-color-surface));
    --ck-color-accent-text: var(--ck-color-accent);
    --ck-color-user-text: var(--ck-color-text);
    --ck-shadow: 0 1px 2px rgb(0 0 0 / 6%), 0 2px 8px rgb(0 0 0 / 6%);
    color-scheme: light;
  }

  :host([data-color-scheme='dark']) {
    ${unsafeCSS(colorDeclarations('dark'))}
    --ck-color-accent-soft: color-mix(in srgb, var(--ck-color-accent) 14%, var(--ck-color-surface));
    --ck-shadow: 0 1px 2px rgb(0 0 0 / 40%), 0 2px 8px rgb(0 0 0 / 30%);
    color-scheme: dark;
  }
`;

/** Shared rules for every internal element: box sizing, focus ring, visually hidden text. */
export const base = css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--ck-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    color: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

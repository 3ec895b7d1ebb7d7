import { css } from 'lit';

/**
 * Design tokens as CSS custom properties on `<chat-kit>`. Every public `--ck-*` property can be
 * set from page CSS (`chat-kit { --ck-color-accent: #0a7; }`): a rule in the page outranks
 * `:host`, so page CSS always wins over these defaults. Dark values apply when the element has
 * `data-color-scheme="dark"` (set from the `theme` attribute or option).
 */
export const tokens = css`
  :host {
    --ck-font-family: ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --ck-font-mono: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    --ck-font-size: 15px;
    --ck-line-height: 1.55;
    --ck-radius: 14px;
    --ck-radius-small: 8px;
    --ck-space: 8px;

    --ck-color-background: #ffffff;
    --ck-color-surface: #ffffff;
    --ck-color-surface-secondary: #f4f4f5;
    --ck-color-surface-tertiary: #e9e9ec;
    --ck-color-text: #18181b;
    --ck-color-text-secondary: #52525b;
    --ck-color-text-tertiary: #6b6b73;
    --ck-color-border: #e4e4e7;
    --ck-color-border-strong: #c4c4cc;
    --ck-color-accent: #2563eb;
    --ck-color-accent-contrast: #ffffff;
    --ck-color-user-bubble: #f0f0f2;
    --ck-color-user-text: var(--ck-color-text);
    --ck-color-danger: #b91c1c;
    --ck-color-danger-surface: #fef2f2;
    --ck-color-warning: #92400e;
    --ck-color-warning-surface: #fffbeb;
    --ck-color-info: #1e40af;
    --ck-color-info-surface: #eff6ff;
    --ck-color-focus: #2563eb;
    --ck-shadow: 0 1px 2px rgb(0 0 0 / 6%), 0 2px 8px rgb(0 0 0 / 6%);
    color-scheme: light;
  }

  :host([data-color-scheme='dark']) {
    --ck-color-background: #18181b;
    --ck-color-surface: #1f1f23;
    --ck-color-surface-secondary: #27272a;
    --ck-color-surface-tertiary: #323238;
    --ck-color-text: #f4f4f5;
    --ck-color-text-secondary: #b4b4bb;
    --ck-color-text-tertiary: #a1a1aa;
    --ck-color-border: #34343a;
    --ck-color-border-strong: #4a4a52;
    --ck-color-accent: #60a5fa;
    --ck-color-accent-contrast: #0b1220;
    --ck-color-user-bubble: #2c2c31;
    --ck-color-danger: #fca5a5;
    --ck-color-danger-surface: #3b1616;
    --ck-color-warning: #fcd34d;
    --ck-color-warning-surface: #3a2a0a;
    --ck-color-info: #93c5fd;
    --ck-color-info-surface: #172554;
    --ck-color-focus: #93c5fd;
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

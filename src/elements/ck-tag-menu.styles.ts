import { css } from 'lit';

/**
 * Styles of `<ck-tag-menu>`. The menu renders into its parent's shadow root (so the textbox's
 * `aria-controls`/`aria-activedescendant` can reference its options), so the parent adopts these.
 */
export const tagMenuStyles = css`
  ck-tag-menu {
    position: absolute;
    z-index: 10;
    display: block;
    min-width: 14rem;
    max-width: min(22rem, 100%);
    max-height: 16rem;
    overflow: auto;
    padding: 0.25rem;
    background: var(--ck-color-surface, #fff);
    color: var(--ck-color-text, #111);
    border: 1px solid var(--ck-color-border, #ddd);
    border-radius: var(--ck-radius, 8px);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.12);
  }
  ck-tag-menu[hidden] {
    display: none;
  }
  ck-tag-menu [role='listbox'] {
    margin: 0;
    padding: 0;
  }
  ck-tag-menu .heading {
    padding: 0.375rem 0.5rem 0.125rem;
    font-size: 0.75rem;
    font-weight: 600;
    color: var(--ck-color-text-secondary, #555);
  }
  ck-tag-menu [role='option'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.375rem 0.5rem;
    border-radius: calc(var(--ck-radius, 8px) - 2px);
    cursor: pointer;
  }
  ck-tag-menu [role='option'][aria-selected='true'] {
    background: var(--ck-color-surface-secondary, #eef);
  }
  ck-tag-menu .status {
    padding: 0.5rem;
    color: var(--ck-color-text-secondary, #555);
  }
`;

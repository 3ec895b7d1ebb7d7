import { css } from 'lit';
import { directionalIcons } from '../widgets/directional-icons.js';

/** Styles of `<ck-header>`. */
export const headerStyles = css`
  :host {
    display: flex;
    align-items: center;
    gap: 4px;
    min-height: 52px;
    padding: 8px 10px;
    border-bottom: 1px solid var(--ck-color-border);
  }
  .title {
    flex: 1;
    min-width: 0;
    margin: 0;
    padding-inline: 6px;
    overflow: hidden;
    font-size: 1em;
    font-weight: 600;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  button {
    display: inline-grid;
    flex: none;
    place-items: center;
    width: 36px;
    height: 36px;
    padding: 0;
    border: 0;
    border-radius: var(--ck-radius-small);
    background: transparent;
    color: var(--ck-color-text-secondary);
    cursor: pointer;
  }
  button:hover:not(:disabled),
  button[aria-expanded='true'] {
    background: var(--ck-color-surface-secondary);
    color: var(--ck-color-text);
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  /* The actions swap sides in right-to-left layouts, so glyphs that point (back, sidebars) mirror too. */
  :host(:dir(rtl)) .history[aria-expanded='true'] svg,
  :host(:dir(rtl)) svg.ck-icon:is(${directionalIcons}) {
    transform: scaleX(-1);
  }
`;

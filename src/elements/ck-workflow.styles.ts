import { css } from 'lit';

// Its own module so the elements that only spin do not carry the workflow's styles.
export { spinnerStyles } from './spinner.styles.js';

export const taskStyles = css`
  :host {
    display: block;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .task {
    display: grid;
    grid-template-columns: 1.25em minmax(0, 1fr);
    column-gap: 8px;
    align-items: start;
  }
  .task.standalone {
    grid-template-columns: minmax(0, 1fr);
  }
  .status {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    height: calc(var(--ck-line-height, 1.55) * 1em);
    color: var(--ck-color-text-tertiary);
  }
  .status.complete {
    color: var(--ck-color-text-secondary);
  }
  .dot {
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: var(--ck-color-border-strong);
  }
  .title {
    display: flex;
    align-items: center;
    gap: 6px;
    font-weight: 500;
    color: var(--ck-color-text);
  }
  .title .ck-icon {
    flex: none;
    color: var(--ck-color-text-secondary);
  }
  .content {
    color: var(--ck-color-text-secondary);
  }
  .content > :first-child {
    margin-top: 2px;
  }
  .content > :last-child {
    margin-bottom: 0;
  }
  .thought .content {
    color: var(--ck-color-text-tertiary);
    font-size: 0.95em;
  }
  .chips,
  .links,
  .files {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.88em;
  }
  .chips li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    max-width: 100%;
    padding: 1px 8px;
    border-radius: var(--ck-radius-control);
    background: var(--ck-color-surface-secondary);
    color: var(--ck-color-text-secondary);
  }
  .links {
    flex-direction: column;
    /* A wrapping column sizes its line to the longest link instead of the task's width. */
    flex-wrap: nowrap;
    gap: 2px;
  }
  .links li {
    min-width: 0;
  }
  .links a {
    display: inline-flex;
    gap: 6px;
    max-width: 100%;
    color: var(--ck-color-text-secondary);
    text-decoration: none;
  }
  .links a:hover .link-title {
    text-decoration: underline;
  }
  .link-title {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--ck-color-text);
  }
  .domain {
    flex: none;
    color: var(--ck-color-text-tertiary);
  }
  .files li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    max-width: 100%;
    padding: 2px 8px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-small);
    color: var(--ck-color-text-secondary);
  }
  .files span {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
`;

export const workflowStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .workflow {
    border-radius: var(--ck-radius-small);
  }
  .header {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    max-width: 100%;
    margin: 0;
    padding: 4px 6px;
    margin-inline-start: -6px;
    border: 0;
    border-radius: var(--ck-radius-small);
    background: transparent;
    color: var(--ck-color-text-secondary);
    cursor: pointer;
    text-align: start;
  }
  .header:hover {
    color: var(--ck-color-text);
    background: var(--ck-color-surface-secondary);
  }
  .header .label {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .chevron {
    flex: none;
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) [aria-expanded='false'] .chevron {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  .body {
    margin: 4px 0 0;
    padding-block: 2px;
    padding-inline: 14px 0;
    border-inline-start: 2px solid var(--ck-color-border);
  }
  .body[hidden] {
    display: none;
  }
  .tasks {
    display: flex;
    flex-direction: column;
    gap: 10px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

import { css } from 'lit';

export const messageStyles = css`
  :host {
    display: block;
    contain: content;
  }
  .user {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
  }
  .bubble {
    max-width: min(85%, 38em);
    padding: 9px 14px;
    border-radius: var(--ck-radius);
    background: var(--ck-color-user-bubble);
    color: var(--ck-color-user-text);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .attachments {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 6px;
    max-width: min(85%, 38em);
    margin: 0 0 6px;
    padding: 0;
    list-style: none;
  }
  .attachments img {
    display: block;
    width: 72px;
    height: 72px;
    object-fit: cover;
    border-radius: var(--ck-radius-small);
    border: 1px solid var(--ck-color-border);
  }
  .attachments .file {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 6px 10px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-small);
    color: var(--ck-color-text-secondary);
    font-size: 0.9em;
  }
  .quote {
    max-width: min(85%, 38em);
    margin: 0 0 4px;
    padding: 2px 10px;
    border-inline-start: 3px solid var(--ck-color-border-strong);
    color: var(--ck-color-text-secondary);
    font-size: 0.92em;
    white-space: pre-wrap;
  }
  .tag {
    display: inline-block;
    padding: 0 6px;
    border-radius: 6px;
    background: color-mix(in srgb, var(--ck-color-accent) 14%, transparent);
    color: var(--ck-color-text);
    font-weight: 500;
    white-space: nowrap;
  }
  button.tag {
    border: 0;
    font: inherit;
    cursor: pointer;
    text-decoration: underline dotted;
    text-underline-offset: 3px;
  }
  button.tag:hover {
    background: color-mix(in srgb, var(--ck-color-accent) 24%, transparent);
  }
  .assistant {
    overflow-wrap: anywhere;
  }
  .assistant.pending .part:last-of-type::after {
    content: '';
    display: inline-block;
    width: 0.55em;
    height: 0.55em;
    margin-inline-start: 4px;
    border-radius: 50%;
    background: var(--ck-color-text-tertiary);
    vertical-align: middle;
    animation: ck-pulse 1s ease-in-out infinite;
  }
  @keyframes ck-pulse {
    50% {
      opacity: 0.25;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .assistant.pending .part:last-of-type::after {
      animation: none;
    }
  }
  .sources-block {
    margin-top: 8px;
    font-size: 0.85em;
  }
  .sources-toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 3px 10px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius-control);
    background: transparent;
    color: var(--ck-color-text-secondary);
    cursor: pointer;
  }
  .sources-toggle:hover {
    color: var(--ck-color-text);
    border-color: var(--ck-color-border-strong);
  }
  .sources {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin: 6px 0 0;
    padding: 0;
    list-style: none;
  }
  .sources[hidden] {
    display: none;
  }
  .sources li {
    min-width: 0;
  }
  .sources a,
  .sources .source {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    max-width: 100%;
    padding: 3px 6px;
    border: 0;
    border-radius: var(--ck-radius-small);
    background: transparent;
    color: var(--ck-color-text-secondary);
    text-decoration: none;
    text-align: start;
  }
  .sources button.source {
    cursor: pointer;
    font: inherit;
  }
  .sources .ck-icon {
    flex: none;
  }
  .source-title {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--ck-color-text);
  }
  .domain {
    flex: none;
    color: var(--ck-color-text-tertiary);
  }
  .sources a:hover,
  .sources button.source:hover {
    background: var(--ck-color-surface-secondary);
  }
  .sources a:hover .source-title {
    text-decoration: underline;
  }
  .tool {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0;
    color: var(--ck-color-text-tertiary);
    font-size: 0.9em;
  }
  .tool .ck-icon {
    flex: none;
  }
  .tool.failed {
    color: var(--ck-color-danger);
  }
  .answers {
    padding: 10px 14px;
    border: 1px solid var(--ck-color-border);
    border-radius: var(--ck-radius);
    font-size: 0.92em;
  }
  .answers-note {
    margin: 0 0 6px;
    color: var(--ck-color-text-tertiary);
  }
  .answers dl {
    display: flex;
    flex-direction: column;
    gap: 6px;
    margin: 0;
  }
  .answers dt {
    color: var(--ck-color-text-secondary);
  }
  .answers dd {
    margin: 0;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .answers dd.skipped {
    font-weight: normal;
    font-style: italic;
    color: var(--ck-color-text-tertiary);
  }
`;

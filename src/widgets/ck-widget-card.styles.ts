import { css } from 'lit';

/**
 * Card: the element sizes the card (`data-size`), an inner surface draws it. Also the status line
 * shared with ListView (`.ck-w-status`).
 */
export const cardCss = css`
  ck-widget-card {
    display: block;
    inline-size: 100%;
    max-inline-size: 440px;
    color: var(--ck-w-text-prose);
  }
  ck-widget-card[data-size='sm'] {
    max-inline-size: 340px;
  }
  ck-widget-card[data-size='lg'] {
    max-inline-size: 560px;
  }
  ck-widget-card[data-size='full'] {
    max-inline-size: none;
  }

  .ck-w-card__surface {
    --ck-w-card-padding: calc(var(--ck-w-spacing-unit) * 4);
    /* What flush children (Divider, Image) bleed over; the node's padding overrides them inline. */
    --ck-w-flush-top: var(--ck-w-card-padding);
    --ck-w-flush-right: var(--ck-w-card-padding);
    --ck-w-flush-bottom: var(--ck-w-card-padding);
    --ck-w-flush-left: var(--ck-w-card-padding);
    display: flex;
    flex-direction: column;
    gap: calc(var(--ck-w-spacing-unit) * 3);
    box-sizing: border-box;
    padding: var(--ck-w-card-padding);
    overflow: hidden;
    border: 1px solid var(--ck-w-border-subtle);
    border-radius: var(--ck-w-radius-2xl);
    background: var(--ck-w-surface-elevated);
    box-shadow: var(--ck-w-shadow);
  }
  .ck-w-card__body {
    display: flex;
    flex-direction: column;
    gap: inherit;
    min-width: 0;
    margin: 0;
  }
  .ck-w-card__body[hidden] {
    display: none;
  }

  .ck-w-card__footer {
    display: flex;
    gap: calc(var(--ck-w-spacing-unit) * 2);
  }
  .ck-w-card__action {
    display: inline-flex;
    flex: 1 1 0;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-width: 0;
    min-height: var(--ck-w-control-md-height);
    padding: 0 var(--ck-w-control-md-padding);
    border: 1px solid var(--ck-w-control-secondary-outline-border);
    border-radius: var(--ck-w-radius-full);
    background: transparent;
    color: var(--ck-w-control-secondary-outline-text);
    font: inherit;
    font-size: var(--ck-w-control-md-font-size);
    font-weight: var(--ck-w-font-weight-medium);
    cursor: pointer;
  }
  .ck-w-card__action[data-binding='confirm'] {
    border-color: var(--ck-w-control-primary-solid-bg);
    background: var(--ck-w-control-primary-solid-bg);
    color: var(--ck-w-control-primary-solid-text);
  }
  .ck-w-card__action:hover {
    background: var(--ck-w-control-secondary-soft-bg);
  }
  .ck-w-card__action[data-binding='confirm']:hover {
    background: color-mix(in srgb, var(--ck-w-control-primary-solid-bg) 88%, #000000);
  }
  .ck-w-card__action[aria-busy='true'] {
    cursor: progress;
  }
  .ck-w-card__action:focus-visible,
  .ck-w-card__toggle:focus-visible {
    outline: 2px solid var(--ck-w-focus);
    outline-offset: 2px;
  }
  .ck-w-card__spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: ck-w-card-spin 0.7s linear infinite;
  }
  @keyframes ck-w-card-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .ck-w-card__spinner {
      animation: none;
    }
  }

  .ck-w-card__toggle {
    align-self: flex-start;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--ck-w-text-secondary);
    font: inherit;
    font-size: var(--ck-w-text-sm-font-size);
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
  }

  .ck-w-status {
    display: flex;
    align-items: center;
    gap: 6px;
    margin-block-end: 6px;
    padding-inline: 2px;
    color: var(--ck-w-text-secondary);
    font-size: var(--ck-w-text-sm-font-size);
    line-height: var(--ck-w-text-sm-line-height);
  }
  .ck-w-status__icon {
    display: inline-flex;
    flex: none;
    font-size: var(--ck-w-icon-md);
  }
  .ck-w-status__favicon {
    flex: none;
    inline-size: 16px;
    block-size: 16px;
    object-fit: contain;
  }
  .ck-w-status__favicon[data-frame] {
    box-sizing: content-box;
    padding: 2px;
    border: 1px solid var(--ck-w-border-default);
    border-radius: var(--ck-w-radius-xs);
    background: var(--ck-w-surface);
  }
  .ck-w-status__text {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;

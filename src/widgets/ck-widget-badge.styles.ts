import { css } from 'lit';
import { controlColorCss } from './ck-widget-button.styles.js';

const BADGE_COLORS = ['secondary', 'success', 'danger', 'warning', 'info', 'discovery'] as const;

/**
 * Badge: the element is the badge, painted from the same control tokens as Button (solid, soft,
 * outline) so the two always match; sizes step with the caption scale.
 */
export const badgeCss = [
  controlColorCss('ck-widget-badge', BADGE_COLORS),
  css`
    ck-widget-badge {
      --_bg: var(--_soft-bg);
      --_fg: var(--_soft-fg);
      --_border: transparent;
      display: inline-flex;
      flex: none;
      align-items: center;
      box-sizing: border-box;
      width: fit-content;
      max-width: 100%;
      min-height: 22px;
      padding: 0 calc(var(--ck-w-spacing-unit) * 2);
      border: 1px solid var(--_border);
      border-radius: var(--ck-w-radius-sm);
      background: var(--_bg);
      color: var(--_fg);
      font-size: var(--ck-w-caption-md-font-size);
      font-weight: var(--ck-w-font-weight-medium);
      line-height: 1.2;
      white-space: nowrap;
      vertical-align: middle;
    }
    ck-widget-badge[data-variant='solid'] {
      --_bg: var(--_solid-bg);
      --_fg: var(--_solid-fg);
    }
    ck-widget-badge[data-variant='outline'] {
      --_bg: transparent;
      --_fg: var(--_outline-fg);
      --_border: var(--_outline-border);
    }
    ck-widget-badge[data-size='sm'] {
      min-height: 18px;
      padding: 0 calc(var(--ck-w-spacing-unit) * 1.5);
      font-size: var(--ck-w-caption-sm-font-size);
    }
    ck-widget-badge[data-size='lg'] {
      min-height: 26px;
      padding: 0 calc(var(--ck-w-spacing-unit) * 2.5);
      font-size: var(--ck-w-caption-lg-font-size);
    }
    ck-widget-badge[data-pill] {
      border-radius: var(--ck-w-radius-full);
    }
    .ck-w-badge__label {
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
    }
  `,
];

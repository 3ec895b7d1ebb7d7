import { css } from 'lit';

/**
 * Image: the element is the box and clips; the `<img>` (or the placeholder) fills it. Without a
 * height the image keeps its own proportions. `flush` cancels the padding a container publishes
 * as `--ck-w-flush-left/right` (the Card, or a padded Box), and the Card's padding above or below
 * when the image is the first or last thing in the card body.
 */
export const imageCss = css`
  ck-widget-image {
    --_frame: 0px;
    display: block;
    position: relative;
    min-width: 0;
    max-width: 100%;
    overflow: hidden;
  }
  ck-widget-image[data-sized] {
    flex-shrink: 0;
  }
  ck-widget-image[data-frame] {
    --_frame: calc(var(--ck-w-spacing-unit) * 1);
    padding: var(--_frame);
    border: 1px solid var(--ck-w-border-subtle);
    border-radius: var(--ck-w-radius-lg);
    background: var(--ck-w-surface-secondary);
  }
  ck-widget-image[data-flush] {
    max-width: none;
    /* The container pads by the widget's physical sides (\`padding.left\`), so the bleed must use the same sides. */
    margin-left: calc(-1 * var(--ck-w-flush-left, 0px)); /* physical: cancels padding-left */
    margin-right: calc(-1 * var(--ck-w-flush-right, 0px)); /* physical: cancels padding-right */
  }
  .ck-w-card__body > ck-widget-image[data-flush]:first-child {
    margin-top: calc(-1 * var(--ck-w-flush-top, 0px));
  }
  .ck-w-card__body > ck-widget-image[data-flush]:last-child {
    margin-bottom: calc(-1 * var(--ck-w-flush-bottom, 0px));
  }

  .ck-w-image__img,
  .ck-w-image__placeholder {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    /* Inside a frame the corners follow the frame's, less its inset. */
    border-radius: max(0px, calc(var(--ck-w-image-radius, 0px) - var(--_frame)));
  }
  ck-widget-image[data-frame] > :is(.ck-w-image__img, .ck-w-image__placeholder) {
    border-radius: max(var(--ck-w-radius-xs), calc(var(--ck-w-image-radius, 0px) - var(--_frame)));
  }
  .ck-w-image__img {
    object-fit: var(--ck-w-image-fit, cover);
    object-position: var(--ck-w-image-position, center);
  }
  .ck-w-image__placeholder {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 4px;
    padding: 6px;
    overflow: hidden;
    background: var(--ck-w-surface-tertiary);
    color: var(--ck-w-text-secondary);
    font-size: var(--ck-w-text-xs-font-size);
    line-height: var(--ck-w-text-xs-line-height);
    text-align: center;
  }
  /* Without a set size, a missing image still takes a visible, quiet space. */
  ck-widget-image:not([data-sized]) > .ck-w-image__placeholder {
    min-block-size: 96px;
  }
  .ck-w-image__placeholder > svg {
    flex: none;
    inline-size: 20px;
    block-size: 20px;
  }
  .ck-w-image__alt {
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;

import { css } from 'lit';

/** A small ring spinner (`<span class="spinner">`), shared by the item elements. */
export const spinnerStyles = css`
  .spinner {
    display: inline-block;
    flex: none;
    width: 0.95em;
    height: 0.95em;
    border: 2px solid color-mix(in srgb, currentColor 25%, transparent);
    border-top-color: currentColor;
    border-radius: 50%;
    animation: ck-spin 0.8s linear infinite;
  }
  @keyframes ck-spin {
    to {
      transform: rotate(360deg);
    }
  }
  /* A still ring still reads as "busy" (the status text says so too); a spinning one can make people sick. */
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;

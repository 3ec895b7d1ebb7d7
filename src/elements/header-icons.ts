import type { SVGTemplateResult } from 'lit';
import { HEADER_ICON_NAMES, iconSvg } from '../widgets/icon-set.js';

/**
 * The 46 ChatKit JS `HeaderIcon` names (`header.leftAction.icon` / `rightAction.icon`).
 *
 * The drawings live in the shared icon set (`widgets/icon-set.ts`), which the bundle ships
 * anyway for widgets; a second copy here would only add bytes.
 */
export const HEADER_ICONS: readonly string[] = HEADER_ICON_NAMES;

/**
 * A decorative 20 px line icon for a header button. Any name of the shared icon set is drawn
 * (apps sometimes pass a widget icon such as `search`); an unknown one gets the set's neutral
 * glyph, marked `data-icon-fallback`, and never throws.
 */
export function headerIcon(name: string): SVGTemplateResult {
  return iconSvg(name, { size: 20 });
}

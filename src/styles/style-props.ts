import { noChange } from 'lit';
import type { AttributePart } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

/** CSS properties (dash-case, camelCase or `--custom`) → values; `null`/`undefined` removes one. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

const dashCase = (name: string): string => (name.includes('-') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));

/**
 * Like Lit's `styleMap`, but always through the CSSOM (`style.setProperty`): `styleMap` writes
 * its first render as a `style` attribute, which a Content-Security-Policy without
 * `'unsafe-inline'` in `style-src` refuses, so colours, gaps and positions would be lost there.
 */
class StylePropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    // Lit gives `strings` only when the attribute has static text around the binding, which this
    // directive would never write.
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || partInfo.strings !== undefined) {
      throw new Error('styleProps() must be the whole value of a style attribute');
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- Lit types the directive's arguments from `render`; the work is in `update`
  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      const property = dashCase(name);
      next.add(property);
      style.setProperty(property, String(value));
    }
    for (const property of this.applied) if (!next.has(property)) style.removeProperty(property);
    this.applied = next;
    return noChange;
  }
}

/**
 * Binds inline styles without ever writing a `style` attribute: `style=${styleProps({...})}`.
 * Works under a strict `style-src` (no `'unsafe-inline'`).
 */
export const styleProps = directive(StylePropsDirective);

import { nothing, type ChildPart } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { ChunkErrorEvent } from './lazy-chunk.js';

/** Drawings that may still be in a lazy chunk (the full icon set, the chrome's other glyphs). */
export interface GlyphSource {
  /** The shapes for `name` when its drawing is loaded, else `undefined`. */
  get(name: string): unknown;
  /** Loads the drawings once; rejects when offline (the next call retries). */
  load(): Promise<void>;
  /** What stands in when the drawings could not be loaded. */
  readonly fallback: unknown;
}

/** Failures already reported: every waiting glyph sees the same error, `<chat-kit>` hears it once. */
const reported = new WeakSet();

/**
 * The shapes inside an icon's `<svg>` whose drawing is still in a lazy chunk: the (correctly
 * sized) box renders at once and the shapes when the chunk is in, so nothing moves. If the chunk
 * cannot be loaded, the source's fallback stands in and `chatkit.error` is fired.
 */
class LazyGlyph extends AsyncDirective {
  private svg: Element | null = null;
  private source: GlyphSource | null = null;
  private name = '';

  override update(part: ChildPart, [source, name]: [GlyphSource, string]): unknown {
    this.svg = part.parentNode instanceof Element ? part.parentNode : null;
    return this.render(source, name);
  }

  render(source: GlyphSource, name: string): unknown {
    this.source = source;
    this.name = name;
    const glyph = source.get(name);
    if (glyph !== undefined) return glyph;
    const current = (): boolean => this.isConnected && this.source === source && this.name === name;
    source.load().then(
      () => {
        if (current()) this.setValue(source.get(name) ?? source.fallback);
      },
      (error: unknown) => {
        if (current()) this.setValue(source.fallback);
        const key = typeof error === 'object' && error !== null ? error : source;
        if (reported.has(key) || !this.svg) return;
        reported.add(key);
        this.svg.dispatchEvent(new ChunkErrorEvent(error));
      },
    );
    return nothing;
  }

  /** The drawings may have arrived while the icon was detached. */
  protected override reconnected(): void {
    const glyph = this.source?.get(this.name);
    if (glyph !== undefined) this.setValue(glyph);
  }
}

/** `${lazyGlyph(source, name)}` inside an `<svg>`: its shapes, now or once loaded. */
export const lazyGlyph = directive(LazyGlyph);

/**
 * Lazy syntax highlighting for fenced code blocks. The grammars live in a chunk of their own
 * (`highlight.ts`), imported the first time a code block in a known language renders; until it
 * arrives, and while a block is still streaming, the code shows as plain text. Tokens become
 * Lit templates with text bindings only, so code can never become markup.
 */
import { html, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { CodeBlock } from '../ast.js';
import type { LanguageId } from './languages.js';
import type { Token } from './types.js';

/** What the highlighter chunk provides. */
export interface Highlighter {
  /** Splits `code` into tokens whose texts concatenate to exactly `code`. */
  highlight(code: string, language: LanguageId): readonly Token[];
}

/** Loads the {@link Highlighter}. */
export type HighlighterLoader = () => Promise<Highlighter>;

type Rendered = readonly (string | TemplateResult)[];

const importChunk: HighlighterLoader = () => import('./highlight.js');

/**
 * Longer code stays plain: every token is a DOM node or two, and past this size colour is not
 * worth the memory and layout time.
 */
export const MAX_HIGHLIGHT_LENGTH = 200_000;

let loader = importChunk;
let loaded: Highlighter | null = null;
let loading: Promise<Highlighter> | null = null;
/**
 * The rendered tokens per block. Finished blocks keep their identity across incremental
 * updates, so each is tokenized once, however often and wherever it is rendered.
 */
let rendered = new WeakMap<CodeBlock, Rendered>();
/**
 * The last block tokenized, by content: when a streamed block's closing fence arrives, the
 * open tail is first closed on a copy and then for good (a new object with the same code),
 * and this spares the second tokenization.
 */
let last: { language: LanguageId; code: string; result: Rendered } | null = null;

/**
 * Loads the highlighter chunk once for every code block; a failed load (offline, a blocked
 * chunk) is retried by the next block that needs it.
 * @returns the highlighter, once loaded
 */
export function loadHighlighter(): Promise<Highlighter> {
  const current = loader;
  loading ??= current().then(
    (highlighter) => {
      if (loader === current) loaded = highlighter;
      return highlighter;
    },
    (error: unknown) => {
      if (loader === current) loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Replaces how the highlighter is loaded (`null`: the built-in chunk) and forgets the loaded
 * one and every cached block. For tests and for apps that bring their own tokenizer.
 */
export function setHighlighterLoader(next: HighlighterLoader | null): void {
  loader = next ?? importChunk;
  loaded = null;
  loading = null;
  rendered = new WeakMap();
  last = null;
}

/** A token as a template: plain text as a text node, anything else in a `tok-<kind>` span. */
function renderToken(token: Token): string | TemplateResult {
  return token.kind === 'plain' ? token.text : html`<span class="tok-${token.kind}">${token.text}</span>`;
}

function highlighted(highlighter: Highlighter, block: CodeBlock, language: LanguageId): Rendered {
  let result = rendered.get(block);
  if (!result) {
    const code = block.value;
    result = last?.language === language && last.code === code ? last.result : highlighter.highlight(code, language).map(renderToken);
    rendered.set(block, result);
    last = { language, code, result };
  }
  return result;
}

/** Whether a block gets colour at all (streaming and huge blocks stay plain). */
function wantsColour(block: CodeBlock): boolean {
  return !block.open && block.value.length <= MAX_HIGHLIGHT_LENGTH;
}

class HighlightDirective extends AsyncDirective {
  /** The block waiting for the chunk. */
  private waiting: { block: CodeBlock; language: LanguageId } | null = null;

  render(block: CodeBlock, language: LanguageId | null): unknown {
    this.waiting = null;
    if (language === null) return block.value;
    if (loaded) return wantsColour(block) ? highlighted(loaded, block, language) : block.value;
    // Load as soon as a block in a known language appears, so the chunk is usually there by
    // the time a streaming block closes.
    const ready = loadHighlighter();
    if (wantsColour(block)) this.waiting = { block, language };
    ready.then(
      () => {
        this.flush();
      },
      () => {
        // The code stays plain; the next block retries the load.
        this.waiting = null;
      },
    );
    return block.value;
  }

  /** Swaps the plain text for the tokens once the chunk is here (and the part is on screen). */
  private flush(): void {
    const waiting = this.waiting;
    if (!waiting || !loaded || !this.isConnected) return;
    this.waiting = null;
    this.setValue(highlighted(loaded, waiting.block, waiting.language));
  }

  protected override reconnected(): void {
    this.flush();
  }
}

/**
 * The content of a code block's `<code>`: plain text at first, the highlighted tokens once
 * the highlighter chunk has loaded. A block that is still open (streaming), in an unknown
 * language, or longer than {@link MAX_HIGHLIGHT_LENGTH} stays plain.
 */
export const highlightCode = directive(HighlightDirective);

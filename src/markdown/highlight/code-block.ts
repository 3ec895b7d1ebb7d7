/**
 * A fenced code block: a header with the language and a Copy button above the (lazily
 * highlighted) code.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CodeBlock } from '../ast.js';
import { languageOf } from './languages.js';
import { highlightCode } from './lazy.js';

/** The words of a code block's controls. */
export interface CodeBlockStrings {
  /** The Copy button. */
  copyCode: string;
  /** The Copy button right after a successful copy. */
  codeCopied: string;
  /** The Copy button after the clipboard refused. */
  copyCodeFailed: string;
}

/** English defaults of {@link CodeBlockStrings}. */
export const DEFAULT_CODE_BLOCK_STRINGS: CodeBlockStrings = {
  copyCode: 'Copy',
  codeCopied: 'Copied',
  copyCodeFailed: 'Copy failed',
};

/** How long "Copied" stays before the button reads "Copy" again. */
const FEEDBACK_MS = 2000;
const feedbackTimers = new WeakMap<HTMLButtonElement, ReturnType<typeof setTimeout>>();

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Shows one of the button's labels. The labels are static spans toggled with `hidden` (which
 * the template does not bind), so Lit's parts stay untouched and the state needs no re-render.
 */
function showState(button: HTMLButtonElement, state: CopyState): void {
  for (const label of button.querySelectorAll<HTMLElement>('[data-label]')) label.hidden = label.dataset['label'] !== state;
  clearTimeout(feedbackTimers.get(button));
  if (state !== 'idle') {
    feedbackTimers.set(
      button,
      setTimeout(() => {
        showState(button, 'idle');
      }, FEEDBACK_MS),
    );
  }
}

async function copy(event: Event, text: string): Promise<void> {
  const button = event.currentTarget;
  if (!(button instanceof HTMLButtonElement)) return;
  try {
    await navigator.clipboard.writeText(text);
    showState(button, 'copied');
  } catch {
    showState(button, 'failed');
  }
}

/**
 * Renders a code block. Only a plain token of the info string's language becomes the label and
 * the `language-<lang>` class; the code itself is text (or highlighted text spans).
 */
export function renderCodeBlock(block: CodeBlock, strings: CodeBlockStrings): TemplateResult {
  const lang = block.lang?.replace(/[^\w+#.-]/g, '') ?? '';
  return html`<div class="md-code-block">
    <div class="md-code-header">
      ${lang ? html`<span class="md-code-lang">${lang}</span>` : nothing}
      <button type="button" class="md-code-copy" aria-live="polite" @click=${(event: Event) => void copy(event, block.value)}>
        <span data-label="idle">${strings.copyCode}</span><span data-label="copied" hidden>${strings.codeCopied}</span
        ><span data-label="failed" hidden>${strings.copyCodeFailed}</span>
      </button>
    </div>
    <pre class="md-code ${block.open ? 'md-open' : ''}"><code class=${lang ? `language-${lang}` : nothing}>${highlightCode(block, languageOf(lang))}</code></pre>
  </div>`;
}

import type { Catalogue } from '../i18n/index.js';
import type { MarkdownStrings } from '../markdown/index.js';

/** One object per catalogue: the Markdown renderer caches templates by these strings' identity. */
const byCatalogue = new WeakMap<Catalogue, MarkdownStrings>();

/** The words the Markdown renderer puts on code blocks (Copy / Copied / Copy failed), localised. */
export function markdownStrings(strings: Catalogue): MarkdownStrings {
  let words = byCatalogue.get(strings);
  if (!words) {
    words = { copyCode: strings.itemCopy, codeCopied: strings.itemCopied, copyCodeFailed: strings.itemCopyFailed };
    byCatalogue.set(strings, words);
  }
  return words;
}

/** File picking for the composer: eager, because a picker only opens during the user's click. */

/** `composer.attachments.accept` as an `<input accept>` value (MIME types and extensions). */
export function acceptString(accept: Record<string, string[]> | undefined): string {
  if (!accept) return '';
  return Object.entries(accept)
    .flatMap(([mime, extensions]) => [mime, ...extensions.map((ext) => (ext.startsWith('.') ? ext : `.${ext}`))])
    .join(',');
}

/**
 * Opens the system file picker; resolves with the chosen files (`[]` when cancelled). Call it from
 * a click handler: browsers only open pickers during user activation.
 */
export function pickFiles(accept = ''): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    if (accept) input.accept = accept;
    input.addEventListener('change', () => { resolve(input.files ? [...input.files] : []); }, { once: true });
    input.addEventListener('cancel', () => { resolve([]); }, { once: true });
    input.click();
  });
}

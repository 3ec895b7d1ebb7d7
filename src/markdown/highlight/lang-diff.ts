/** Unified and context diffs, line by line. */
import { Scanner } from './scanner.js';
import type { Token, TokenKind } from './types.js';

/** The kind of a diff line, from its first characters. */
function lineKind(line: string): TokenKind {
  if (line.startsWith('@@')) return 'keyword';
  if (/^(?:\+\+\+|---)(?: |$)|^(?:diff|index|new file|deleted file|similarity|rename|old mode|new mode|\*\*\*) /.test(line)) return 'comment';
  switch (line.charAt(0)) {
    case '+':
    case '>':
      return 'inserted';
    case '-':
    case '<':
      return 'deleted';
    case '!':
      return 'variable';
    default:
      return 'plain';
  }
}

/** Tokenizes a diff: added lines, removed lines, hunk headers, file headers. */
export function tokenizeDiff(code: string): Token[] {
  const s = new Scanner(code);
  while (!s.done) {
    const end = s.lineEnd();
    // Only the line's first characters decide its kind.
    s.emitTo(lineKind(s.src.slice(s.pos, Math.min(end, s.pos + 16))), end);
    if (s.peek() === '\n') s.emit('plain', 1);
  }
  return s.tokens;
}

/**
 * POSIX shells (sh, bash, zsh): the first word of each command is coloured as a command, then
 * options, variables (also inside double quotes), quoting, here-documents and operators.
 */
import { words } from './code.js';
import { Scanner } from './scanner.js';
import type { Token } from './types.js';

const KEYWORDS = words('if then else elif fi for while until do done case esac in function select return break continue local export readonly declare typeset unset shift source alias');
/** After these keywords a new command starts. */
const COMMAND_AFTER = words('then else elif do if while until time !');

const BLANKS = /[ \t]+/y;
const WORD = /[^\s'"`$;&|<>(){}\\#=]+/y;
const ASSIGNMENT = /[A-Za-z_]\w*(?==)/y;
const VARIABLE = /\$(?:[A-Za-z_]\w*|[0-9@#?$!*-]|\{[^}\n]*\}?)/y;
const OPTION = /--?[\w-]+/y;
const NUMBER = /\d+(?=[\s;|&)<>]|$)/y;
const OPERATOR = /&&|\|\||;;|[|&;]|\d*>>?&?\d*-?|<<<|<>?|=/y;
const HEREDOC = /<<(-?)[ \t]*(['"]?)([\w-]+)\2/y;
const HEREDOC_WORD = /['"]?[\w-]+['"]?/y;
const PROMPT = /\$[ \t]/y;
/** A `#` starts a comment only at the start of a word. */
const COMMENT_AFTER = /[\s;|&(]/;

interface Heredoc {
  word: string;
  /** `<<-`: the terminator may be indented with tabs. */
  dash: boolean;
}

/** Emits a double-quoted string, with the variables inside it as variables. */
function doubleQuoted(s: Scanner): void {
  const src = s.src;
  s.emit('string', 1);
  let i = s.pos;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '"') {
      s.emitTo('string', i + 1);
      return;
    } else if (c === '$' && s.match(VARIABLE, i) > 0) {
      s.emitTo('string', i);
      s.take('variable', VARIABLE);
      i = s.pos;
    } else {
      i++;
    }
  }
  s.emitTo('string', src.length);
}

/** Emits the bodies of pending here-documents, starting at a line start. */
function heredocBodies(s: Scanner, pending: Heredoc[]): void {
  for (const doc of pending.splice(0)) {
    let lineStart = s.pos;
    while (lineStart < s.src.length) {
      const end = s.lineEnd(lineStart);
      const line = s.src.slice(lineStart, end);
      const next = Math.min(s.src.length, end + 1);
      if ((doc.dash ? line.replace(/^\t+/, '') : line) === doc.word) {
        s.emitTo('string', end);
        break;
      }
      lineStart = next;
    }
    if (lineStart >= s.src.length) s.emitTo('string', s.src.length);
    if (s.peek() === '\n') s.emit('plain', 1);
  }
}

/** Tokenizes a shell script or a terminal session (`$ ` prompts). */
export function tokenizeShell(code: string): Token[] {
  const s = new Scanner(code);
  const pending: Heredoc[] = [];
  let command = true;
  let lineStart = true;
  /** After `NAME=value`, the next word is still in command position. */
  let commandAfterValue = false;

  while (!s.done) {
    const c = s.peek();
    if (c === '\n') {
      s.emit('plain', 1);
      command = true;
      lineStart = true;
      commandAfterValue = false;
      if (pending.length > 0) heredocBodies(s, pending);
      continue;
    }
    if (s.take('plain', BLANKS)) {
      if (commandAfterValue) command = true;
      commandAfterValue = false;
      continue;
    }
    const wasLineStart = lineStart;
    lineStart = false;

    if (c === '#' && (s.pos === 0 || COMMENT_AFTER.test(s.src.charAt(s.pos - 1)))) {
      s.restOfLine('comment');
    } else if (wasLineStart && s.take('punctuation', PROMPT)) {
      lineStart = true;
    } else if (c === "'") {
      s.quoted('string', "'", "'", false, true);
      command = false;
    } else if (c === '"') {
      doubleQuoted(s);
      command = false;
    } else if (c === '$' && s.at("$'")) {
      s.quoted('string', "$'", "'", true, true);
      command = false;
    } else if (c === '$' && s.at('$(')) {
      s.emit('punctuation', s.at('$((') ? 3 : 2);
      command = true;
    } else if (c === '$' && s.take('variable', VARIABLE)) {
      command = false;
    } else if (c === '\\') {
      s.emit('plain', 2);
    } else if (c === '<' && s.match(HEREDOC) > 0) {
      const match = s.exec(HEREDOC);
      s.emit('operator', 2 + (match?.[1]?.length ?? 0));
      s.take('plain', BLANKS);
      s.take('string', HEREDOC_WORD);
      if (match?.[3]) pending.push({ word: match[3], dash: match[1] === '-' });
    } else if (s.take('variable', ASSIGNMENT)) {
      s.emit('operator', 1);
      commandAfterValue = command;
      command = false;
    } else if (s.match(OPERATOR) > 0) {
      const op = s.text(s.match(OPERATOR));
      s.emit('operator', op.length);
      command = op !== '=' && !op.includes('>') && !op.includes('<');
    } else if (c === '(' || c === ')' || c === '{' || c === '}' || c === '`' || c === '[' || c === ']') {
      s.emit('punctuation', 1);
      command = c === '(' || c === '{' || c === '`';
    } else if (s.take('attr', OPTION)) {
      command = false;
    } else if (s.take('number', NUMBER)) {
      command = false;
    } else {
      const word = s.text(s.match(WORD));
      if (word === '') {
        s.other();
        continue;
      }
      const keyword = KEYWORDS.has(word);
      s.emit(keyword ? 'keyword' : command ? 'function' : 'plain', word.length);
      command = keyword && COMMAND_AFTER.has(word);
    }
  }
  return s.tokens;
}

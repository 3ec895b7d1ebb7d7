/**
 * The brace languages that need little beyond the shared engine: C, C++, Java, Go and Rust.
 * Each hook handles the language's own literals (raw strings, runes, lifetimes) and markers
 * (preprocessor lines, annotations, attributes, macros).
 */
import { tokenizeCode, words, type CodeSpec } from './code.js';
import type { Scanner } from './scanner.js';
import type { Token } from './types.js';

const C_KEYWORDS =
  'auto break case const continue default do else enum extern for goto if inline register restrict return sizeof static struct switch typedef union volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic _Noreturn _Static_assert _Thread_local';
const CPP_KEYWORDS =
  'alignas alignof and and_eq asm bitand bitor catch class compl concept consteval constexpr constinit const_cast co_await co_return co_yield decltype delete dynamic_cast explicit export final friend mutable namespace new noexcept not not_eq operator or or_eq override private protected public reinterpret_cast requires static_assert static_cast template this thread_local throw try typeid typename using virtual xor xor_eq';
const C_TYPES =
  'void char short int long float double signed unsigned bool size_t ssize_t ptrdiff_t intptr_t uintptr_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t wchar_t FILE';
const CPP_TYPES = 'char8_t char16_t char32_t string string_view vector map unordered_map set unordered_set array optional variant unique_ptr shared_ptr weak_ptr pair tuple';

/** A preprocessor directive at the start of a line, and the `<header>` of an include. */
const DIRECTIVE = /#[ \t]*[a-z]+/y;
const HEADER = /[ \t]*<[^>\n]*>?/y;
const CPP_RAW = /(?:u8|[uUL])?R"([^()\\\s]{0,16})\(/y;

/** Whether only spaces and tabs precede `pos` on its line. */
function atLineStart(s: Scanner): boolean {
  for (let i = s.pos - 1; i >= 0; i--) {
    const c = s.src[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

function cHook(s: Scanner): boolean {
  if (s.peek() === '#' && atLineStart(s)) {
    const directive = s.text(s.match(DIRECTIVE));
    if (directive === '') return false;
    s.emit('keyword', directive.length);
    if (directive.endsWith('include') || directive.endsWith('import')) s.take('string', HEADER);
    return true;
  }
  return false;
}

function cppHook(s: Scanner): boolean {
  if (cHook(s)) return true;
  const c = s.peek();
  if (c !== 'R' && c !== 'u' && c !== 'U' && c !== 'L') return false;
  const raw = s.exec(CPP_RAW);
  if (!raw) return false;
  s.until('string', `)${raw[1] ?? ''}"`, s.pos + raw[0].length);
  return true;
}

const cBase = {
  constants: words('true false NULL nullptr'),
  lineComments: ['//'],
  blockComment: ['/*', '*/'],
  strings: [{ open: '"' }, { open: "'" }],
  capitalizedTypes: true,
  memberProperties: true,
} as const satisfies Partial<CodeSpec>;

const C: CodeSpec = { ...cBase, keywords: words(C_KEYWORDS), types: words(C_TYPES), hook: cHook };
const CPP: CodeSpec = { ...cBase, keywords: words(`${C_KEYWORDS} ${CPP_KEYWORDS}`), types: words(`${C_TYPES} ${CPP_TYPES}`), hook: cppHook };

const ANNOTATION = /@[\p{L}_][\p{L}\p{N}_.]*/uy;

const JAVA: CodeSpec = {
  keywords: words(
    'abstract assert break case catch class const continue default do else enum extends final finally for goto if implements import instanceof interface native new package permits private protected public record return sealed static strictfp super switch synchronized this throw throws transient try var volatile while yield',
  ),
  types: words('boolean byte char double float int long short void'),
  constants: words('true false null'),
  lineComments: ['//'],
  blockComment: ['/*', '*/'],
  strings: [{ open: '"""', multiline: true }, { open: '"' }, { open: "'" }],
  capitalizedTypes: true,
  memberProperties: true,
  hook: (s) => s.peek() === '@' && s.take('attr', ANNOTATION),
};

const GO: CodeSpec = {
  keywords: words(
    'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var',
  ),
  types: words(
    'any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr',
  ),
  constants: words('true false nil iota'),
  builtins: words('append cap clear close complex copy delete imag len make max min new panic print println real recover'),
  lineComments: ['//'],
  blockComment: ['/*', '*/'],
  strings: [{ open: '"' }, { open: '`', escapes: false, multiline: true }, { open: "'" }],
  memberProperties: true,
};

const RUST_CHAR = /'(?:\\(?:x[\da-fA-F]{2}|u\{[\da-fA-F]{1,6}\}|.)|[^\\'\n])'/uy;
const LIFETIME = /'[\p{L}_][\p{L}\p{N}_]*/uy;
const RUST_RAW = /b?r(#*)"/y;
const MACRO = /[\p{L}_][\p{L}\p{N}_]*!(?!=)/uy;
const RUST_ATTRIBUTE = /#!?\[[\p{L}_:]*/uy;

function rustHook(s: Scanner): boolean {
  const c = s.peek();
  if (c === "'") return s.take('string', RUST_CHAR) || s.take('variable', LIFETIME);
  if (c === '#') return s.take('attr', RUST_ATTRIBUTE);
  if (c === 'b' && s.peek(1) === "'") {
    s.emit('string', 1);
    s.take('string', RUST_CHAR);
    return true;
  }
  if (c === 'b' && s.peek(1) === '"') {
    s.quoted('string', 'b"', '"', true, true);
    return true;
  }
  if (c === 'r' || c === 'b') {
    const raw = s.text(s.match(RUST_RAW));
    if (raw !== '') {
      s.until('string', `"${raw.slice(raw.indexOf('r') + 1, -1)}`, s.pos + raw.length);
      return true;
    }
  }
  return s.take('function', MACRO);
}

const RUST: CodeSpec = {
  keywords: words(
    'as async await break const continue crate dyn else enum extern fn for if impl in let loop match mod move mut pub ref return self static struct super trait type union unsafe use where while yield',
  ),
  types: words('i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char str String Vec Box Option Result Self'),
  constants: words('true false None Some Ok Err'),
  lineComments: ['//'],
  blockComment: ['/*', '*/'],
  nestedComments: true,
  strings: [{ open: '"', multiline: true }],
  capitalizedTypes: true,
  memberProperties: true,
  hook: rustHook,
};

/** C. */
export const tokenizeC = (code: string): Token[] => tokenizeCode(code, C);
/** C++. */
export const tokenizeCpp = (code: string): Token[] => tokenizeCode(code, CPP);
/** Java. */
export const tokenizeJava = (code: string): Token[] => tokenizeCode(code, JAVA);
/** Go. */
export const tokenizeGo = (code: string): Token[] => tokenizeCode(code, GO);
/** Rust. */
export const tokenizeRust = (code: string): Token[] => tokenizeCode(code, RUST);

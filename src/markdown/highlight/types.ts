/**
 * The token model shared by the lazy highlighter chunk and the renderer. Tokens are plain data
 * (never HTML): the renderer binds `text` as text, and `kind` only ever picks a class name.
 */

/** Every token kind, in no particular order; a kind becomes the class `tok-<kind>`. */
export const TOKEN_KINDS = [
  'keyword',
  'string',
  'number',
  'comment',
  'function',
  'type',
  'operator',
  'punctuation',
  'property',
  'tag',
  'attr',
  'variable',
  'constant',
  'inserted',
  'deleted',
  'plain',
] as const;

/** What a piece of code is, as far as colouring goes. */
export type TokenKind = (typeof TOKEN_KINDS)[number];

/**
 * A run of source text and its kind. The texts of a tokenizer's result, concatenated, are
 * exactly the input.
 */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

/** SQL (the common dialects): case-insensitive keywords, `--` comments, quoted identifiers. */
import { tokenizeCode, words, type CodeSpec } from './code.js';
import type { Token } from './types.js';

const BIND = /@@?[\w$]+|\$\d+/y;

const SQL: CodeSpec = {
  keywords: words(
    'select from where and or not insert into values update set delete create table drop alter add column index primary key foreign references join inner left right full outer cross natural on using as group by order having limit offset union all distinct case when then else end is in exists between like ilike returning with recursive default constraint unique check view trigger function procedure returns return language begin commit rollback transaction if replace grant revoke to asc desc database schema cascade over partition window rows range lateral materialized sequence declare fetch first next only top explain analyze truncate do nothing conflict except intersect collate escape nulls',
  ),
  types: words(
    'int integer bigint smallint tinyint serial bigserial decimal numeric real float double precision varchar char character text boolean bool date time timestamp timestamptz interval json jsonb uuid blob bytea',
  ),
  constants: words('null true false unknown'),
  caseInsensitive: true,
  lineComments: ['--'],
  blockComment: ['/*', '*/'],
  // Standard SQL doubles a quote to escape it: `'it''s'` scans as two strings, one colour.
  strings: [
    { open: "'", escapes: false, multiline: true },
    { open: '"', escapes: false, kind: 'property' },
    { open: '`', escapes: false, kind: 'property' },
  ],
  hook: (s) => (s.peek() === '@' || s.peek() === '$') && s.take('variable', BIND),
};

/** SQL. */
export const tokenizeSql = (code: string): Token[] => tokenizeCode(code, SQL);

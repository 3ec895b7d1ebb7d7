// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  // The example apps (demo/<app>/src) are checked by their own toolchains (`npm run typecheck` there, see test/node/framework-types.test.mjs).
  // Framework typings and their type tests are checked by `tsc -p tsconfig.types-test.json`.
  globalIgnores(['dist/', 'coverage/', 'custom-elements.json', 'demo/dist/', 'demo/*/dist/', 'demo/*/node_modules/', 'demo/angular/', 'demo/react/src/', 'demo/react/type-tests/', 'demo/vue/src/', 'demo/vue/type-tests/', 'demo/svelte/src/', 'demo/svelte/type-tests/', 'node_modules/', 'types/', 'test/types/']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/unbound-method': 'off', // Lit binds `this` for @event=${this.m}
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not enum.' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // styleMap writes a style attribute on first render, which a CSP without
      // 'unsafe-inline' styles refuses (test/e2e/csp.test.mjs); styleProps sets properties instead.
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/style-map.js', message: 'Use styleProps from src/styles/style-props.ts (CSP-safe).' }] }],
    },
  },
  {
    files: ['src/schemas/**', 'src/protocol/**', 'src/state/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['lit', 'lit/*', '@lit/*'], message: 'schemas/, protocol/ and state/ are Lit-free.' }] }],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['demo/**/*.ts', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked], languageOptions: { globals: { ...globals.node } } },
);

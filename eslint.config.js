// ESLint flat config: TypeScript, Lit templates, web-component and template accessibility rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'lib/',
      'src/generated/',
      'storybook-static/',
      'bench/results/',
      'examples/*/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
    rules: {
      ...litA11y.configs.recommended.rules,
      // We put role="list" on purpose on lists whose markers CSS removes: Safari/VoiceOver
      // drops their list semantics otherwise.
      'lit-a11y/no-redundant-role': 'off',
    },
    languageOptions: {globals: globals.browser},
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.mjs', '*.js', '.storybook/**/*.ts'],
    languageOptions: {globals: globals.node},
  },
  {
    // Browser code outside src: the demo, benchmark pages, and page callbacks of dev scripts.
    files: [
      'demo/**/*.js',
      'bench/**/*.js',
      'test/fixtures/**/*.js',
      'scripts/screenshot.mjs',
      'scripts/readability.mjs',
      'scripts/pack-smoke.mjs',
      'scripts/bench-prerender.mjs',
      'scripts/examples.mjs',
      'examples/**/*.{js,ts,tsx}',
      'bench/make-article-pages.mjs',
    ],
    languageOptions: {globals: {...globals.browser, ...globals.node}},
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
    languageOptions: {globals: {...globals.browser, ...globals.mocha}},
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  }
);

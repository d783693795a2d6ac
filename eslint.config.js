// @ts-check
/**
 * ESLint flat config: JavaScript and TypeScript recommended rules, Astro components (with the
 * jsx-a11y rules eslint-plugin-astro maps onto Astro templates), Node globals for scripts and
 * tests, browser globals for the client scripts.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  { languageOptions: { globals: { ...globals.node } } },
  {
    files: ['src/client/**/*.ts', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      // `_`-prefixed names are deliberately unused (tuple positions, required parameters).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // A wide table or the map scrolls inside a named <section> that takes focus, so keyboard users
      // can scroll it (axe's scrollable-region-focusable); sections carry no other tabindex here.
      'astro/jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: ['section'], roles: [], allowExpressionValues: true },
      ],
    },
  },
);

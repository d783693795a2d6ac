// @ts-check
/**
 * ESLint flat config: JavaScript and TypeScript recommended rules, Astro components (with the
 * jsx-a11y rules eslint-plugin-astro maps onto Astro templates), Node globals for scripts and
 * tests, browser globals for the client scripts, and the layers of ARCHITECTURE.md: which folder of
 * src/ may import which, and no import cycles.
 */

/** The layers of src/, as ARCHITECTURE.md draws them. */
const LAYERS = [
  ...['config', 'model', 'network', 'citations', 'views', 'search', 'data', 'build', 'client', 'pages', 'styles'].map(
    (type) => ({ type, pattern: `src/${type}` }),
  ),
  { type: 'rendering', pattern: ['src/components', 'src/layouts'] },
];

/** What each layer may import besides itself (ARCHITECTURE.md, "Layer rules"). */
const MAY_IMPORT = {
  config: [],
  model: ['config'],
  network: ['model', 'config'],
  citations: ['model', 'config'],
  views: ['model', 'network', 'citations', 'config'],
  search: ['model', 'views', 'config'],
  data: ['model', 'network', 'citations', 'views', 'search', 'config'],
  build: ['model', 'network', 'citations', 'views', 'search', 'data', 'config'],
  client: ['model', 'network', 'search', 'config'],
  rendering: ['model', 'network', 'citations', 'views', 'search', 'client', 'config', 'styles'],
  pages: ['data', 'views', 'model', 'network', 'citations', 'search', 'rendering', 'config', 'styles'],
  styles: [],
};

/** Wiring: the two configuration modules Astro loads, which hand the build layer its work. */
const WIRING = ['src/content.config.ts', 'astro.config.mjs'];
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
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
    files: ['src/**/*.{ts,astro}', ...WIRING],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/include': ['src/**/*'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.astro'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'], 'astro-eslint-parser': ['.astro'] },
      'import-x/extensions': ['.ts', '.mjs', '.js', '.astro'],
      'import-x/ignore': ['node_modules'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(MAY_IMPORT).map(([type, others]) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: [type, ...others] } } } },
          })),
          message: '{{from.element.type}} may not import {{to.element.type}} (ARCHITECTURE.md, "Layer rules")',
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
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

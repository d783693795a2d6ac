import { defineConfig } from 'vitest/config';

/**
 * Projects run in three groups, one after another (groupOrder), so a build never competes with a
 * browser for the two cores: in-process unit, content and component tests (files in parallel); real
 * Astro builds of fixture sites (one at a time); then browser and file tests against the one test
 * build (two files at a time).
 */
export default defineConfig({
  test: {
    // The pure modules (model, views, search, network, citations) are unit-tested: coverage below these
    // thresholds fails the run.
    coverage: {
      enabled: true,
      provider: 'v8',
      include: ['src/{model,views,search,network,citations}/**/*.ts', 'src/build/{body-links,cdn-headers}.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 95, statements: 94, functions: 95, branches: 85 },
    },
    projects: [
      './vitest.components.config.ts',
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/kb/**/*.test.ts'],
          testTimeout: 60_000,
          // Both cores: Vitest's default keeps one free, which on two cores runs these one by one.
          maxWorkers: '100%',
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          // Tests that visit every page take minutes when the two cores are shared; timings are
          // printed by the bench, never asserted, so the limit only catches a hang.
          testTimeout: 300_000,
          hookTimeout: 180_000,
          // Browser tests mostly wait on the browser: two files at a time keep both cores busy. A
          // worker's files share its modules, and so one browser (tests/helpers/browser.ts).
          maxWorkers: 2,
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});

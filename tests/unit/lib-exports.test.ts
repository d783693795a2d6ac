/**
 * Every value exported from src/lib is exercised by a unit test: a new export without a test
 * fails here, naming the module and the export.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const LIB = join(import.meta.dirname, '../../src/lib');
const UNIT = import.meta.dirname;
const tests = readdirSync(UNIT).filter((f) => f.endsWith('.test.ts') && f !== 'lib-exports.test.ts').map((f) => readFileSync(join(UNIT, f), 'utf8')).join('\n');

describe('src/lib exports', () => {
  for (const file of readdirSync(LIB).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(LIB, file), 'utf8');
    const names = [...source.matchAll(/^export (?:async )?(?:const|function|class) (\w+)/gm)].map((m) => m[1]!);
    test(`${file}: every exported value is used in a unit test`, () => {
      expect(names.length).toBeGreaterThan(0);
      const untested = names.filter((name) => !new RegExp(`\\b${name}\\b`).test(tests));
      expect(untested).toEqual([]);
    });
  }
});

/**
 * `npm run new` scaffolds a file that passes the schemas and the integrity check in every collection,
 * and whose only problems are its TODO markers: the content check and the build refuse it, naming file
 * and field, until the text is written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readSnapshot } from '../../src/build/content-files.ts';
import { ROOT } from '../helpers/site.ts';

const dir = mkdtempSync(join(tmpdir(), 'kb-new-'));
cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/new-entry.ts'), ...args], { cwd: dir, encoding: 'utf8' });

describe('npm run new', () => {
  test.each([
    ['actors', 'herat-council'],
    ['organizations', 'collective-test-body'],
    ['bases', 'test-air-base'],
    ['places', 'herat'],
    ['infrastructure', 'test-railway'],
    ['events', '2021-08-30-test-event'],
    ['scenarios', 'test-scenario'],
  ])('scaffolds a %s entry refused only for its TODO markers', (collection, id) => {
    const result = run(collection, id);
    expect(result.status, result.stderr).toBe(0);
    const file = `content/${collection}/${id}.mdx`;
    expect(readFileSync(join(dir, file), 'utf8')).toContain('TODO');
    const loaded = readSnapshot(dir, join(dir, 'content'));
    expect(loaded.entries.map((e) => e.id)).toContain(id);
    expect(loaded.problems.length).toBeGreaterThan(0);
    expect(loaded.problems.filter((p) => !(p.file === file && /TODO marker/.test(p.message)))).toEqual([]);
    expect(loaded.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['summary', collection === 'scenarios' ? 'triggers[0].text' : 'summary', 'body line 1']),
    );
    // Written, it passes.
    writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replaceAll('TODO: ', ''));
    expect(readSnapshot(dir, join(dir, 'content')).problems).toEqual([]);
  });

  test('dates an event from its id', () => {
    expect(readFileSync(join(dir, 'content/events/2021-08-30-test-event.mdx'), 'utf8')).toContain("date: '2021-08-30'");
  });

  test.each([
    ['events', '2021-08-30-test-event', ['participants: []', 'after: []']],
    ['places', 'herat', ['laterNames: []', "# coordinates: { lat, lon, context: '<basis>' }"]],
    ['bases', 'test-air-base', ['status: active', 'at most one fact of key "status"']],
    ['infrastructure', 'test-railway', ['status: existing', 'at most one fact of key "status"', '# route:']],
  ])('writes the %s fields with how to fill them', (collection, id, expected) => {
    const text = readFileSync(join(dir, 'content', collection, `${id}.mdx`), 'utf8');
    for (const line of expected) expect(text).toContain(line);
    expect(text).toContain("context: '<basis>'");
  });

  test("the event scaffold's `after` is the field the order check reads", () => {
    const file = join(dir, 'content/events/2021-08-30-test-event.mdx');
    const scaffold = readFileSync(file, 'utf8');
    const check = () => readSnapshot(dir, join(dir, 'content')).problems.filter((p) => !/TODO marker/.test(p.message));
    try {
      writeFileSync(file, scaffold.replace('after: []', 'after: [2021-08-15-taliban-take-kabul]'));
      expect(check()).toEqual([]);
      writeFileSync(file, scaffold.replace('after: []', 'after: [2021-09-csto-rubezh-exercise]'));
      expect(check()).toEqual([
        expect.objectContaining({ field: 'after[0]', message: expect.stringContaining('cannot follow it') }),
      ]);
    } finally {
      writeFileSync(file, scaffold);
    }
  });

  test.each([
    [[], 'Usage: npm run new'],
    [['people', 'x'], '"people" is not a collection'],
    [['places', 'Herat'], '"Herat" is not a valid id'],
    [['places', 'herat'], 'already exists'],
    [['sources', 'another'], 'exactly one source'],
  ])('refuses %j with a clear message', (args, message) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });
});

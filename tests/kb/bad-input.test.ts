/**
 * Bad content stops the build with the file and the field or target named. Each case adds or
 * removes one thing in a copy of the real content and runs in-process through `readSnapshot`, the
 * check the build runs before rendering any page (tests/builds/bad-input.test.ts runs one real
 * `astro build` with defects of several kinds in several files).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSnapshot } from '../../src/build/content-files.ts';
import { ROOT } from '../helpers/site.ts';
import { actor, mdx } from '../helpers/mdx.ts';

interface Case {
  name: string;
  /** Changes a copy of the content folder (paths relative to it). */
  change: (content: { write(path: string, text: string): void; remove(path: string): void }) => void;
  file: string;
  /** The field or target the message must name. */
  names: string[];
}

const cases: Case[] = [
  {
    name: 'missing required field',
    change: (c) => c.write('actors/bad-entry.mdx', mdx('title: Bad entry\nkind: state\ncite: P1')),
    file: 'bad-entry.mdx',
    names: ['summary'],
  },
  {
    name: 'wrong enum value',
    change: (c) => c.write('actors/bad-entry.mdx', mdx('title: Bad entry\nkind: country\nsummary: x\ncite: P1')),
    file: 'bad-entry.mdx',
    names: ['kind'],
  },
  {
    name: 'number written as words',
    change: (c) =>
      c.write(
        'actors/bad-entry.mdx',
        actor(
          'facts:\n  - key: troops\n    quantity: { value: seven thousand, unit: troops, qualifier: approx }\n    cite: P4\n    certainty: stated',
        ),
      ),
    file: 'bad-entry.mdx',
    names: ['facts[0].quantity.value', 'number'],
  },
  {
    name: 'malformed YAML',
    change: (c) => c.write('actors/bad-entry.mdx', mdx('title: [Bad entry\nkind: state')),
    file: 'bad-entry.mdx',
    names: ['YAML'],
  },
  {
    name: 'unknown MDX component',
    change: (c) => c.write('actors/bad-entry.mdx', actor('', 'Text.\n\n<Chart data="x" />')),
    file: 'bad-entry.mdx',
    names: ['<Chart>', 'body line 3'],
  },
  {
    name: 'dangling relation',
    change: (c) =>
      c.write(
        'actors/bad-entry.mdx',
        actor('relations:\n  - type: borders\n    target: atlantis\n    cite: P1\n    certainty: stated'),
      ),
    file: 'bad-entry.mdx',
    names: ['relations[0].target', '"atlantis"'],
  },
  {
    name: 'unknown body link',
    change: (c) => c.write('actors/bad-entry.mdx', actor('', 'Next to <Ref id="tajikstan" />.')),
    file: 'bad-entry.mdx',
    names: ['body line 1', '"tajikstan"'],
  },
  {
    name: 'citation P99',
    change: (c) => c.write('actors/bad-entry.mdx', mdx('title: Bad entry\nkind: state\nsummary: x\ncite: P99')),
    file: 'bad-entry.mdx',
    names: ['cite[0]', '"P99"'],
  },
  {
    name: 'duplicate id across collections',
    change: (c) => c.write('places/tajikistan.mdx', mdx('title: Tajikistan\nkind: region\nsummary: x\ncite: P1')),
    file: 'places/tajikistan.mdx',
    names: ['"tajikistan"', 'actors/tajikistan.mdx'],
  },
  {
    name: 'impossible date',
    change: (c) =>
      c.write(
        'events/2021-02-30-bad-event.mdx',
        mdx("title: Bad event\nkind: summit\nsummary: x\ncite: P1\ndate: '2021-02-30'"),
      ),
    file: '2021-02-30-bad-event.mdx',
    names: ['date', 'February 2021 has 28 days'],
  },
  {
    name: 'empty frontmatter',
    change: (c) => c.write('actors/bad-entry.mdx', '---\n---\n\nBody.\n'),
    file: 'bad-entry.mdx',
    names: ['title'],
  },
  {
    name: 'missing collection folder',
    change: (c) => c.remove('infrastructure'),
    file: 'content/infrastructure',
    names: ['"infrastructure" collection folder is missing'],
  },
  {
    name: 'empty collection folder',
    change: (c) => c.remove('scenarios/*'),
    file: 'content/scenarios',
    names: ['"scenarios" collection folder holds no entries'],
  },
];

/** Applies a change to a content folder at `dir`. */
function changer(dir: string) {
  return {
    write: (path: string, text: string) => writeFileSync(join(dir, path), text),
    remove: (path: string) => {
      if (path.endsWith('/*')) {
        const folder = join(dir, path.slice(0, -2));
        for (const name of readdirSync(folder)) rmSync(join(folder, name), { recursive: true });
      } else rmSync(join(dir, path), { recursive: true, force: true });
    },
  };
}

/** The problems `readSnapshot` finds in a copy of the content after `change`; the copy is removed after. */
function problemsAfter(change: (content: ReturnType<typeof changer>) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
  try {
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    change(changer(content));
    return readSnapshot(dir, content).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bad input, checked in-process', () => {
  test.each(cases)('$name names the file and the field', ({ change, file, names }) => {
    const problems = problemsAfter(change);
    const text = problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n');
    const matching = problems.filter((p) => p.file.endsWith(file));
    expect(matching.length, text).toBeGreaterThan(0);
    const about = matching.map((p) => `${p.field}: ${p.message}`).join('\n');
    for (const name of names) expect(about).toContain(name);
  });
});

describe('readSnapshot', () => {
  const badKind = mdx('title: Bad entry\nkind: country\nsummary: x\ncite: P1');
  const bordering = (target: string) =>
    actor(`relations:\n  - type: borders\n    target: ${target}\n    cite: P1\n    certainty: stated`);

  test('lists a schema error and an integrity error in other files together', () => {
    const problems = problemsAfter((c) => {
      c.write('actors/bad-kind.mdx', badKind);
      c.write('actors/bad-one.mdx', bordering('atlantis'));
    });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/actors/bad-kind.mdx kind',
      'content/actors/bad-one.mdx relations[0].target',
    ]);
  });

  test('does not report a reference to an entry that failed its schema as an unknown entry', () => {
    const problems = problemsAfter((c) => {
      c.write('actors/bad-kind.mdx', badKind);
      c.write('actors/bad-one.mdx', bordering('bad-kind'));
    });
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/actors/bad-kind.mdx kind']);
  });
});

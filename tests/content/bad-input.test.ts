/**
 * Bad content stops the build with the file and the field or target named. Each case adds or
 * removes one thing in a copy of the real content. Every case runs in-process through the same
 * loader and integrity check the build uses; the cases only a real build can show (YAML, MDX,
 * folders, Astro's own schema errors, one error for many problems) also run a real `astro build`.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkKnowledgeBase } from '../../src/lib/integrity.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { fixtureSite } from '../../scripts/lib/fixture-site.ts';
import { ROOT } from '../../scripts/lib/site.ts';

const mdx = (frontmatter: string, body = 'Body text.') => `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
const actor = (extra = '', body?: string) => mdx(`title: Bad entry\nkind: state\nsummary: A test entry.\ncite: P1\n${extra}`, body);

interface Case {
  name: string;
  /** Changes a copy of the content folder (paths relative to it). */
  change: (content: { write(path: string, text: string): void; remove(path: string): void }) => void;
  file: string;
  /** The field or target the message must name. */
  names: string[];
}

const cases: Case[] = [
  { name: 'missing required field', change: (c) => c.write('actors/bad-entry.mdx', mdx('title: Bad entry\nkind: state\ncite: P1')), file: 'bad-entry.mdx', names: ['summary'] },
  { name: 'wrong enum value', change: (c) => c.write('actors/bad-entry.mdx', mdx('title: Bad entry\nkind: country\nsummary: x\ncite: P1')), file: 'bad-entry.mdx', names: ['kind'] },
  {
    name: 'number written as words',
    change: (c) => c.write('actors/bad-entry.mdx', actor("facts:\n  - key: troops\n    quantity: { value: seven thousand, unit: troops, qualifier: approx }\n    cite: P4\n    certainty: stated")),
    file: 'bad-entry.mdx', names: ['facts[0].quantity.value', 'number'],
  },
  { name: 'malformed YAML', change: (c) => c.write('actors/bad-entry.mdx', mdx('title: [Bad entry\nkind: state')), file: 'bad-entry.mdx', names: ['YAML'] },
  { name: 'unknown MDX component', change: (c) => c.write('actors/bad-entry.mdx', actor('', 'Text.\n\n<Chart data="x" />')), file: 'bad-entry.mdx', names: ['<Chart>', 'body line 3'] },
  {
    name: 'dangling relation',
    change: (c) => c.write('actors/bad-entry.mdx', actor('relations:\n  - type: borders\n    target: atlantis\n    cite: P1\n    certainty: stated')),
    file: 'bad-entry.mdx', names: ['relations[0].target', '"atlantis"'],
  },
  { name: 'unknown body link', change: (c) => c.write('actors/bad-entry.mdx', actor('', 'Next to <Ref id="tajikstan" />.')), file: 'bad-entry.mdx', names: ['body line 1', '"tajikstan"'] },
  { name: 'citation P99', change: (c) => c.write('actors/bad-entry.mdx', mdx('title: Bad entry\nkind: state\nsummary: x\ncite: P99')), file: 'bad-entry.mdx', names: ['cite[0]', '"P99"'] },
  { name: 'duplicate id across collections', change: (c) => c.write('places/tajikistan.mdx', mdx('title: Tajikistan\nkind: region\nsummary: x\ncite: P1')), file: 'places/tajikistan.mdx', names: ['"tajikistan"', 'actors/tajikistan.mdx'] },
  {
    name: 'impossible date',
    change: (c) => c.write('events/2021-02-30-bad-event.mdx', mdx("title: Bad event\nkind: summit\nsummary: x\ncite: P1\ndate: '2021-02-30'")),
    file: '2021-02-30-bad-event.mdx', names: ['date', 'February 2021 has 28 days'],
  },
  { name: 'empty frontmatter', change: (c) => c.write('actors/bad-entry.mdx', '---\n---\n\nBody.\n'), file: 'bad-entry.mdx', names: ['title'] },
  { name: 'missing collection folder', change: (c) => c.remove('infrastructure'), file: 'content/infrastructure', names: ['"infrastructure" collection folder is missing'] },
  {
    name: 'empty collection folder',
    change: (c) => c.remove('scenarios/*'),
    file: 'content/scenarios', names: ['"scenarios" collection folder holds no entries'],
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

describe('bad input, checked in-process', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test.each(cases)('$name names the file and the field', ({ change, file, names }) => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
    made.push(dir);
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    change(changer(content));
    const loaded = loadContent(content, dir);
    const problems = [...loaded.problems, ...checkKnowledgeBase(loaded.entries, { folders: loaded.folders })];
    const text = problems.map((p) => `${p.file} ${p.field}: ${p.message}`).join('\n');
    const matching = problems.filter((p) => p.file.endsWith(file));
    expect(matching.length, text).toBeGreaterThan(0);
    const about = matching.map((p) => `${p.field}: ${p.message}`).join('\n');
    for (const name of names) expect(about).toContain(name);
  });
});

describe('bad input stops a real build', () => {
  const realBuild = ['malformed YAML', 'wrong enum value', 'empty frontmatter', 'unknown MDX component', 'missing collection folder', 'empty collection folder'];
  test.each(cases.filter((c) => realBuild.includes(c.name)))('$name: astro build exits non-zero naming the file and field', async ({ name, change, file, names }) => {
    const site = fixtureSite(name.replace(/\W+/g, '-'));
    try {
      change(changer(join(site.root, 'content')));
      const result = await site.build();
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toContain(file);
      // Astro words YAML and schema errors its own way; the field or target is still named.
      const expected = name === 'malformed YAML' ? ['YAML'] : name === 'empty frontmatter' || name === 'wrong enum value' ? [names[0]!] : names;
      for (const n of expected) expect(result.output).toContain(n);
    } finally {
      site.dispose();
    }
  });

  test('three defects in three files give one error naming all three', async () => {
    const site = fixtureSite('three-defects');
    try {
      site.write('content/actors/bad-one.mdx', actor('relations:\n  - type: borders\n    target: atlantis\n    cite: P1\n    certainty: stated'));
      site.write('content/places/bad-two.mdx', mdx('title: Bad two\nkind: region\nsummary: x\ncite: P99'));
      site.write('content/places/tajikistan.mdx', mdx('title: Tajikistan\nkind: region\nsummary: x\ncite: P1'));
      const result = await site.build();
      expect(result.code).not.toBe(0);
      // One error, listing every problem; the three defects are among them.
      const message = /The knowledge base has \d+ problems? in \d+ files?:\n(?: {2}.*\n?)+/.exec(result.output)?.[0] ?? '';
      expect(message, result.output).toMatch(/has \d+ problems in \d+ files/);
      expect(message).toContain('content/actors/bad-one.mdx');
      expect(message).toContain('relations[0].target: unknown entry "atlantis"');
      expect(message).toContain('content/places/bad-two.mdx');
      expect(message).toContain('"P99" is not a citable place');
      expect(message).toContain('content/places/tajikistan.mdx');
      expect(message).toContain('id "tajikistan" is already used by content/actors/tajikistan.mdx');
    } finally {
      site.dispose();
    }
  });
});

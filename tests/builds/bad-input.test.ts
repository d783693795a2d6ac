/**
 * What a person sees when content is bad: one real `astro build` (the CLI, as typed in a terminal)
 * with defects of several kinds in several files prints every problem with its file and field, and
 * no stack trace. Each kind of defect is checked in-process in tests/kb/bad-input.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { fixtureSite } from '../helpers/fixture-site.ts';
import { actor, mdx } from '../helpers/mdx.ts';

describe('bad input stops a real build', () => {
  test('defects in several files print every problem with file and field, and no stack trace', async () => {
    const site = fixtureSite('several-defects');
    try {
      site.write('content/actors/bad-yaml.mdx', mdx('title: [Bad entry\nkind: state'));
      site.write('content/actors/bad-kind.mdx', mdx('title: Bad entry\nkind: country\nsummary: x\ncite: P1'));
      site.write(
        'content/actors/bad-one.mdx',
        actor('relations:\n  - type: borders\n    target: atlantis\n    cite: P1\n    certainty: stated'),
      );
      site.write('content/places/bad-two.mdx', mdx('title: Bad two\nkind: region\nsummary: x\ncite: P99'));
      site.write('content/places/tajikistan.mdx', mdx('title: Tajikistan\nkind: region\nsummary: x\ncite: P1'));
      site.write('content/places/herat.mdx', mdx('title: Herat\nkind: city\nsummary: "TODO: one sentence."\ncite: P1'));
      const result = await site.buildWithCli();
      expect(result.code, result.output).not.toBe(0);
      const output = result.output;
      expect(output).toContain('The knowledge base has 6 problems in 6 files:');
      const listed: [file: string, problem: string][] = [
        ['content/actors/bad-yaml.mdx', 'frontmatter line 3: malformed YAML: missed comma'],
        ['content/actors/bad-kind.mdx', 'kind: Invalid option'],
        ['content/actors/bad-one.mdx', 'relations[0].target: unknown entry "atlantis"'],
        ['content/places/bad-two.mdx', 'cite[0]: "P99" is not a citable place'],
        ['content/places/tajikistan.mdx', '(id): id "tajikistan" is already used by content/actors/tajikistan.mdx'],
        ['content/places/herat.mdx', 'summary: still holds a TODO marker from the scaffold'],
      ];
      for (const [file, problem] of listed)
        expect(output).toMatch(new RegExp(`^  ${escape(file)}\n(?:    .*\n)*    ${escape(problem)}`, 'm'));
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toContain('Stack trace');
      // Nothing was rendered: the check runs before any page.
      expect(output).not.toMatch(/generating static routes/i);
    } finally {
      site.dispose();
    }
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

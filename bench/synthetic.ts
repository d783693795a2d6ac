/**
 * A synthetic knowledge base of any size, valid against the real schemas and integrity check, and a
 * bare Astro project (same Astro and MDX, one plain layout, no other integrations) that builds the
 * same entries, so the bench can report our build's cost as a ratio.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../src/model/ids.ts';
import { ROOT } from '../tests/helpers/site.ts';

/** A deterministic pseudo-random sequence, so every run builds the same corpus. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const WORDS =
  'border alliance treaty garrison corridor envoy summit pipeline railway convoy ministry province capital exercise observer pledge refugee mission patrol airfield frontier market caravan river valley plateau council delegation'.split(
    ' ',
  );

/** Writes N entries (plus the fixed ones the views name) into `contentDir`. */
export function writeCorpus(contentDir: string, n: number): void {
  rmSync(contentDir, { recursive: true, force: true });
  for (const c of COLLECTIONS) mkdirSync(join(contentDir, c), { recursive: true });
  cpSync(join(ROOT, 'content/sources'), join(contentDir, 'sources'), { recursive: true });
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const cite = () => `P${1 + Math.floor(rand() * 14)}`;
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const write = (collection: string, id: string, lines: string[], body: string) =>
    writeFileSync(join(contentDir, collection, `${id}.mdx`), `---\n${lines.join('\n')}\n---\n\n${body}\n`);
  const sentence = (refs: string[]) =>
    `The ${words(6)} near <Ref id="${pick(refs)}" /> shaped the ${words(5)} <Cite p="${cite()}" />.`;
  const body = (refs: string[]) =>
    Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => sentence(refs)).join(' ')).join('\n\n');

  const count = (share: number) => Math.max(2, Math.round(n * share));
  const states = Array.from({ length: count(0.3) }, (_, i) => `state-${i}`);
  const orgs = Array.from({ length: count(0.05) }, (_, i) => `org-${i}`);
  const places = Array.from({ length: count(0.2) }, (_, i) => `place-${i}`);
  const bases = Array.from({ length: count(0.1) }, (_, i) => `base-${i}`);
  const links = Array.from({ length: count(0.05) }, (_, i) => `link-${i}`);
  const events = Array.from({ length: count(0.3) }, (_, i) => `event-${i}`);
  const all = ['russia', 'csto', ...states, ...orgs, ...places, ...bases, ...links, ...events];
  const point = () =>
    `{ lat: ${(30 + rand() * 20).toFixed(2)}, lon: ${(52 + rand() * 28).toFixed(2)}, context: Synthetic point. }`;

  write('actors', 'russia', ['title: Russia', 'kind: state', 'summary: A synthetic power.', 'cite: P4'], body(all));
  write(
    'actors',
    'central-asian-states',
    [
      'title: Central Asian states',
      'kind: state-group',
      'summary: A synthetic group.',
      'cite: P1',
      'relations:',
      ...states
        .slice(0, 5)
        .flatMap((s) => [`  - type: member-of`, `    from: ${s}`, '    cite: P1', '    certainty: stated']),
    ],
    body(all),
  );
  write(
    'organizations',
    'csto',
    [
      'title: Synthetic alliance',
      'kind: alliance',
      'summary: A synthetic alliance.',
      'cite: P3',
      'members:',
      ...states
        .slice(0, 5)
        .flatMap((s) => [
          `  - member: ${s}`,
          '    history:',
          '      - status: member',
          '        cite: P3',
          '        certainty: stated',
        ]),
    ],
    body(all),
  );
  states.forEach((id, i) =>
    write(
      'actors',
      id,
      [
        `title: State ${i}`,
        'kind: state',
        `summary: Synthetic state number ${i}, one of many.`,
        `cite: [${cite()}]`,
        'facts:',
        '  - key: afghan-border',
        `    quantity: { value: ${100 + i}, unit: km, qualifier: exact }`,
        `    cite: ${cite()}`,
        '    certainty: stated',
        'relations:',
        '  - type: borders',
        `    target: ${states[(i + 1) % states.length]}`,
        `    cite: ${cite()}`,
        '    certainty: likely',
        'statements:',
        `  - id: statement-${i}`,
        '    act: said',
        `    about: [${pick(states)}]`,
        `    summary: Synthetic statement ${i}.`,
        `    cite: ${cite()}`,
        '    certainty: stated',
        'stances:',
        '  - topic: taliban-engagement',
        `    position: ${pick(['extensive', 'limited', 'none'])}`,
        `    cite: ${cite()}`,
        '    certainty: stated',
      ],
      body(all),
    ),
  );
  orgs.forEach((id, i) =>
    write(
      'organizations',
      id,
      [
        `title: Organization ${i}`,
        'kind: regional-organization',
        `summary: Synthetic organization ${i}.`,
        `cite: ${cite()}`,
        'members:',
        ...[...new Set([pick(states), pick(states), pick(states)])]
          .sort()
          .flatMap((s) => [
            `  - member: ${s}`,
            '    history:',
            `      - status: ${pick(['member', 'observer'])}`,
            `        since: '${2000 + (i % 20)}'`,
            `        cite: ${cite()}`,
            '        certainty: stated',
          ]),
      ],
      body(all),
    ),
  );
  places.forEach((id, i) =>
    write(
      'places',
      id,
      [
        `title: Place ${i}`,
        'kind: city',
        `summary: Synthetic place ${i}.`,
        `cite: ${cite()}`,
        `coordinates: ${point()}`,
        'relations:',
        '  - type: located-in',
        `    target: ${pick(states)}`,
        `    cite: ${cite()}`,
        '    certainty: stated',
      ],
      body(all),
    ),
  );
  bases.forEach((id, i) => {
    const status = pick(['active', 'proposed', 'former'] as const);
    // A former base's ties have ended: they carry the year they ended.
    const ended = status === 'former' ? ['    period: { to: { value: "2014" } }'] : [];
    write(
      'bases',
      id,
      [
        `title: Base ${i}`,
        'kind: air-base',
        `summary: Synthetic base ${i}.`,
        `cite: ${cite()}`,
        `status: ${status}`,
        `coordinates: ${point()}`,
        'facts:',
        '  - key: troops',
        `    quantity: { value: ${1000 + i}, unit: troops, qualifier: approx }`,
        `    cite: ${cite()}`,
        '    certainty: stated',
        'relations:',
        '  - type: hosts',
        `    from: ${pick(states)}`,
        `    cite: ${cite()}`,
        '    certainty: stated',
        ...ended,
        '  - type: operates',
        '    from: russia',
        `    cite: ${cite()}`,
        '    certainty: stated',
        ...ended,
      ],
      body(all),
    );
  });
  links.forEach((id, i) =>
    write(
      'infrastructure',
      id,
      [
        `title: Link ${i}`,
        'kind: railway',
        `summary: Synthetic railway ${i}.`,
        `cite: ${cite()}`,
        'status: existing',
        `route: { via: [${pick(places)}, ${pick(places)}], cite: ${cite()}, certainty: stated }`,
      ],
      body(all),
    ),
  );
  events.forEach((id, i) =>
    write(
      'events',
      id,
      [
        `title: Event ${i}`,
        'kind: meeting',
        `summary: Synthetic event ${i}.`,
        `cite: ${cite()}`,
        `date: '${2000 + (i % 21)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}'`,
        `participants: [${[...new Set([pick(states), pick(states)])].sort().join(', ')}]`,
        `location: ${pick(places)}`,
      ],
      body(all),
    ),
  );
  for (const kind of ['benign', 'malign']) {
    write(
      'scenarios',
      kind,
      [
        `title: ${kind} scenario`,
        `kind: ${kind}`,
        `summary: A synthetic ${kind} future.`,
        'cite: P1',
        'triggers:',
        '  - text: A synthetic condition.',
        '    cite: P1',
        '    certainty: possible',
        'responses:',
        '  - actor: russia',
        '    options: [Act.]',
        '    alternatives: false',
        '    cite: P11',
        '    certainty: possible',
      ],
      body(all),
    );
  }
}

/** The number of entries a corpus of size n holds, fixed entries included. */
export function corpusSize(n: number): number {
  const count = (share: number) => Math.max(2, Math.round(n * share));
  return 3 + 1 + 2 + count(0.3) + count(0.05) + count(0.2) + count(0.1) + count(0.05) + count(0.3);
}

/** Writes a bare Astro project at `root` that builds the entries in `root/content`. */
export function writeBareProject(root: string): void {
  mkdirSync(join(root, 'src/pages/[collection]'), { recursive: true });
  mkdirSync(join(root, 'src/components'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    [
      "import mdx from '@astrojs/mdx';",
      "import { defineConfig } from 'astro/config';",
      'export default defineConfig({',
      "  site: 'https://bare.example.org', trailingSlash: 'always', integrations: [mdx()], devToolbar: { enabled: false },",
      "  vite: { build: { rolldownOptions: { onLog(level, log, handler) { if (log.code === 'MODULE_LEVEL_DIRECTIVE') return; handler(level, log); } } } },",
      '});',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      `const names = ${JSON.stringify(COLLECTIONS)} as const;`,
      'export const collections = Object.fromEntries(names.map((name) => [name, defineCollection({',
      "  loader: glob({ pattern: '*.mdx', base: `./content/${name}` }),",
      '  schema: z.looseObject({ title: z.string() }),',
      '})]));',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'src/components/Ref.astro'),
    '---\nconst { id } = Astro.props;\n---\n<a href={`/e/${id}/`}><slot>{id}</slot></a>\n',
  );
  writeFileSync(join(root, 'src/components/Cite.astro'), '---\nconst { p } = Astro.props;\n---\n<sup>{p}</sup>\n');
  writeFileSync(
    join(root, 'src/pages/[collection]/[id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Ref from '../../components/Ref.astro';",
      "import Cite from '../../components/Cite.astro';",
      'export async function getStaticPaths() {',
      `  const names = ${JSON.stringify(COLLECTIONS)};`,
      '  const all = (await Promise.all(names.map((n) => getCollection(n)))).flat();',
      '  return all.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));',
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '<body><main><h1>{entry.data.title}</h1><Content components={{ Ref, Cite }} /></main></body></html>',
    ].join('\n'),
  );
}

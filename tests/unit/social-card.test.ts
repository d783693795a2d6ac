import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { drawSocialImage } from '../../src/build/social-image-draw.ts';
import { FileCache } from '../../src/build/file-cache.ts';
import { drawSocialImages, socialImageFile } from '../../src/build/social-image-pool.ts';
import { buildIndex } from '../../src/model/index/kb-index.ts';
import { entry, source } from '../helpers/entries.ts';
import {
  OG_HEIGHT,
  OG_WIDTH,
  SITE_CARD_ID,
  socialCardKey,
  socialCards,
  socialCardTree,
  type CardNode,
  type SocialCard,
} from '../../src/views/social-card.ts';

const site = { name: 'Central Asia after the Taliban takeover', asOf: 'September 2021' };
const card: SocialCard = { type: 'Actor · State', title: 'Tajikistan', fact: 'Border with Afghanistan: 1,357 km' };

/** Every text in the tree, in reading order. */
const texts = (node: CardNode): string[] =>
  typeof node.props.children === 'string' ? [node.props.children] : (node.props.children ?? []).flatMap(texts);
/** The node whose text is `text`. */
const nodeWith = (node: CardNode, text: string): CardNode | undefined =>
  node.props.children === text
    ? node
    : Array.isArray(node.props.children)
      ? node.props.children.map((c) => nodeWith(c, text)).find(Boolean)
      : undefined;

describe('socialCardTree', () => {
  test('the card is 1200 by 630 and shows type, title, fact, site name and date in that order', () => {
    const tree = socialCardTree(card, site);
    expect([tree.props.style.width, tree.props.style.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
    expect(texts(tree)).toEqual([
      'Actor · State',
      'Tajikistan',
      'Border with Afghanistan: 1,357 km',
      site.name,
      'As of September 2021',
    ]);
  });

  test('a title longer than 40 characters is set smaller than a short one', () => {
    const long = 'The Collective Security Treaty Organization of six states';
    const short = nodeWith(socialCardTree(card, site), 'Tajikistan')!;
    const smaller = nodeWith(socialCardTree({ ...card, title: long }, site), long)!;
    expect(Number(smaller.props.style.fontSize)).toBeLessThan(Number(short.props.style.fontSize));
  });
});

describe('socialCardKey', () => {
  test('the same card gives the same key, a hex SHA-256', () => {
    expect(socialCardKey(card, site)).toBe(socialCardKey({ ...card }, site));
    expect(socialCardKey(card, site)).toMatch(/^[0-9a-f]{64}$/);
  });

  test('changing anything the image shows changes the key', () => {
    const keys = new Set([
      socialCardKey(card, site),
      socialCardKey({ ...card, type: 'Actor · Leader' }, site),
      socialCardKey({ ...card, title: 'Uzbekistan' }, site),
      socialCardKey({ ...card, fact: 'Border with Afghanistan: 144 km' }, site),
      socialCardKey(card, { ...site, name: 'Another site' }),
      socialCardKey(card, { ...site, asOf: 'October 2021' }),
    ]);
    expect(keys.size).toBe(6);
  });
});

const isPng = (png: Uint8Array) => Buffer.from(png.subarray(1, 4)).toString('latin1') === 'PNG';
const size = (png: Uint8Array) => {
  const view = Buffer.from(png);
  return [view.readUInt32BE(16), view.readUInt32BE(20)];
};

describe('drawSocialImage', () => {
  test('draws a 1200 by 630 PNG, the same bytes each time', async () => {
    const png = await drawSocialImage(card);
    expect(isPng(png)).toBe(true);
    expect(size(png)).toEqual([1200, 630]);
    expect(Buffer.from(await drawSocialImage(card)).equals(Buffer.from(png))).toBe(true);
  });
});

describe('socialImageFile', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kb-social-images-'));
  const settings = new FileCache(cacheDir, '.png');
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  test('cards drawn in worker threads are the images drawn in process, cached once each under their key', async () => {
    const cards = [card, { ...card, title: 'Uzbekistan' }, { ...card, title: 'Turkmenistan' }];
    drawSocialImages(cards, settings);
    const pngs = await Promise.all(cards.map(async (c) => readFileSync(await socialImageFile(c, settings))));
    for (const [i, c] of cards.entries()) expect(pngs[i]!.equals(Buffer.from(await drawSocialImage(c)))).toBe(true);
    expect(readdirSync(cacheDir).sort()).toEqual(cards.map((c) => `${socialCardKey(c, site)}.png`).sort());
  });

  test('a cached card is read from the cache, not drawn again', async () => {
    const other = { ...card, title: 'Kazakhstan' };
    const file = join(cacheDir, `${socialCardKey(other, site)}.png`);
    writeFileSync(file, 'cached bytes');
    drawSocialImages([other], settings);
    expect(readFileSync(await socialImageFile(other, settings), 'utf8')).toBe('cached bytes');
    expect(readFileSync(file, 'utf8')).toBe('cached bytes');
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});

describe('socialCards', () => {
  const tajikistan = entry('actors', 'tajikistan', {
    title: 'Tajikistan',
    kind: 'state',
    summary: 'A state.',
    cite: 'P1',
  });
  const site = { name: 'The site', description: 'What it is.' };

  test("one card per entry, by its id, with its type and kind, title and key fact; and the site's own card", () => {
    const cards = socialCards(buildIndex([source(), tajikistan]), site);
    expect([...cards.keys()].sort()).toEqual(['central-asias-taliban-surprise', SITE_CARD_ID, 'tajikistan'].sort());
    expect(cards.get(SITE_CARD_ID)).toEqual({ type: 'Knowledge base', title: 'The site', fact: 'What it is.' });
    expect(cards.get('tajikistan')).toMatchObject({ type: 'Actor · State', title: 'Tajikistan' });
    expect(cards.get('tajikistan')!.fact).not.toBe('');
  });

  test("an entry whose id is the site card's is refused, naming its file", () => {
    const clash = entry('actors', SITE_CARD_ID, { title: 'Site', kind: 'state', summary: 'A state.', cite: 'P1' });
    expect(() => socialCards(buildIndex([source(), clash]), site)).toThrow(
      'content/actors/site.mdx: the id "site" is taken by the site\'s own social image',
    );
  });
});

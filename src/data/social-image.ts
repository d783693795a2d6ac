/**
 * Social images (1200×630 PNG) drawn at build time with satori and resvg, using the Inter font from
 * npm: nothing is fetched. Each image is cached on disk under a hash of everything it shows, so a
 * rebuild redraws only the entries whose image changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE_NAME } from '../site.config.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the template changes, so cached images are redrawn. */
const TEMPLATE_VERSION = 3;

export interface SocialCard {
  /** "Actor · State" */
  type: string;
  title: string;
  /** One key fact, in full. */
  fact: string;
}

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/** The card as a satori element tree: an accent bar, then type, title, fact and footer. */
function card({ type, title, fact }: SocialCard): Node {
  return el('div', { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', flexDirection: 'column', background: '#fdfdfb', color: '#1d1d1b', fontFamily: 'Inter' }, [
    el('div', { height: 16, background: '#8a3b12' }),
    el('div', { flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '48px 72px 56px' }, [
      el('div', { fontSize: 30, color: '#8a3b12', fontWeight: 700, letterSpacing: 2, textTransform: 'uppercase' }, type),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: title.length > 40 ? 60 : 76, fontWeight: 700, lineHeight: 1.1 }, title),
        el('div', { fontSize: 34, color: '#3d3d3a', marginTop: 28, lineHeight: 1.3 }, fact),
      ]),
      el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 26, color: '#555550' }, [
        el('div', {}, SITE_NAME),
        el('div', {}, 'As of September 2021'),
      ]),
    ]),
  ]);
}

/** The PNG of a card, from the cache when the same card was drawn before. */
export async function socialImage(input: SocialCard, cacheDir = join(process.cwd(), 'node_modules/.cache/kb-social-images')): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify({ v: TEMPLATE_VERSION, site: SITE_NAME, ...input })).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const svg = await satori(card(input) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, png);
  return png;
}

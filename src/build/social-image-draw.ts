/**
 * Draws one social image (satori lays the card out and turns its text into paths; resvg rasterises
 * it to PNG) and stores it in the image cache. Run in worker threads by `social-image-pool.ts`, and
 * loaded by Node directly (not bundled), so it imports only plain TypeScript and packages. The Inter
 * font comes from npm: nothing is fetched. Fonts are read once per thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_HEIGHT, OG_WIDTH, socialCardTree, type SocialCard } from '../views/social-card.ts';
import { AS_OF, SITE_NAME } from '../config/site.ts';
import { FileCache } from './file-cache.ts';

const require = createRequire(import.meta.url);
const fonts = ([400, 700] as const).map((weight) => ({
  name: 'Inter',
  data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
  weight,
  style: 'normal' as const,
}));

/** The PNG of a card. */
export async function drawSocialImage(card: SocialCard): Promise<Uint8Array> {
  const svg = await satori(socialCardTree(card, { name: SITE_NAME, asOf: AS_OF }) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts,
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}

export interface DrawTask {
  card: SocialCard;
  /** Where the PNG goes: written whole under another name, then renamed, so a reader never sees half a file. */
  file: string;
}

/** What each worker thread runs: draws the card into its cache file. */
export async function drawToFile({ card, file }: DrawTask): Promise<void> {
  const png = await drawSocialImage(card);
  // resvg frees an image's pixels only in a finaliser, which runs once the event loop turns; without
  // this pause a thread drawing image after image would keep every one of them.
  await new Promise((turned) => setImmediate(turned));
  FileCache.write(file, png);
}

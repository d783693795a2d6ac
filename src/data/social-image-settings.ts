/** Where this build keeps social images (Astro's cache folder, which hosts' build caches keep) and the module that draws them. */
import { fileURLToPath } from 'node:url';
import { cacheDir, srcDir } from 'astro:config/server';
import type { SocialImageSettings } from './social-image.ts';

export const socialImageSettings: SocialImageSettings = {
  cacheDir: fileURLToPath(new URL('social-images/', cacheDir)),
  worker: fileURLToPath(new URL('data/social-image-draw.ts', srcDir)),
};

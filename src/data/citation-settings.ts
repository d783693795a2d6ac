/** Where this build caches citations (Astro's cache folder, which hosts' build caches keep). */
import { cacheDir, srcDir } from 'astro:config/server';
import { citationCacheSettings } from '../build/integrations/citations.ts';

export const citationSettings = citationCacheSettings(new URL(cacheDir), new URL(srcDir));

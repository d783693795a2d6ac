// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentFolders } from './src/integrations/content-folders.ts';

/** The public origin of the site. Set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://central-asia-kb.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentFolders(), mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX entry triggers a known, harmless upstream warning about Astro's
        // "use astro:head-inject" directive; drop only that one so real warnings stay visible.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});

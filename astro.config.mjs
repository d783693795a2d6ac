// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { knowledgeBase } from './src/build/integrations/knowledge-base.ts';
import { cdnHeadersFile } from './src/build/integrations/headers.ts';
import { citations } from './src/build/integrations/citations.ts';
import { networkLayoutAhead } from './src/build/integrations/network-layout.ts';
import { pagefindIndex } from './src/build/integrations/pagefind.ts';
import { serviceWorker } from './src/build/integrations/service-worker.ts';
import { socialImages } from './src/build/integrations/social-images.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { unlistedPaths } from './src/build/redirect-paths.ts';
import { bodyLinksPlugin } from './src/build/body-links.ts';
import { currentSnapshot } from './src/build/snapshot.ts';

/** The public origin of the site. Set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://central-asia-kb.example.org';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The build's one content snapshot (read by the knowledge-base integration, first of all). */
const snapshot = () => currentSnapshot(root);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Two pages render at once: rendering waits on file writes, and the machines have two cores.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  integrations: [
    // First: reads and checks the content, which everything below derives from.
    knowledgeBase(),
    // Citations are formatted in worker threads while Vite bundles.
    citations(),
    // The network page's layout, in a worker thread while Vite bundles.
    networkLayoutAhead(),
    mdx(),
    // Pages that are not content stay out of the sitemap: the 404 page and alias redirects.
    sitemap({ filter: (page) => !unlistedPaths(snapshot().entries).has(new URL(page).pathname) }),
    // Before the service worker and the headers file, which list the images.
    socialImages(),
    pagefindIndex(),
    // After the search index: the service worker precaches it.
    serviceWorker(),
    // Last: every file of the build, the service worker included, gets its caching rule.
    cdnHeadersFile(),
  ],
  devToolbar: { enabled: false },
  markdown: {
    // No code blocks are rendered, and Shiki's inline styles would need a weaker CSP.
    syntaxHighlight: false,
    // Body links and citations (`<Ref>`, `<Cite>`) resolve to plain HTML while MDX compiles.
    processor: satteri({ mdastPlugins: [bodyLinksPlugin(() => snapshot().entries)] }),
  },
  vite: {
    build: {
      // Scripts and styles stay in files of their own: cacheable, and no inline code for the CSP.
      assetsInlineLimit: 0,
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

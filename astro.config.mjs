// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/build/integrations/content-check.ts';
import { cdnHeadersFile } from './src/build/integrations/headers.ts';
import { contentVersion } from './src/build/integrations/content-version.ts';
import { citations } from './src/build/integrations/citations.ts';
import { pagefindIndex } from './src/build/integrations/pagefind.ts';
import { serviceWorker } from './src/build/integrations/service-worker.ts';
import { socialImages } from './src/build/integrations/social-images.ts';
import { aliasRedirectPaths } from './src/build/redirect-paths.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { refTargets } from './src/build/ref-targets.ts';
import { loadContent } from './src/build/load-content.ts';
import { bodyLinksPlugin } from './src/build/body-links.ts';

/** The public origin of the site. Set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? 'https://central-asia-kb.example.org';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The content, read once at config time for the sitemap's redirect filter, the body-link table, citations and social images. */
const { entries: configEntries } = loadContent(`${root}content`, root);

/** Pages that are not content: the 404 page and alias redirects. */
const unlisted = new Set(['/404/', ...aliasRedirectPaths(configEntries)]);

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Two pages render at once: rendering waits on file writes, and the machines have two cores.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  integrations: [
    contentCheck(),
    contentVersion(),
    // Citations are formatted in worker threads while Vite bundles.
    citations(() => configEntries),
    mdx(),
    sitemap({ filter: (page) => !unlisted.has(new URL(page).pathname) }),
    // Before the service worker and the headers file, which list the images.
    socialImages(() => configEntries),
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
    processor: satteri({ mdastPlugins: [bodyLinksPlugin(refTargets(configEntries))] }),
  },
  security: {
    // A strict Content-Security-Policy in a <meta> element on every page. Astro adds the hashes of
    // its own scripts and styles; Pagefind needs WebAssembly compilation and a same-origin worker.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
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

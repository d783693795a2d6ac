/**
 * Builds of their own, through Astro's programmatic `build()`: a second build (in another folder,
 * with the cache the first one filled) is byte-identical to the test build, and markup typed into
 * frontmatter renders as text everywhere it lands, JSON-LD included.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { distDir, startBrowser, stopBrowser } from '../helpers/browser.ts';
import { fixtureSite } from '../../scripts/lib/fixture-site.ts';
import { serveSite } from '../../scripts/lib/site.ts';

afterAll(stopBrowser);

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/** Pagefind's index files are gzip streams; when bytes differ, their decoded content is compared. */
const PAGEFIND_INDEX = /^pagefind\/.*\.pf_(?:meta|filter|index|fragment)$/;

describe('reproducible builds', () => {
  test('a second build, from another folder and with a warm cache, gives the same files with the same bytes', async () => {
    const site = fixtureSite('reproducible');
    try {
      const second = await site.build();
      const a = files(distDir());
      const b = files(second.outDir);
      expect(b).toEqual(a);
      const differing: string[] = [];
      const decodedDiffering: string[] = [];
      for (const file of a) {
        const x = readFileSync(join(distDir(), file));
        const y = readFileSync(join(second.outDir, file));
        if (x.equals(y)) continue;
        if (PAGEFIND_INDEX.test(file)) {
          // Named, and compared by what it decodes to: never skipped.
          differing.push(`${file} (bytes differ)`);
          if (!gunzipSync(x).equals(gunzipSync(y))) decodedDiffering.push(file);
        } else differing.push(file);
      }
      expect(decodedDiffering).toEqual([]);
      expect(differing.filter((f) => !f.endsWith('(bytes differ)'))).toEqual([]);
      if (differing.length)
        console.log(`Pagefind files whose bytes differ but decode the same: ${differing.join(', ')}`);
    } finally {
      site.dispose();
    }
  });
});

describe('markup in frontmatter', () => {
  test('renders as text on the page, in metadata and in JSON-LD, and never runs', async () => {
    const site = fixtureSite('markup');
    try {
      site.write(
        'content/actors/markup-test.mdx',
        [
          '---',
          'title: "<script>alert(1)</script> Evil state"',
          'kind: state',
          "summary: 'A test \"><img src=x onerror=alert(2)> with </script><script>alert(3)</script> inside.'",
          'cite: P1',
          '---',
          '',
          'Body text.',
          '',
        ].join('\n'),
      );
      const result = await site.build();
      const html = readFileSync(join(result.outDir, 'actors/markup-test/index.html'), 'utf8');
      // Inside quoted attribute values (meta tags) `<` is inert and the quote is escaped; in text it is escaped.
      expect(html).toContain(
        '<h1 data-pagefind-meta="title" data-pagefind-weight="10">&lt;script&gt;alert(1)&lt;/script&gt; Evil state</h1>',
      );
      expect(html).toContain('content="A test &quot;><img src=x onerror=alert(2)>');
      const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
      expect(jsonLd).not.toContain('<');
      expect(JSON.parse(jsonLd).description).toContain('</script><script>alert(3)</script>');

      const server = await serveSite(result.outDir, site.root);
      const page = await (await startBrowser()).newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${server.url}/actors/markup-test/`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        '<script>alert(1)</script> Evil state',
      );
      // Nothing from the frontmatter became an element: no image, no script carrying it.
      await expect(page.locator('img').count()).resolves.toBe(0);
      const scripts = await page
        .locator('script')
        .evaluateAll(
          (els) =>
            els.filter((e) => e.getAttribute('type') !== 'application/ld+json' && /alert/.test(e.textContent ?? ''))
              .length,
        );
      expect(scripts).toBe(0);
      await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBe(
        'A test "><img src=x onerror=alert(2)> with </script><script>alert(3)</script> inside.',
      );
      expect(dialogs).toEqual([]);
      await page.close();
      await server.stop();
    } finally {
      site.dispose();
    }
  });
});

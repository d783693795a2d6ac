/**
 * Markup typed into frontmatter renders as text everywhere it lands — the heading, meta tags and
 * JSON-LD — and never runs. The entry page is rendered in process with Astro's container API from
 * the knowledge base plus one hostile entry, then opened in Chromium with nothing to stop a script.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, describe, expect, test } from 'vitest';
import { readSnapshot } from '../../src/build/content-files.ts';
import { launchChromium } from '../helpers/chromium.ts';
import EntryLayout from '../../src/layouts/EntryLayout.astro';
import { entryView } from '../../src/views/entry/entry-view.ts';
import { sourceCredit } from '../../src/views/pages/credit.ts';
import Body from './Body.astro';

const SITE = 'https://central-asia-kb.example.org';
const ROOT = join(import.meta.dirname, '../..');
/** A copy of the project's content and package file, with one hostile entry added. */
const root = mkdtempSync(join(tmpdir(), 'kb-markup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function renderHostileEntry(): Promise<string> {
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  writeFileSync(
    join(root, 'content/actors/markup-test.mdx'),
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
  const loaded = readSnapshot(root, join(root, 'content'));
  expect(loaded.problems).toEqual([]);
  const index = loaded.index!;
  const version = loaded.version!;
  const container = await AstroContainer.create({ astroConfig: { site: SITE } });
  return container.renderToString(EntryLayout, {
    props: {
      view: entryView(index, 'markup-test', SITE, version),
      credit: { ...sourceCredit(index), build: version.build, versionDate: version.date },
      Body,
    },
    request: new Request(`${SITE}/actors/markup-test/`),
  });
}

describe('markup in frontmatter', () => {
  test('renders as text on the page, in metadata and in JSON-LD, and never runs', async () => {
    const html = await renderHostileEntry();
    // Inside quoted attribute values (meta tags) `<` is inert and the quote is escaped; in text it is escaped.
    expect(html).toContain('<h1 data-pagefind-weight="10">&lt;script&gt;alert(1)&lt;/script&gt; Evil state</h1>');
    expect(html).toContain('content="A test &quot;><img src=x onerror=alert(2)>');
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(jsonLd).not.toContain('<');
    expect(JSON.parse(jsonLd).description).toContain('</script><script>alert(3)</script>');

    // No policy here: anything that had become a script or a handler would run.
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.route('**/*', (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto(`${SITE}/actors/markup-test/`).catch(() => undefined);
      await page.setContent(html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''));
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
    } finally {
      await browser.close();
    }
  });
});

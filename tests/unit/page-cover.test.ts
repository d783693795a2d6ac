import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { markupFeatures, pageCover, pageTemplate } from '../helpers/page-cover.ts';

const site = mkdtempSync(join(tmpdir(), 'kb-cover-'));
const page = (path: string, body: string) => {
  const file = join(site, path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
};
page('', '<main><h1>Home</h1></main>');
page('actors', '<main><ul><li>a</li></ul></main>');
page('actors/a', '<main><h2 id="key-facts">Key facts</h2><dl><dt>x</dt><dd>y</dd></dl></main>');
page('actors/b', '<main><h2 id="key-facts">Key facts</h2><dl><dt>x</dt><dd>y</dd></dl></main>');
page('actors/c', '<main><h2 id="key-facts">Key facts</h2><table class="wide"><tr><td>z</td></tr></table></main>');
page('actors/d', '<main><h2 id="events">Events</h2><dl><dt>x</dt><dd>y</dd></dl><div role="img"></div></main>');
page('actors/e', '<main><h2 id="key-facts">Key facts</h2><table><tr><td>z</td></tr></table></main>');
page('places/x', '<main><dl><dt>x</dt><dd>y</dd></dl></main>');
page('old-name', '<meta http-equiv="refresh" content="0; url=/actors/a/">');
page('other-old-name', '<meta http-equiv="refresh" content="0; url=/actors/b/">');
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('pageCover', () => {
  const cover = pageCover(site);

  test('every template is seen, each redirect page stands for all of them', () => {
    expect(new Set(cover.map((p) => p.template))).toEqual(
      new Set(['/', '/actors/', '/actors/*/', '/places/*/', 'redirect']),
    );
    expect(cover.filter((p) => p.template === 'redirect').map((p) => p.path)).toEqual(['/old-name/']);
  });

  test('within a template, pages are added until every feature of every page is seen, and no more', () => {
    // d brings the events section and the role; c the table with its class; a (first of the equals)
    // is not needed once d and c are in, and e adds nothing c lacks.
    expect(cover.filter((p) => p.template === '/actors/*/').map((p) => p.path)).toEqual(['/actors/c/', '/actors/d/']);
  });

  test('features are element names, classes, data/aria attributes, roles and section ids', () => {
    const features = markupFeatures(
      '<head><meta name="x"></head><body><h2 id="events" class="a b">E</h2><p data-kb-x="1" aria-hidden="true" role="note">',
    );
    expect([...features].sort()).toEqual(
      ['#events', 'body', 'h2', 'h2.a', 'h2.b', 'p', 'p[aria-hidden]', 'p[data-kb-x]', 'p[role=note]'].sort(),
    );
  });

  test('an entry page is known by its collection, a top-level page by its path', () => {
    expect(pageTemplate('/actors/russia/', '<main>')).toBe('/actors/*/');
    expect(pageTemplate('/timeline/', '<main>')).toBe('/timeline/');
    expect(pageTemplate('/russia/', '<meta http-equiv="refresh" content="0; url=/actors/russia/">')).toBe('redirect');
  });
});

import { describe, expect, test } from 'vitest';
import { aliasRedirects, renameRedirects } from '../../src/data/redirects.ts';
import { buildIndex } from '../../src/model/index/kb-index.ts';
import { entry, source, state } from '../helpers/entries.ts';

const kb = buildIndex([
  source(),
  state('tajikistan', { aliases: ['Republic of Tajikistan', 'Tajikistan'] }),
  entry('places', 'termez', { title: 'Termez', kind: 'city', summary: 'A city.', cite: 'P1' }),
]);

describe('aliasRedirects', () => {
  test('a page per alias whose slug differs from the id, in the entry’s collection', () => {
    expect(aliasRedirects(kb).map((r) => [r.from, r.to])).toEqual([
      ['/actors/republic-of-tajikistan/', '/actors/tajikistan/'],
    ]);
  });
});

describe('renameRedirects', () => {
  test('a redirect page at the old path of each renamed entry, leading to its new page', () => {
    expect(renameRedirects(kb, { '/places/termez-city/': '/places/termez/' })).toEqual([
      {
        collection: 'places',
        slug: 'termez-city',
        name: '/places/termez-city/',
        id: 'termez',
        from: '/places/termez-city/',
        to: '/places/termez/',
      },
    ]);
  });
  test('refuses, naming the file, an old path that is still a page or not an entry page, and a new path that is no entry', () => {
    expect(() =>
      renameRedirects(kb, {
        '/places/termez/': '/places/termez/',
        '/actors/republic-of-tajikistan/': '/actors/tajikistan/',
        '/about/': '/places/termez/',
        '/places/old-name/': '/places/atlantis/',
      }),
    ).toThrow(
      'src/config/redirects.ts: "/places/termez/": is still a page; it cannot redirect; "/actors/republic-of-tajikistan/": is still a page; it cannot redirect; "/about/": an old path must be an entry page, /<collection>/<id>/; "/places/old-name/": leads to "/places/atlantis/", which is no entry page',
    );
  });
});

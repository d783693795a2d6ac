/** Wiring only: one glob loader per collection folder under ./content, each with its schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { CollectionName } from './model/ids.ts';
import { SCHEMAS } from './model/schemas/collections.ts';

function collection<C extends CollectionName>(name: C) {
  return defineCollection({
    // The id is the file name as written, so the integrity check can reject a badly named file
    // instead of a slug silently renaming it.
    loader: glob({
      pattern: '*.mdx',
      base: `./content/${name}`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema: SCHEMAS[name],
  });
}

export const collections = {
  actors: collection('actors'),
  organizations: collection('organizations'),
  bases: collection('bases'),
  places: collection('places'),
  infrastructure: collection('infrastructure'),
  events: collection('events'),
  scenarios: collection('scenarios'),
  sources: collection('sources'),
} satisfies Record<CollectionName, unknown>;

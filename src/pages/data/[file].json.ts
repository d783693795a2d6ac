import type { APIRoute, GetStaticPaths } from 'astro';
import { currentKnowledgeBase } from '../../data/kb.ts';
import { collectionFile, dataIndex } from '../../views/data/open-data.ts';
import { COLLECTIONS, type CollectionName } from '../../model/ids.ts';
import { collectionJsonSchema } from '../../model/schemas/open-data.ts';

/** `/data/<collection>.json`, `/data/<collection>.schema.json` and `/data/index.json`. */
export const getStaticPaths = (() => [
  { params: { file: 'index' } },
  ...COLLECTIONS.flatMap((c) => [{ params: { file: c } }, { params: { file: `${c}.schema` } }]),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = params.file!;
  const origin = site!;
  const kb = await currentKnowledgeBase();
  const body =
    file === 'index'
      ? {
          version: kb.version.build,
          versionDate: kb.version.date,
          ...dataIndex(origin),
          citations: new URL('/data/citations.json', origin).href,
        }
      : file.endsWith('.schema')
        ? {
            $id: new URL(`/data/${file}.json`, origin).href,
            ...collectionJsonSchema(file.replace(/\.schema$/, '') as CollectionName),
          }
        : collectionFile(kb.index, file as CollectionName, origin, kb.core);
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};

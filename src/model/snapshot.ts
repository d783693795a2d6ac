/**
 * The content snapshot: one reading of the content folder turned into everything the site derives
 * from it — the parsed entries, every problem (folders, YAML, schemas, the synonym list, the
 * integrity check), the index, and the citable version. Pure: the files come in as bytes (read by
 * `src/build/content-files.ts`), so a snapshot can be made again from a few changed files without
 * parsing the others twice.
 */
import { parseFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';
import type { AnyEntry } from './entries.ts';
import { COLLECTIONS, isCollectionName, type CollectionName } from './ids.ts';
import { buildIndex, type KbIndex } from './index/kb-index.ts';
import { checkKnowledgeBase, type FolderState, type Problem } from './integrity/check.ts';
import { scaffoldMarkerProblems } from './integrity/scaffold-markers.ts';
import { SCHEMAS } from './schemas/collections.ts';
import { synonymFileSchema, type SynonymGroups } from './schemas/synonyms.ts';
import { fileHash, siteVersion, type SiteVersion } from './version.ts';

/** One file under the content folder: its path relative to the project root (forward slashes) and bytes. */
export interface RawFile {
  path: string;
  bytes: Uint8Array;
}

export interface FolderInfo {
  /** Path relative to the project root, for messages. */
  path: string;
  state: FolderState;
}

/** The package's version and its date, which every citation names. */
export interface PackageInfo {
  version: string;
  versionDate: string;
}

export interface SnapshotInput {
  /** The content folder, relative to the project root (`content`). */
  contentDir: string;
  /** Every file under the content folder. */
  files: readonly RawFile[];
  folders: Record<CollectionName, FolderInfo>;
  /** Without it the snapshot has no version (a content check of a bare folder). */
  packageInfo?: PackageInfo;
}

/** What parsing one entry file gave: the entry, or its problems. */
type Parsed = { hash: string; entry: AnyEntry; problems?: undefined } | { hash: string; problems: Problem[] };

export interface ContentSnapshot {
  contentDir: string;
  /** Every file read, by path. */
  files: ReadonlyMap<string, RawFile>;
  folders: Record<CollectionName, FolderInfo>;
  /** Entries whose frontmatter parsed and passed their collection's schema, in collection then file order. */
  entries: AnyEntry[];
  /** Every problem found, with file and field; empty when the content is sound. */
  problems: Problem[];
  /** Ids of the entry files left out of `entries` because of their own problems. */
  rejected: string[];
  /** The index of the knowledge base; only a sound knowledge base has one. */
  index: KbIndex | undefined;
  /** The build's citable version (when the package's version was given). */
  version: SiteVersion | undefined;
  /** The search synonym groups (empty when the list has problems). */
  synonyms: SynonymGroups;
  /** Parse results by file path, reused by the next snapshot for files whose bytes did not change. */
  readonly parsed: ReadonlyMap<string, Parsed>;
}

/** The synonym list's file name inside the content folder. */
export const SYNONYMS_FILE = 'search-synonyms.yaml';

/** An entry file's name: `<id>.mdx` directly inside a collection folder. */
const ENTRY_FILE = /^([^/]+)\/([^/]+)\.mdx$/;

/**
 * Splits an MDX file into its parsed frontmatter and its body with the parser Astro's MDX loader
 * uses. Throws on malformed YAML, with the line in the file where the parser stopped.
 */
function parseMdx(text: string): { data: unknown; body: string } {
  try {
    const { frontmatter, content } = parseFrontmatter(text);
    // Astro's MDX loader trims the body, so "body line N" counts from its first line of text.
    return { data: frontmatter, body: content.trim() };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    // The YAML block starts on the line after the opening fence, and the parser counts from 0.
    throw new MalformedYaml(reason!, mark ? mark.line + 1 : undefined);
  }
}

/** Malformed YAML in a file's frontmatter; `line` is the line in the file, when the parser knows it. */
class MalformedYaml extends Error {
  readonly line: number | undefined;
  constructor(reason: string, line?: number) {
    super(`malformed YAML: ${reason}`);
    this.name = 'MalformedYaml';
    this.line = line;
  }
}

/** A zod issue path as a field name: `relations[0].target`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)';
}

const decoder = new TextDecoder();

function parseEntry(file: RawFile, collection: CollectionName, id: string, hash: string): Parsed {
  let parsed: { data: unknown; body: string };
  try {
    parsed = parseMdx(decoder.decode(file.bytes));
  } catch (error) {
    if (!(error instanceof MalformedYaml)) throw error;
    const field = error.line ? `frontmatter line ${error.line}` : '(frontmatter)';
    return { hash, problems: [{ file: file.path, field, message: error.message }] };
  }
  const result = SCHEMAS[collection].safeParse(parsed.data);
  if (!result.success)
    return {
      hash,
      problems: result.error.issues.map((issue) => ({
        file: file.path,
        field: fieldPath(issue.path),
        message: issue.message,
      })),
    };
  return { hash, entry: { id, collection, data: result.data, body: parsed.body, file: file.path } as AnyEntry };
}

function parseSynonymFile(file: RawFile | undefined, path: string): { synonyms: SynonymGroups; problems: Problem[] } {
  if (!file) return { synonyms: [], problems: [] };
  let data: unknown;
  try {
    data = yaml.load(decoder.decode(file.bytes));
  } catch (error) {
    return { synonyms: [], problems: [{ file: path, field: '(file)', message: (error as Error).message }] };
  }
  const parsed = synonymFileSchema.safeParse(data);
  if (parsed.success) return { synonyms: parsed.data.groups, problems: [] };
  return {
    synonyms: [],
    problems: parsed.error.issues.map((issue) => ({
      file: path,
      field: issue.path.join('.') || '(file)',
      message: issue.message,
    })),
  };
}

/**
 * Makes the snapshot of a content folder. `previous` lends its parse results for files whose bytes
 * did not change. A reference to an entry that failed its schema is not reported again as an unknown
 * entry: that file's own problems are listed.
 */
export function createSnapshot(input: SnapshotInput, previous?: ContentSnapshot): ContentSnapshot {
  const prefix = `${input.contentDir}/`;
  const files = new Map(input.files.map((f) => [f.path, f]));
  const parsed = new Map<string, Parsed>();
  const byCollection = new Map<CollectionName, { id: string; result: Parsed }[]>();
  for (const file of [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const match = ENTRY_FILE.exec(file.path.slice(prefix.length));
    if (!file.path.startsWith(prefix) || !match || !isCollectionName(match[1])) continue;
    const [, collection, id] = match as unknown as [string, CollectionName, string];
    const hash = fileHash(file.bytes);
    const known = previous?.parsed.get(file.path);
    const result = known?.hash === hash ? known : parseEntry(file, collection, id, hash);
    parsed.set(file.path, result);
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), { id, result }]);
  }
  const entries: AnyEntry[] = [];
  const problems: Problem[] = [];
  const rejected: string[] = [];
  for (const collection of COLLECTIONS)
    for (const { id, result } of byCollection.get(collection) ?? []) {
      if (result.problems) {
        problems.push(...result.problems);
        rejected.push(id);
      } else entries.push(result.entry);
    }
  const unloaded = new Set(rejected);
  const integrity = checkKnowledgeBase(entries, { folders: input.folders }).filter((p) => {
    const unknown = /^unknown entry "(.+)"$/.exec(p.message);
    return !(unknown && unloaded.has(unknown[1]!));
  });
  integrity.push(...scaffoldMarkerProblems(entries));
  const synonymPath = `${prefix}${SYNONYMS_FILE}`;
  const synonyms = parseSynonymFile(files.get(synonymPath), synonymPath);
  problems.push(...integrity, ...synonyms.problems);
  return {
    contentDir: input.contentDir,
    files,
    folders: input.folders,
    entries,
    problems,
    rejected,
    index: problems.length ? undefined : buildIndex(entries),
    version: input.packageInfo
      ? siteVersion(input.packageInfo.version, input.packageInfo.versionDate, [...files.values()])
      : undefined,
    synonyms: synonyms.synonyms,
    parsed,
  };
}

/**
 * The integrity check: everything about the knowledge base that a per-file schema cannot see.
 * It collects every problem (file, field, target) so one failed build lists them all.
 */
import { BODY_COMPONENTS, bodyComponents } from '../body.ts';
import { SOURCE_ID } from '../article-places.ts';
import { dateProblem, earliestDay, latestDay } from '../dates.ts';
import { ID_FIELDS, mentionsOf, otherNames, type AnyEntry } from '../entries.ts';
import { COLLECTIONS, isEntryId, slugify, type CollectionName } from '../ids.ts';
import { RELATION_TYPES, relationEndProblem } from '../vocab/relations.ts';
import { MAX_QUOTE_WORDS, wordCount } from '../vocab/statements.ts';

export interface Problem {
  /** The file the problem is in. */
  file: string;
  /** The field path within the file (`relations[2].target`, `body line 4`). */
  field: string;
  /** What is wrong, naming the offending value or target. */
  message: string;
}

/** Whether each collection folder exists and holds entries. */
export type FolderState = 'ok' | 'missing' | 'empty';

export interface CheckOptions {
  /** State of each collection's folder, keyed by collection; the path is used in messages. */
  folders?: Partial<Record<CollectionName, { path: string; state: FolderState }>>;
}

/** The most words of a paragraph's opening used for a link to the passage at the publisher. */
const MAX_OPENING_WORDS = 6;

/**
 * Checks the whole knowledge base and returns every problem found, in file order. An empty list
 * means the content is sound.
 */
export function checkKnowledgeBase(entries: readonly AnyEntry[], options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  problems.push(...folderProblems(options.folders ?? {}));

  // Ids are unique across collections.
  const byId = new Map<string, AnyEntry>();
  for (const entry of entries) {
    if (!isEntryId(entry.id))
      add(
        entry.file,
        '(file name)',
        `"${entry.id}" is not a valid id: name the file in lowercase words joined by hyphens`,
      );
    const first = byId.get(entry.id);
    if (first) add(entry.file, '(id)', `id "${entry.id}" is already used by ${first.file}`);
    else byId.set(entry.id, entry);
  }

  // Aliases are unique across all ids and aliases, compared by their URL slug (which redirects use).
  // An alias may share its own entry's id ("IMU" on `imu`): it is a search name with no redirect.
  const names = new Map<string, { owner: string; what: string }>();
  for (const entry of entries) names.set(entry.id, { owner: entry.id, what: `the id of ${entry.file}` });
  for (const entry of entries) {
    const aliasCount = entry.data.aliases.length;
    otherNames(entry).forEach((alias, i) => {
      const slug = slugify(alias);
      const taken = names.get(slug);
      const field = i < aliasCount ? `aliases[${i}]` : `laterNames[${i - aliasCount}].name`;
      if (!slug) add(entry.file, field, `alias "${alias}" has no letters or digits`);
      else if (taken && (taken.owner !== entry.id || taken.what !== `the id of ${entry.file}`)) {
        add(entry.file, field, `alias "${alias}" (${slug}) clashes with ${taken.what}`);
      } else if (!taken) names.set(slug, { owner: entry.id, what: `an alias in ${entry.file}` });
    });
  }

  // Citable places are the paragraphs the source entry lists.
  const source = entries.find((e) => e.collection === 'sources' && e.id === SOURCE_ID);
  const citable = new Set<string>(
    source && source.collection === 'sources' ? source.data.paragraphs.map((p) => p.place) : [],
  );
  if (!source && entries.length > 0)
    add(`content/sources/${SOURCE_ID}.mdx`, '(file)', 'the source entry is missing, so no citation can be checked');

  const statementIds = new Map<string, string>();

  for (const entry of entries) {
    const found = mentionsOf(entry);

    for (const ref of found.ids) {
      const target = byId.get(ref.id);
      if (!target) add(entry.file, ref.path, `unknown entry "${ref.id}"`);
      else if (ref.allowed !== 'any' && !ref.allowed.includes(target.collection)) {
        add(
          entry.file,
          ref.path,
          `"${ref.id}" is in ${target.collection}; this field takes ${ref.allowed.join(' or ')}`,
        );
      }
    }

    for (const end of found.relationEnds) {
      const rel = entry.data.relations[end.index]!;
      const other = byId.get(end.id);
      if (!other) {
        add(entry.file, end.path, `unknown entry "${end.id}"`);
        continue;
      }
      if (other.id === entry.id) add(entry.file, end.path, 'a relation cannot point at its own entry');
      const [source, target] = rel.target !== undefined ? [entry, other] : [other, entry];
      const problem =
        relationEndProblem(rel.type, 'from', source.collection) ??
        relationEndProblem(rel.type, 'to', target.collection);
      if (problem)
        add(entry.file, end.path, `${problem} ("${source.id}" ${RELATION_TYPES[rel.type].label} "${target.id}")`);
      if (rel.type === 'member-of' && target.collection === 'actors' && target.data.kind !== 'state-group') {
        add(entry.file, end.path, `"${target.id}" is not a group of states; membership of it cannot be recorded`);
      }
    }

    if (source) {
      for (const cite of found.cites) {
        if (!citable.has(cite.place))
          add(
            entry.file,
            cite.path,
            `"${cite.place}" is not a citable place of the source (${[...citable].join(', ')})`,
          );
      }
    }

    for (const { path, date } of found.dates) {
      const problem = dateProblem(date.value) ?? (date.end ? dateProblem(date.end) : undefined);
      if (problem) add(entry.file, path, problem);
      else if (date.end && latestDay({ value: date.end }) < earliestDay({ value: date.value })) {
        add(entry.file, path, `the period ends (${date.end}) before it begins (${date.value})`);
      }
    }

    for (const { path, text } of found.quotes) {
      const words = wordCount(text);
      if (words > MAX_QUOTE_WORDS)
        add(entry.file, path, `a quote has at most ${MAX_QUOTE_WORDS} words; this one has ${words}`);
    }

    for (const component of bodyComponents(entry.body)) {
      if (!(BODY_COMPONENTS as readonly string[]).includes(component.value)) {
        add(
          entry.file,
          `body line ${component.line}`,
          `unknown component <${component.value}>: bodies may use ${BODY_COMPONENTS.map((c) => `<${c}>`).join(' and ')}`,
        );
      }
    }

    if (entry.collection === 'actors' || entry.collection === 'organizations') {
      entry.data.statements.forEach((statement, i) => {
        const first = statementIds.get(statement.id);
        if (first) add(entry.file, `statements[${i}].id`, `statement id "${statement.id}" is already used in ${first}`);
        else if (byId.has(statement.id))
          add(entry.file, `statements[${i}].id`, `statement id "${statement.id}" is also an entry id`);
        else statementIds.set(statement.id, entry.file);
      });
    }

    if (entry.collection === 'organizations') {
      entry.data.members.forEach((membership, m) => {
        membership.history.forEach((status, h) => {
          if (
            status.since &&
            status.until &&
            !dateProblem(status.since.value) &&
            !dateProblem(status.until.value) &&
            latestDay(status.until) < earliestDay(status.since)
          ) {
            add(
              entry.file,
              `members[${m}].history[${h}].until`,
              `"${status.until.value}" is before "${status.since.value}" (since)`,
            );
          }
        });
      });
    }

    if (entry.collection === 'actors') {
      entry.data.stances.forEach((stance, i) => {
        if (stance.appliesTo && entry.data.kind !== 'state-group') {
          add(
            entry.file,
            `stances[${i}].appliesTo`,
            'only a group of states can say which members a stance applies to',
          );
        }
      });
    }

    if (entry.collection === 'sources') {
      const seen = new Set<string>();
      entry.data.paragraphs.forEach((paragraph, i) => {
        if (seen.has(paragraph.place))
          add(entry.file, `paragraphs[${i}].place`, `"${paragraph.place}" is listed twice`);
        seen.add(paragraph.place);
        const words = wordCount(paragraph.opening);
        if (words > MAX_OPENING_WORDS)
          add(
            entry.file,
            `paragraphs[${i}].opening`,
            `an opening has at most ${MAX_OPENING_WORDS} words; this one has ${words}`,
          );
      });
    }
  }

  problems.push(...textProblems(entries), ...orderProblems(entries, byId));

  // Stances that a group applies to specific members must name members of that group.
  const groupMembers = membersOfGroups(entries);
  for (const entry of entries) {
    if (entry.collection !== 'actors') continue;
    entry.data.stances.forEach((stance, i) => {
      stance.appliesTo?.forEach((id, j) => {
        if (byId.has(id) && !groupMembers.get(entry.id)?.has(id)) {
          add(entry.file, `stances[${i}].appliesTo[${j}]`, `"${id}" is not a member of ${entry.id}`);
        }
      });
    });
  }

  return problems;
}

/** Raw citation notation in text: readers see ¶5, never P5. */
const RAW_PLACE = /\bP(?:[1-9]|1[0-9])\b/;

/** Every reader-facing string of an entry's data with its field path and whether it sits in a context item. */
function textsOf(entry: AnyEntry): { path: string; text: string; inContext: boolean }[] {
  const out: { path: string; text: string; inContext: boolean }[] = [];
  // Fields that hold ids, citations, enum values or search words rather than prose.
  const skip = new Set([
    'cite',
    'place',
    'kind',
    'status',
    'type',
    'key',
    'topic',
    'position',
    'act',
    'certainty',
    'qualifier',
    'unit',
    'direction',
    'degree',
    'keywords',
    'laterNames',
    'url',
    ...Object.keys(ID_FIELDS),
    'id',
    'target',
    'from',
    'value',
    'end',
    'opening',
  ]);
  const visit = (value: unknown, path: string, inContext: boolean): void => {
    if (typeof value === 'string') out.push({ path, text: value, inContext });
    else if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`, inContext));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const context = inContext || typeof record.context === 'string';
      for (const [k, v] of Object.entries(record)) {
        if (skip.has(k) && !(k === 'from' && typeof v === 'object')) continue;
        if (k === 'context') continue;
        visit(v, path ? `${path}.${k}` : k, context);
      }
    }
  };
  visit(entry.data, '', typeof (entry.data as { context?: unknown }).context === 'string');
  return out;
}

/** Body text as a reader sees it: components' markup removed, their text kept. */
function bodyText(body: string): { line: number; text: string }[] {
  return body.split('\n').map((text, i) => ({ line: i + 1, text: text.replace(/<[^>]+>/g, ' ') }));
}

/**
 * Rules about what text says: no raw `P5` notation; a place's later names (after September 2021)
 * appear only in context items; a typed status is explained by at most one `status` fact.
 */
function textProblems(entries: readonly AnyEntry[]): Problem[] {
  const problems: Problem[] = [];
  const later = entries.flatMap((e) =>
    e.collection === 'places' ? e.data.laterNames.map((n) => ({ place: e.id, name: n.name })) : [],
  );
  const laterPattern = (name: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  const patterns = later.map((l) => ({ ...l, re: laterPattern(l.name) }));
  for (const entry of entries) {
    const texts = [
      ...textsOf(entry),
      ...bodyText(entry.body).map((b) => ({ path: `body line ${b.line}`, text: b.text, inContext: false })),
    ];
    for (const { path, text, inContext } of texts) {
      if (RAW_PLACE.test(text))
        problems.push({
          file: entry.file,
          field: path,
          message: `"${RAW_PLACE.exec(text)![0]}" in text: write ¶${RAW_PLACE.exec(text)![0].slice(1)} (or "paragraph ${RAW_PLACE.exec(text)![0].slice(1)}"), as the site does`,
        });
      if (inContext || path.startsWith('aliases')) continue;
      for (const l of patterns) {
        if (l.re.test(text))
          problems.push({
            file: entry.file,
            field: path,
            message: `"${l.name}" is a later name of ${l.place}; as of September 2021 use its name then, or put this in a context item`,
          });
      }
    }
    if (entry.collection === 'bases' || entry.collection === 'infrastructure') {
      // The typed status is shown once, with the one `status` fact as its explanation and citation.
      const statusFacts = entry.data.facts.flatMap((fact, i) => (fact.key === 'status' ? [i] : []));
      for (const i of statusFacts.slice(1)) {
        problems.push({
          file: entry.file,
          field: `facts[${i}].key`,
          message: `a second "status" fact (the first is facts[${statusFacts[0]}]): an entry has one status, explained once`,
        });
      }
    }
  }
  return problems;
}

/**
 * Relative order the article gives (`after` on events) must be possible given the dates, and
 * must not loop.
 */
function orderProblems(entries: readonly AnyEntry[], byId: ReadonlyMap<string, AnyEntry>): Problem[] {
  const problems: Problem[] = [];
  const events = entries.filter((e) => e.collection === 'events');
  for (const event of events) {
    event.data.after.forEach((id, i) => {
      const other = byId.get(id);
      if (other?.collection !== 'events') return;
      if (id === event.id)
        problems.push({ file: event.file, field: `after[${i}]`, message: 'an event cannot come after itself' });
      else if (
        !dateProblem(event.data.date.value) &&
        !dateProblem(other.data.date.value) &&
        latestDay(event.data.date) < earliestDay(other.data.date)
      ) {
        problems.push({
          file: event.file,
          field: `after[${i}]`,
          message: `"${id}" (${other.data.date.value}) is dated after this event (${event.data.date.value}), so this event cannot follow it`,
        });
      }
    });
  }
  // A loop of `after` links has no order.
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    const event = byId.get(id);
    if (event?.collection !== 'events') return;
    if (state.get(id) === 'visiting') {
      problems.push({
        file: event.file,
        field: 'after',
        message: `the events follow each other in a loop: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`,
      });
      return;
    }
    state.set(id, 'visiting');
    for (const next of event.data.after) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const event of events) visit(event.id, []);
  return problems;
}

/** Members of each group of states, from `member-of` relations written on either end. */
export function membersOfGroups(entries: readonly AnyEntry[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const entry of entries) {
    entry.data.relations.forEach((rel) => {
      if (rel.type !== 'member-of') return;
      const [member, group] = rel.target !== undefined ? [entry.id, rel.target] : [rel.from!, entry.id];
      if (!groups.has(group)) groups.set(group, new Set());
      groups.get(group)!.add(member);
    });
  }
  return groups;
}

/** Problems with collection folders: one per folder that is missing or holds no entries. */
export function folderProblems(folders: NonNullable<CheckOptions['folders']>): Problem[] {
  const problems: Problem[] = [];
  for (const collection of COLLECTIONS) {
    const folder = folders[collection];
    if (!folder || folder.state === 'ok') continue;
    problems.push({
      file: folder.path,
      field: '(folder)',
      message:
        folder.state === 'missing'
          ? `the "${collection}" collection folder is missing`
          : `the "${collection}" collection folder holds no entries`,
    });
  }
  return problems;
}

/** One error message listing every problem, grouped by file. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!byFile.has(p.file)) byFile.set(p.file, []);
    byFile.get(p.file)!.push(p);
  }
  const lines = [
    `The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}:`,
  ];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${file}`);
    for (const p of list) lines.push(`    ${p.field}: ${p.message}`);
  }
  return lines.join('\n');
}

/** Thrown by the data layer when the integrity check finds problems. */
export class KnowledgeBaseError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'KnowledgeBaseError';
    this.problems = problems;
  }
}

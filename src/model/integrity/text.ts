/**
 * What text says: bodies use only the known components; no raw `P5` notation (readers see ¶5);
 * a place's later names (after `AS_OF`, the date the knowledge base describes) appear only in
 * context items; a typed status is explained by at most one `status` fact.
 */
import { AS_OF } from '../../config/site.ts';
import { BODY_COMPONENTS, bodyComponents } from '../body.ts';
import { ID_FIELDS, type AnyEntry } from '../entries.ts';
import type { Problem } from './problems.ts';

/** Components in an entry's body that bodies may not use. */
export function bodyComponentProblems(entry: AnyEntry): Problem[] {
  return bodyComponents(entry.body)
    .filter((component) => !(BODY_COMPONENTS as readonly string[]).includes(component.value))
    .map((component) => ({
      file: entry.file,
      field: `body line ${component.line}`,
      message: `unknown component <${component.value}>: bodies may use ${BODY_COMPONENTS.map((c) => `<${c}>`).join(' and ')}`,
    }));
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
 * Rules about what text says: no raw `P5` notation; a place's later names (after `AS_OF`) appear
 * only in context items; a typed status is explained by at most one `status` fact.
 */
export function textProblems(entries: readonly AnyEntry[]): Problem[] {
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
            message: `"${l.name}" is a later name of ${l.place}; as of ${AS_OF} use its name then, or put this in a context item`,
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

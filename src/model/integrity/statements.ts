/**
 * Statements and quotes: statement ids are unique (and no entry's id), quotes stay short, a
 * statement made at an event takes its date from the event, and one made jointly names the other
 * parties.
 */
import type { AnyEntry, EntryMentions } from '../entries.ts';
import { MAX_QUOTE_WORDS, wordCount } from '../vocab/statements.ts';
import type { Problem } from './problems.ts';

/** Quotes longer than officials' words are quoted here. */
export function quoteProblems(entry: AnyEntry, found: EntryMentions): Problem[] {
  return found.quotes.flatMap(({ path, text }) => {
    const words = wordCount(text);
    return words > MAX_QUOTE_WORDS
      ? [
          {
            file: entry.file,
            field: path,
            message: `a quote has at most ${MAX_QUOTE_WORDS} words; this one has ${words}`,
          },
        ]
      : [];
  });
}

/**
 * A statement made at an event has the event's date, which is one claim, shown with the event's
 * marker; a date of its own would be a second copy that could disagree.
 */
export function statementDateProblems(entry: AnyEntry): Problem[] {
  if (entry.collection !== 'actors' && entry.collection !== 'organizations') return [];
  return entry.data.statements.flatMap((statement, i) =>
    statement.event && statement.date
      ? [
          {
            file: entry.file,
            field: `statements[${i}].date`,
            message: `a statement made at an event has the event's date ("${statement.event}"): remove "date"`,
          },
        ]
      : [],
  );
}

/**
 * A statement made jointly names the other parties (`jointWith`), never its own speaker: an
 * agreement always has another side.
 */
export function jointStatementProblems(entry: AnyEntry): Problem[] {
  if (entry.collection !== 'actors' && entry.collection !== 'organizations') return [];
  const problems: Problem[] = [];
  entry.data.statements.forEach((statement, i) => {
    if (statement.act === 'agreed' && !statement.jointWith)
      problems.push({
        file: entry.file,
        field: `statements[${i}].jointWith`,
        message: 'an agreement has another side: name the parties it was made with in "jointWith"',
      });
    statement.jointWith?.forEach((id, j) => {
      if (id === entry.id)
        problems.push({
          file: entry.file,
          field: `statements[${i}].jointWith[${j}]`,
          message: 'the speaker is not one of the parties it spoke jointly with',
        });
    });
  });
  return problems;
}

/**
 * A check of statement ids across entries, called on each entry in turn: an id already used by an
 * earlier statement, or by an entry, is a problem.
 */
export function statementIdChecker(byId: ReadonlyMap<string, AnyEntry>): (entry: AnyEntry) => Problem[] {
  const statementIds = new Map<string, string>();
  return (entry) => {
    if (entry.collection !== 'actors' && entry.collection !== 'organizations') return [];
    const problems: Problem[] = [];
    entry.data.statements.forEach((statement, i) => {
      const field = `statements[${i}].id`;
      const first = statementIds.get(statement.id);
      if (first)
        problems.push({
          file: entry.file,
          field,
          message: `statement id "${statement.id}" is already used in ${first}`,
        });
      else if (byId.has(statement.id))
        problems.push({ file: entry.file, field, message: `statement id "${statement.id}" is also an entry id` });
      else statementIds.set(statement.id, entry.file);
    });
    return problems;
  };
}

/**
 * The integrity check: everything about the knowledge base that a per-file schema cannot see.
 * It collects every problem (file, field, target) so one failed build lists them all. Each family
 * of rules has its module — folders, ids and names, references, relations, groups, citations,
 * dates and order, statements and quotes, text — and the check runs them in one fixed order, so
 * the same content always gives the same list.
 */
import { mentionsOf, type AnyEntry } from '../entries.ts';
import { citablePlaces, citeProblems, paragraphProblems } from './citations.ts';
import { dateProblems, membershipDateProblems, orderProblems, readingProblems } from './dates.ts';
import { folderProblems, type Folders } from './folders.ts';
import { appliesToProblems, stanceScopeProblems } from './groups.ts';
import { aliasProblems, idProblems } from './names.ts';
import type { Problem } from './problems.ts';
import { referenceProblems } from './references.ts';
import { participantProblems, relationEndProblems, tieTimeProblems } from './relations.ts';
import { jointStatementProblems, quoteProblems, statementDateProblems, statementIdChecker } from './statements.ts';
import { bodyComponentProblems, textProblems } from './text.ts';

export type { FolderState } from './folders.ts';
export { formatProblems, KnowledgeBaseError, type Problem } from './problems.ts';

export interface CheckOptions {
  /** State of each collection's folder, keyed by collection; the path is used in messages. */
  folders?: Folders;
}

/**
 * Checks the whole knowledge base and returns every problem found: the folders, ids and names and
 * the source first, then each entry's own fields in file order, then the rules across entries.
 * An empty list means the content is sound.
 */
export function checkKnowledgeBase(entries: readonly AnyEntry[], options: CheckOptions = {}): Problem[] {
  const ids = idProblems(entries);
  const { byId } = ids;
  const source = citablePlaces(entries);
  const statementIds = statementIdChecker(byId);
  const entryProblems = (entry: AnyEntry): Problem[] => {
    const found = mentionsOf(entry);
    return [
      ...referenceProblems(entry, found, byId),
      ...relationEndProblems(entry, found, byId),
      ...participantProblems(entry),
      ...tieTimeProblems(entry, byId),
      ...(source.hasSource ? citeProblems(entry, found, source.citable) : []),
      ...dateProblems(entry, found),
      ...readingProblems(entry),
      ...quoteProblems(entry, found),
      ...bodyComponentProblems(entry),
      ...statementIds(entry),
      ...statementDateProblems(entry),
      ...jointStatementProblems(entry),
      ...membershipDateProblems(entry),
      ...stanceScopeProblems(entry),
      ...paragraphProblems(entry),
    ];
  };
  return [
    ...folderProblems(options.folders ?? {}),
    ...ids.problems,
    ...aliasProblems(entries),
    ...source.problems,
    ...entries.flatMap(entryProblems),
    ...textProblems(entries),
    ...orderProblems(entries, byId),
    ...appliesToProblems(entries, byId),
  ];
}

/** A problem the integrity check finds, and how a list of them is reported. */

export interface Problem {
  /** The file the problem is in. */
  file: string;
  /** The field path within the file (`relations[2].target`, `body line 4`). */
  field: string;
  /** What is wrong, naming the offending value or target. */
  message: string;
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

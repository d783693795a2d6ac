/**
 * The layers of ARCHITECTURE.md are enforced by `npm run lint` (the boundaries and import-cycle
 * rules in eslint.config.js): the rules pass on the project and catch a seeded import across a
 * layer and a seeded cycle.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer and cycle errors ESLint reports for `code` written at `path` (relative to the root). */
async function layerErrors(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result!.messages
    .filter((m) => m.ruleId === 'boundaries/dependencies' || m.ruleId === 'import-x/no-cycle')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layer rules', () => {
  test('every module of src/ keeps to them', async () => {
    const results = await eslint.lintFiles(['src/**/*.{ts,astro}', 'astro.config.mjs']);
    expect(results.length).toBeGreaterThan(100);
    const broken = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'boundaries/dependencies' || m.ruleId === 'import-x/no-cycle')
        .map((m) => `${r.filePath}: ${m.message}`),
    );
    expect(broken).toEqual([]);
  });

  test.each([
    [
      'src/components/entry/Bad.astro',
      "---\nimport { knowledgeBase } from '../../data/kb.ts';\nconst kb = await knowledgeBase();\n---\n",
      'rendering may not import data',
    ],
    [
      'src/model/bad.ts',
      "import { entryView } from '../views/entry/entry-view.ts';\nexport const bad = entryView;\n",
      'model may not import views',
    ],
    [
      'src/views/bad.ts',
      "import { knowledgeBase } from '../build/integrations/knowledge-base.ts';\nexport const bad = knowledgeBase;\n",
      'views may not import build',
    ],
    [
      'src/client/bad.ts',
      "import { currentSnapshot } from '../build/snapshot.ts';\nexport const bad = currentSnapshot;\n",
      'client may not import build',
    ],
  ])('an import across a layer is refused (%s)', async (path, code, message) => {
    expect(await layerErrors(code, path)).toEqual([expect.stringContaining(message)]);
  });

  test('an import cycle is refused, an import within a layer is not', async () => {
    const within = "import { formatDate } from './dates.ts';\nexport const ok = formatDate;\n";
    expect(await layerErrors(within, 'src/model/new-module.ts')).toEqual([]);
    // src/model/entries.ts imports body.ts: body.ts importing entries.ts closes a cycle.
    const back = "import { otherNames } from './entries.ts';\nexport const bad = otherNames;\n";
    expect(await layerErrors(back, 'src/model/body.ts')).toEqual([expect.stringContaining('Dependency cycle')]);
  });
});

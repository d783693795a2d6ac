/**
 * The search interface of the dialog and the search page, on Pagefind's JS API: an input, a live
 * result count, optional type and kind filters in a disclosure, an answer from the typed data when
 * the query asks about an entry or names two (`search/answer.ts`), and the results, each with its
 * type and kind, summary, and the section it matched (linking to that heading). Results are
 * ranked by the knowledge base (`src/search/run.ts`) and painted once, in their final order, with
 * the answer.
 * Nothing is fetched before search is opened; a failed load can be retried. The parts are in
 * `search/`: loading (`engine.ts`), the elements, the state, results, filters, fallbacks and
 * keyboard use; `mountSearch` puts them together.
 */
import { queryTerms } from '../search/words.ts';
import type { Filters } from '../search/run.ts';
import { answerSection } from './search/answer.ts';
import { searchElements } from './search/elements.ts';
import { loadEngine, type Engine } from './search/engine.ts';
import { showFailure, showNothingFound } from './search/fallbacks.ts';
import { paintFilters } from './search/filters.ts';
import { focusResult, moveWithArrows } from './search/keyboard.ts';
import { clearResults, paintResults } from './search/results.ts';
import { initialState, toggleFilter } from './search/state.ts';

/** How long typing pauses before a search starts. */
export const DEBOUNCE_MS = 120;

export interface SearchUiOptions {
  /** Show the type and kind filters. */
  filters: boolean;
  /** An input already on the page (the dialog opens before this code loads) to take over. */
  input?: HTMLInputElement;
  /** Called after each search the reader starts (not for `run`). */
  onSearch?: (query: string, filters: Filters) => void;
}

export interface SearchUi {
  input: HTMLInputElement;
  /** Runs a search as if typed, without calling `onSearch`. */
  run(query: string, filters: Filters): void;
}

/** Builds the search interface inside `root` (its children are replaced). */
export function mountSearch(root: HTMLElement, options: SearchUiOptions): SearchUi {
  // Start loading now; each search asks again, so a failed load is retried by the next search.
  loadEngine().catch(() => undefined);
  const ui = searchElements(root, options);
  const { input, status, list, more, none, failed } = ui;
  const state = initialState();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function paintMore(from: number, terms: string[], engineNow: Engine, seq: number) {
    if (!state.outcome) return;
    state.shown = paintResults(ui, state.outcome.results, from, terms, engineNow.details, () => seq === state.sequence);
  }

  async function search(query: string, fromReader: boolean, typing = fromReader) {
    const seq = ++state.sequence;
    const started = performance.now();
    const trimmed = query.trim();
    let engineNow: Engine;
    try {
      engineNow = await loadEngine();
      failed.hidden = true;
    } catch {
      showFailure(failed, () => void search(input.value, false));
      return;
    }
    if (!trimmed) {
      if (seq !== state.sequence) return;
      state.outcome = undefined;
      clearResults(ui);
      if (fromReader) options.onSearch?.('', state.filters);
      return;
    }
    const result = await engineNow.search(trimmed, state.filters, typing);
    const answer = result.answer && answerSection(result.answer, engineNow.entries, ui.id);
    performance.measure('kb-search-rank', { start: started });
    if (seq !== state.sequence) return;
    state.outcome = result;
    const terms = queryTerms(trimmed);
    none.hidden = true;
    // The answer and the results are painted together, once.
    ui.answer.replaceChildren(...(answer ? [answer] : []));
    paintMore(0, terms, engineNow, seq);
    const n = result.results.length;
    status.textContent = `${answer ? 'An answer and ' : ''}${n} result${n === 1 ? '' : 's'} for ${trimmed}`;
    // Search (Pagefind and ranking, above) and search with paint, for the benchmark (`npm run bench`).
    performance.measure('kb-search', { start: started });
    if (!n) showNothingFound(none, trimmed, engineNow.entries);
    if (options.filters)
      paintFilters(ui, result, state.filters, (name, value, chosen) => {
        state.filters = toggleFilter(state.filters, name, value, chosen);
        void search(input.value, true);
      });
    if (fromReader) options.onSearch?.(trimmed, state.filters);
  }

  if (ui.focused) input.focus();
  // Words typed before this code loaded are searched at once.
  if (input.value.trim()) timer = setTimeout(() => void search(input.value, true), DEBOUNCE_MS);

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value, true), DEBOUNCE_MS);
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void loadEngine()
      .then((e) => paintMore(state.shown, queryTerms(input.value), e, state.sequence))
      .then(() => focusResult(list, first));
  });
  moveWithArrows(root, input, list);

  return {
    input,
    run(query, chosen) {
      input.value = query;
      state.filters = { ...chosen };
      void search(query, false, false);
    },
  };
}

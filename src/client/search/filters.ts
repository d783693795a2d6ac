/** The type and kind filters: one fieldset per filter, a checkbox per value with its count of results. */
import { FILTER_FIELDS, type FilterName, type Filters, type SearchOutcome } from '../../search/run.ts';
import { el } from './dom.ts';
import { activeFilters } from './state.ts';

/**
 * Paints the filters for `outcome`'s counts, checked as `filters` says; `onChange` is called when
 * the reader checks or unchecks a value.
 */
export function paintFilters(
  parts: { filterCount: HTMLElement; filterSets: HTMLElement },
  outcome: SearchOutcome,
  filters: Filters,
  onChange: (name: FilterName, value: string, chosen: boolean) => void,
): void {
  const active = activeFilters(filters);
  parts.filterCount.textContent = active ? ` (${active} active)` : '';
  parts.filterSets.replaceChildren(
    ...(Object.keys(FILTER_FIELDS) as FilterName[]).map((name) =>
      el(
        'fieldset',
        { class: 'search-filters__set' },
        el('legend', {}, name === 'type' ? 'Type' : 'Kind'),
        ...outcome.counts[name].map(([value, count]) => {
          const box = el('input', { type: 'checkbox', value });
          box.checked = filters[name]?.includes(value) ?? false;
          box.addEventListener('change', () => onChange(name, value, box.checked));
          return el(
            'label',
            { class: 'search-filters__option' },
            box,
            ` ${value} `,
            el('span', { class: 'search-filters__n' }, String(count)),
          );
        }),
      ),
    ),
  );
}

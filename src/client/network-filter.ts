/**
 * Filters on /network/ (progressive enhancement). Reads `?rel=…&collection=…&focus=…`, shows only
 * the matching nodes, edges and table rows, fits the picture to them and says what is shown. The
 * controls change the address, so a filtered view can be shared. Without JavaScript the page shows
 * its default picture and the whole table.
 *
 * The picture opens fitted to the screen's width. On a narrow screen "Enlarge the picture" gives it
 * a width at which the names read, in a region that scrolls, centred on the focused entry or the
 * middle of the picture; pressed again it fits the screen again.
 */
import {
  formatNetworkQuery,
  isFiltered,
  parseNetworkQuery,
  selectNetwork,
  type NetworkQuery,
} from '../network/filter.ts';

const figure = document.querySelector<HTMLElement>('[data-net]');
if (figure) {
  const svg = figure.querySelector<SVGSVGElement>('[data-net-svg]')!;
  const form = figure.querySelector<HTMLFormElement>('[data-net-form]')!;
  const status = document.querySelector<HTMLElement>('[data-net-status]')!;
  const count = document.querySelector<HTMLElement>('[data-net-count]');
  const nodeEls = [...svg.querySelectorAll<SVGAElement>('[data-node]')];
  const edgeEls = [...svg.querySelectorAll<SVGElement>('[data-edge]')];
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-edge]')];
  const graph = {
    nodes: nodeEls.map((el) => ({
      id: el.dataset.node!,
      collection: el.dataset.collection!,
      core: el.dataset.core !== undefined,
    })),
    edges: edgeEls.map((el) => ({
      id: el.dataset.edge!,
      source: el.dataset.source!,
      target: el.dataset.target!,
      type: el.dataset.type!,
    })),
  };
  const defaultView = svg.getAttribute('viewBox')!;
  const titleOf = (id: string) => nodeEls.find((el) => el.dataset.node === id)?.textContent?.trim() ?? id;
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

  const apply = (query: NetworkQuery) => {
    const filtered = isFiltered(query);
    const shown = selectNetwork(graph, query);
    nodeEls.forEach((el, i) => el.classList.toggle('net-off', !shown.nodes.has(graph.nodes[i]!.id)));
    edgeEls.forEach((el, i) => el.classList.toggle('net-off', !shown.edges.has(graph.edges[i]!.id)));
    for (const row of rows) row.hidden = filtered && !shown.edges.has(row.dataset.edge!);
    nodeEls.forEach((el) => el.classList.toggle('net-focus', el.dataset.node === query.focus));
    // Fit the picture to what is shown.
    if (!filtered) svg.setAttribute('viewBox', defaultView);
    else if (shown.nodes.size > 0) {
      svg.setAttribute('viewBox', svg.dataset.full!);
      const box = svg.querySelector<SVGGElement>('.net-nodes')!.getBBox();
      // A margin around what is shown, and never so small a frame that a few nodes fill the page.
      const w = Math.max(box.width + 48, svg.clientWidth / 1.15);
      const h = Math.max(box.height + 48, 360);
      svg.setAttribute(
        'viewBox',
        [box.x + box.width / 2 - w / 2, box.y + box.height / 2 - h / 2, w, h].map(Math.round).join(' '),
      );
    }
    // The controls reflect the address.
    for (const box of boxes('rel')) box.checked = query.rel.length === 0 || query.rel.includes(box.value);
    for (const box of boxes('collection'))
      box.checked =
        query.collection.length > 0
          ? query.collection.includes(box.value)
          : query.focus !== undefined || box.dataset.core !== undefined;
    form.querySelector<HTMLInputElement>('[data-net-focus]')!.value = query.focus ?? '';
    const parts = [
      query.focus && shown.nodes.has(query.focus) ? `Around ${titleOf(query.focus)}: ` : '',
      `${shown.nodes.size} of ${graph.nodes.length} entries and ${shown.edges.size} of ${graph.edges.length} relations shown.`,
      ...shown.problems.map((p) => ` Ignored: ${p}.`),
    ];
    status.textContent = filtered ? parts.join('') : '';
    if (count)
      count.textContent = filtered
        ? `${shown.edges.size} of ${rows.length} relations, as in the picture.`
        : `${rows.length} relations, including those of places, infrastructure and events.`;
  };

  const fromForm = (): NetworkQuery => {
    const checked = (name: string) =>
      boxes(name)
        .filter((b) => b.checked)
        .map((b) => b.value);
    const rel = checked('rel');
    const collection = checked('collection');
    const focus = form.querySelector<HTMLInputElement>('[data-net-focus]')!.value || undefined;
    const defaults = boxes('collection')
      .filter((b) => focus !== undefined || b.dataset.core !== undefined)
      .map((b) => b.value);
    return {
      rel: rel.length === boxes('rel').length ? [] : rel,
      collection: collection.join() === defaults.join() ? [] : collection,
      focus,
    };
  };

  const show = (query: NetworkQuery) => {
    history.pushState(null, '', `${location.pathname}${formatNetworkQuery(query)}`);
    apply(query);
  };
  form.addEventListener('change', () => show(fromForm()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(fromForm());
  });
  addEventListener('popstate', () => apply(parseNetworkQuery(location.search)));

  const zoom = figure.querySelector<HTMLButtonElement>('[data-net-zoom]');
  const scroller = figure.querySelector<HTMLElement>('.net-scroll')!;
  zoom?.addEventListener('click', () => {
    const enlarge = zoom.getAttribute('aria-pressed') !== 'true';
    zoom.setAttribute('aria-pressed', String(enlarge));
    figure.toggleAttribute('data-zoomed', enlarge);
    // The frame of a filtered view depends on the picture's width on screen.
    apply(parseNetworkQuery(location.search));
    const focus = svg.querySelector('.net-focus')?.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    const centre = focus ? focus.left + focus.width / 2 - box.left + scroller.scrollLeft : scroller.scrollWidth / 2;
    scroller.scrollLeft = centre - scroller.clientWidth / 2;
  });
  if (zoom) figure.querySelector<HTMLElement>('[data-net-zoom-bar]')!.hidden = false;
  const panel = figure.querySelector<HTMLDetailsElement>('[data-net-filters]')!;
  panel.hidden = false;
  const initial = parseNetworkQuery(location.search);
  apply(initial);
}

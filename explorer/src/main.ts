import './style.css';
import { AddArticleView } from './add-article/view.js';
import { gql } from './api.js';
import { EntityView, entityHref } from './entity-view.js';
import { progressOf, type Aggregate } from './aggregates.js';
import { GraphView } from './graph-view.js';
import { CouncilView } from './council-view.js';
import { FlowsView } from './flows-view.js';
import { GroupsPanel } from './groups-panel.js';
import { MatrixView } from './matrix-view.js';
import { operations, type Ref, type Subgraph, type SubgraphNode } from './operations.js';
import { SearchBox } from './search-box.js';

declare global {
  interface Window {
    /** The live Cytoscape instance, for the browser console and the browser tests. */
    explorer?: { cy: GraphView['cy'] };
  }
}

const byId = (id: string) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el;
};

const status = byId('graph-status');
function say(text: string, kind: 'info' | 'error' = 'info') {
  status.textContent = text;
  status.classList.toggle('error', kind === 'error');
}
function fail(err: unknown) {
  say(err instanceof Error ? err.message : String(err), 'error');
}

const graph = new GraphView(byId('graph'), byId('legend'), { onNodeTap: (node) => void expand(node) });
window.explorer = { cy: graph.cy };
const groupsPanel = new GroupsPanel(byId('groups'), { onOpen: (aggregate) => void openGroup(aggregate) });

const entityView = new EntityView(byId('entity'), {
  onPathFrom: (ref) => {
    pathFrom.setValue(ref);
    pathTo.input.focus();
  },
});

new SearchBox(byId('main-search'), {
  label: 'Search entities',
  placeholder: 'Search: Russia, DPRK, Thomas-Greenfield…',
  onSelect: (ref) => navigate(entityHref(ref.id)),
  onError: fail,
});
const pathFrom = new SearchBox(byId('path-from'), {
  label: 'From',
  placeholder: 'From…',
  onSelect: () => pathTo.input.focus(),
  onError: fail,
});
const pathTo = new SearchBox(byId('path-to'), {
  label: 'To',
  placeholder: 'To…',
  onSelect: () => byId('path-go').focus(),
  onError: fail,
});

byId('connect').addEventListener('submit', (e) => {
  e.preventDefault();
  const from = pathFrom.value;
  const to = pathTo.value;
  if (!from || !to) return say('Pick both ends from the suggestions, then Find path.', 'error');
  if (from.id === to.id) return say('Pick two different entities.', 'error');
  navigate(`#/path/${encodeURIComponent(from.id)}/${encodeURIComponent(to.id)}`);
});
byId('fit').addEventListener('click', () => graph.fit());
byId('relayout').addEventListener('click', () => graph.relayout());

/** Every view has an address, so Back, reload and shared links work. */
function navigate(hash: string) {
  if (location.hash === hash) void route();
  else location.hash = hash;
}

window.addEventListener('hashchange', () => void route());

const explore = byId('explore');
const pages = {
  explore,
  matrix: byId('matrix'),
  flows: byId('flows'),
  council: byId('council'),
  add: byId('add-view'),
};
let matrix: MatrixView | null = null;
let flows: FlowsView | null = null;
let council: CouncilView | null = null;
let addArticle: AddArticleView | null = null;

/** One page at a time: the graph and its panel, who accuses whom, arms flows, the Council, or Add article; each keeps its state. */
function showPage(page: keyof typeof pages) {
  const wasHidden = explore.hidden;
  for (const [name, el] of Object.entries(pages)) el.hidden = name !== page;
  const links = { 'matrix-link': 'matrix', 'flows-link': 'flows', 'council-link': 'council', 'add-link': 'add' };
  for (const [link, shows] of Object.entries(links)) {
    if (page === shows) byId(link).setAttribute('aria-current', 'page');
    else byId(link).removeAttribute('aria-current');
  }
  // Cytoscape measured a hidden container as empty.
  if (page === 'explore' && wasHidden) graph.cy.resize();
}

async function route() {
  const [, view, a, b] = location.hash.split('/');
  if (view === 'accusations') {
    showPage('matrix');
    document.title = 'Who accuses whom · News graph Explorer';
    matrix ??= new MatrixView(pages.matrix);
    return matrix.load();
  }
  if (view === 'flows') {
    showPage('flows');
    document.title = 'Arms flows · News graph Explorer';
    flows ??= new FlowsView(pages.flows);
    return flows.load();
  }
  if (view === 'council') {
    showPage('council');
    document.title = 'Security Council · News graph Explorer';
    council ??= new CouncilView(pages.council);
    return council.load();
  }
  if (view === 'add') {
    showPage('add');
    addArticle ??= new AddArticleView(pages.add);
    document.title = 'Add article · News graph Explorer';
    addArticle.focus();
    return;
  }
  showPage('explore');
  try {
    if (view === 'entity' && a) return await openEntity(decodeURIComponent(a));
    if (view === 'path' && a && b) return await showPath(decodeURIComponent(a), decodeURIComponent(b));
    return await landing();
  } catch (err) {
    graph.setState('idle');
    fail(err);
  }
}

let currentEntity: Ref | null = null;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const cutShort = (sub: Subgraph) => (sub.truncated ? ' (cut short by the limit)' : '');

/** What a hub's large groups became, in words. */
const grouped = (aggregates: Aggregate[]) =>
  aggregates.length
    ? `; ${plural(aggregates.length, 'group')} of links drawn as one node each: open one to add its members`
    : '';

/** Counts the pictures asked for: an answer that comes back after the reader moved on is dropped. */
let visits = 0;

async function openEntity(id: string, note = '') {
  const visit = ++visits;
  say('Loading…');
  graph.setState('loading');
  const [ref, data] = await Promise.all([
    entityView.show(id),
    gql(operations.groupedNeighborhood, { id, depth: 1, limit: 200 }),
  ]);
  if (visit !== visits) return;
  const sub = data.neighborhood;
  // A state's or a transfer's page carries charts and a side-by-side record: the panel widens for it.
  const wide = ref?.__typename === 'State' || ref?.__typename === 'WeaponsTransfer';
  if (String(wide) !== explore.dataset.wide) {
    explore.dataset.wide = String(wide);
    graph.cy.resize();
  }
  // The centre comes first; its id is the global id even when the address names a key (#/entity/state:RUS).
  const centre = sub.nodes[0]?.id ?? id;
  const aggregates = graph.replace(sub, centre, sub.groups);
  const name = ref?.name ?? sub.nodes[0]?.label ?? id;
  groupsPanel.show(name, aggregates);
  const shown = graph.cy.nodes('node[!aggregate]');
  say(
    `${note}${name}: ${plural(shown.length, 'node')}, ${plural(graph.cy.edges().length, 'edge')}${aggregates.length ? '' : cutShort(sub)}${grouped(aggregates)}.`,
  );
  // The path box starts from what is on screen, unless the reader chose otherwise.
  if (ref && (!pathFrom.value || pathFrom.value.id === currentEntity?.id)) pathFrom.setValue(ref);
  currentEntity = ref;
  document.title = `${name} · News graph Explorer`;
}

async function expand(node: SubgraphNode) {
  const aggregate = graph.aggregate(node.id);
  if (aggregate) return openGroup(aggregate);
  void entityView.show(node.id);
  if (graph.isExpanded(node.id)) {
    graph.select(node.id);
    return;
  }
  say(`Expanding ${node.label}…`);
  try {
    const data = await gql(operations.neighborhood, { id: node.id, depth: 1, limit: 100 });
    // A hub: its groups, drawn as aggregates, rather than the share of each the flat answer holds.
    const sub = data.neighborhood.truncated
      ? (await gql(operations.groupedNeighborhood, { id: node.id, depth: 1, limit: 100 })).neighborhood
      : { ...data.neighborhood, groups: [] };
    const { added, aggregates } = graph.merge(sub, node.id, sub.groups);
    groupsPanel.add(aggregates);
    const news = added ? `${plural(added, 'new node')}` : 'nothing new';
    say(`Expanded ${node.label}: ${news}${aggregates.length ? '' : cutShort(sub)}${grouped(aggregates)}.`);
  } catch (err) {
    fail(err);
  }
}

/** The next page of an aggregate's members, into the graph and the list of groups. */
async function openGroup(aggregate: Aggregate) {
  if (aggregate.done) {
    graph.select(aggregate.nodeId);
    return say(`${aggregate.label}: ${progressOf(aggregate)}.`);
  }
  say(`Opening ${aggregate.label}…`);
  try {
    const data = await gql(operations.groupMembers, { group: aggregate.group, first: 20, after: aggregate.cursor });
    const page = data.neighborhoodGroup;
    graph.addGroupPage(aggregate, page);
    groupsPanel.opened(
      aggregate,
      page.edges.map((e) => e.node),
    );
    say(`${aggregate.label}: ${progressOf(aggregate)}.`);
  } catch (err) {
    fail(err);
  }
}

async function showPath(fromId: string, toId: string) {
  const visit = ++visits;
  say('Looking for a path…');
  graph.setState('loading');
  const data = await gql(operations.path, { from: fromId, to: toId, maxHops: 6 });
  if (visit !== visits) return;
  const sub = data.path;
  const name = (id: string) => sub.nodes.find((n) => n.id === id)?.label ?? id;
  if (!sub.nodes.length) {
    graph.setState('idle');
    return say('No connection within 6 hops.', 'error');
  }
  const from: Ref = { id: fromId, __typename: sub.nodes.find((n) => n.id === fromId)?.type ?? '', name: name(fromId) };
  const to: Ref = { id: toId, __typename: sub.nodes.find((n) => n.id === toId)?.type ?? '', name: name(toId) };
  pathFrom.setValue(from);
  pathTo.setValue(to);
  const hops = graph.showPath(sub, fromId, toId);
  groupsPanel.show('', []);
  const between = sub.nodes.length - 2;
  const length = hops === null ? '' : ` of ${plural(hops, 'hop')}`;
  say(
    `${from.name} → ${to.name}: shortest paths${length}, through ${plural(between, 'node')}. Click a node to expand it.`,
  );
  document.title = `${from.name} → ${to.name} · News graph Explorer`;
  void entityView.show(fromId);
}

/** With nothing chosen, start from the entity most accused in the latest reports. */
async function landing() {
  say('Loading the latest accusations…');
  const data = await gql(operations.accusations, { first: 20 });
  const counts = new Map<string, { ref: Ref; n: number }>();
  for (const { node } of data.accusations.edges) {
    if (!node.accused) continue;
    const entry = counts.get(node.accused.id) ?? { ref: node.accused, n: 0 };
    entry.n += 1;
    counts.set(node.accused.id, entry);
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (!top) {
    graph.setState('idle');
    return say('The graph has no accusations yet: search for an entity above.');
  }
  await openEntity(top.ref.id, `Most accused in the latest reports · `);
}

void route();

import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { aggregatesOf, progressOf, type Aggregate } from './aggregates.js';
import { clear, h } from './dom.js';
import type { GroupPage, LinkGroup, Subgraph, SubgraphEdge, SubgraphNode } from './operations.js';
import { claimStyle, entityStyles, groupOf, isClaim, styleOf } from './types-style.js';

cytoscape.use(fcose);

export type GraphMode = 'empty' | 'neighbourhood' | 'path';

export interface GraphViewOptions {
  onNodeTap: (node: SubgraphNode) => void;
}

/** Edge colours by family, so claims, UN business and arms read apart at a glance. */
const edgeFamilies: Record<string, string[]> = {
  '#d77a7a': ['MADE', 'TARGETS', 'ABOUT', 'ANSWERS', 'ON_BEHALF_OF'],
  '#9d8ac2': ['VOTED', 'SPONSORED', 'CONSIDERED_BY', 'STRENGTHENS', 'MEMBER_OF', 'PART_OF'],
  '#d98cb3': ['SUPPLIED_BY', 'RECEIVED_BY', 'OF_WEAPON', 'USED_AGAINST', 'MANUFACTURED_BY'],
};

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function stylesheet(): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        'font-size': 11,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        width: 26,
        height: 26,
        'border-width': 2,
        'border-color': '#ffffff',
        'min-zoomed-font-size': 6,
      },
    },
    {
      selector: 'node.claim',
      style: { width: 15, height: 15, 'font-size': 9, color: '#52606d', 'text-max-width': '120px' },
    },
    {
      selector: 'node.expanded',
      style: { 'border-color': '#1f2933', 'border-width': 2 },
    },
    {
      selector: 'node.focus',
      style: {
        width: 44,
        height: 44,
        'font-size': 14,
        'font-weight': 'bold',
        'border-color': '#1f2933',
        'border-width': 4,
        'z-index': 10,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
      },
    },
    {
      selector: 'node.path-end',
      style: {
        width: 40,
        height: 40,
        'font-size': 13,
        'font-weight': 'bold',
        'border-color': '#1f2933',
        'border-width': 4,
      },
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': '#2f6db5', 'overlay-opacity': 0.18, 'overlay-padding': 6 },
    },
    { selector: '.type-hidden', style: { display: 'none' } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        // Edges away from the selection recede, so its own connections stand out.
        'line-opacity': 0.55,
        'text-opacity': 0.8,
        'line-color': '#b3bcc6',
        'target-arrow-color': '#b3bcc6',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(display)',
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        'font-size': 8,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Labels of edges away from the selection appear once zoomed in enough to read them.
        'min-zoomed-font-size': 8,
      },
    },
  ];
  for (const [color, types] of Object.entries(edgeFamilies)) {
    sheet.push({
      selector: types.map((t) => `edge[type = "${t}"]`).join(', '),
      style: { 'line-color': color, 'target-arrow-color': color },
    });
  }
  sheet.push(
    {
      selector: 'edge[type = "VETOED"]',
      style: { 'line-color': '#b2182b', 'target-arrow-color': '#b2182b', width: 2.5 },
    },
    // The selection's edges are labelled at their far end, where there is room, not in the crowd around it.
    {
      selector: 'edge.near',
      style: {
        width: 2,
        label: '',
        'line-opacity': 1,
        'text-opacity': 1,
        'z-index': 5,
        'font-size': 9,
        color: '#1f2933',
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'edge.near-out', style: { 'target-label': 'data(display)', 'target-text-offset': 48 } },
    { selector: 'edge.near-in', style: { 'source-label': 'data(display)', 'source-text-offset': 48 } },
    {
      selector: 'edge.on-path',
      style: {
        width: 2.5,
        'line-opacity': 1,
        'text-opacity': 1,
        'font-size': 10,
        color: '#1f2933',
        'min-zoomed-font-size': 0,
      },
    },
  );
  for (const [type, s] of Object.entries(entityStyles)) {
    sheet.push({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': s.color, shape: s.shape as cytoscape.Css.NodeShape },
    });
  }
  sheet.push({
    selector: 'node.claim',
    style: { 'background-color': claimStyle.color, shape: claimStyle.shape as cytoscape.Css.NodeShape },
  });
  // A group of a hub's links: one node sized by how many it stands for, dashed like the promise it is.
  sheet.push(
    {
      selector: 'node.aggregate',
      style: {
        shape: 'round-rectangle',
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        'background-opacity': 0.3,
        'border-style': 'dashed',
        'border-width': 2,
        'border-color': 'data(color)',
        'font-size': 11,
        'font-weight': 'bold',
        color: '#1f2933',
        'text-max-width': '150px',
      },
    },
    { selector: 'node.aggregate.opened', style: { 'border-style': 'solid' } },
    { selector: 'edge.aggregate-link', style: { 'line-style': 'dashed', width: 2.5 } },
  );
  return sheet;
}

/**
 * The picture: a Cytoscape.js graph fed with Subgraph answers (Neighborhood,
 * Path). Node ids are the API's global ids, so answers merge into one picture.
 */
export class GraphView {
  readonly cy: Core;
  private mode: GraphMode = 'empty';
  private readonly expanded = new Set<string>();
  private readonly hiddenGroups = new Set<string>();
  private readonly aggregates = new Map<string, Aggregate>();

  constructor(
    private readonly container: HTMLElement,
    private readonly legend: HTMLElement,
    options: GraphViewOptions,
  ) {
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: 0.15,
      maxZoom: 3,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (e) => {
      const n = e.target as NodeSingular;
      options.onNodeTap({ id: n.id(), type: n.data('type'), label: n.data('label') });
    });
    this.cy.on('mouseover', 'node, edge', (e) => {
      container.title = e.target.data('label') ?? '';
    });
    this.cy.on('mouseout', 'node, edge', () => {
      container.title = '';
    });
    // The panel beside the graph widens for a state's or a transfer's record: the graph follows its box, so
    // pointer positions keep mapping onto the nodes under them.
    new ResizeObserver(() => this.cy.resize()).observe(container);
  }

  get currentMode(): GraphMode {
    return this.mode;
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  isExpanded(id: string): boolean {
    return this.expanded.has(id);
  }

  /** The aggregate drawn as this node, if it is one. */
  aggregate(id: string): Aggregate | undefined {
    return this.aggregates.get(id);
  }

  /**
   * A new picture: the neighbourhood of `focusId`. With `groups`, a hub's
   * large groups of links are drawn as aggregates (returned) in place of the
   * share of their members the answer holds.
   */
  replace(sub: Subgraph, focusId: string, groups: readonly LinkGroup[] = []): Aggregate[] {
    this.mode = 'neighbourhood';
    this.cy.elements().remove();
    this.expanded.clear();
    this.aggregates.clear();
    const { rest, aggregates } = this.collapse(sub, focusId, groups);
    this.add(rest);
    this.addAggregates(aggregates);
    this.expanded.add(focusId);
    this.cy.getElementById(focusId).addClass('focus expanded');
    this.select(focusId);
    this.layout({ randomize: true, animate: false });
    return aggregates;
  }

  /** Adds a node's neighbourhood to the picture (a hub's large groups as aggregates); returns what is new. */
  merge(
    sub: Subgraph,
    aroundId: string,
    groups: readonly LinkGroup[] = [],
  ): { added: number; aggregates: Aggregate[] } {
    const around = this.cy.getElementById(aroundId);
    const origin = around.nonempty() ? around.position() : { x: 0, y: 0 };
    const { rest, aggregates } = this.collapse(sub, aroundId, groups);
    const added = this.add(rest, origin) + this.addAggregates(aggregates, origin);
    this.expanded.add(aroundId);
    around.addClass('expanded');
    this.select(aroundId);
    if (added > 0) this.layout({ randomize: false, animate: true });
    return { added, aggregates };
  }

  /** Adds a page of an aggregate's members around it; returns how many nodes are new. */
  addGroupPage(aggregate: Aggregate, page: GroupPage): number {
    const node = this.cy.getElementById(aggregate.nodeId);
    const origin = node.nonempty() ? node.position() : undefined;
    const nodes: SubgraphNode[] = page.edges.map((e) => e.node);
    if (page.counterpart) nodes.push(page.counterpart);
    const edges: SubgraphEdge[] = page.edges.flatMap((e) => e.links);
    const added = this.add({ nodes, edges, truncated: false }, origin);
    aggregate.shown += page.edges.length;
    aggregate.cursor = page.pageInfo.endCursor ?? aggregate.cursor;
    aggregate.done = !page.pageInfo.hasNextPage;
    node.addClass('opened');
    node.data('display', `${aggregate.display} · ${progressOf(aggregate)}`);
    node.data('label', `${aggregate.label} (${progressOf(aggregate)})`);
    this.select(aggregate.nodeId);
    if (added > 0) this.layout({ randomize: false, animate: true });
    this.refresh();
    return added;
  }

  /** A new picture: the shortest paths between two entities, laid out from `fromId` to `toId`. */
  showPath(sub: Subgraph, fromId: string, toId: string): number | null {
    this.mode = 'path';
    this.cy.elements().remove();
    this.expanded.clear();
    this.aggregates.clear();
    this.add(sub);
    this.cy.getElementById(fromId).addClass('path-end');
    this.cy.getElementById(toId).addClass('path-end');
    this.cy.edges().addClass('on-path');
    this.cy.elements().unselect();
    const from = this.cy.getElementById(fromId);
    const to = this.cy.getElementById(toId);
    const hops =
      from.nonempty() && to.nonempty() ? this.cy.elements().aStar({ root: from, goal: to, directed: false }) : null;
    // Columns by distance from the first entity, read left to right.
    const depth = new Map<string, number>();
    this.cy.elements().bfs({
      roots: from,
      directed: false,
      visit: (v, _e, _u, _i, d) => {
        depth.set(v.id(), d);
      },
    });
    const columns = new Map<number, NodeSingular[]>();
    this.cy.nodes().forEach((n) => {
      const d = depth.get(n.id()) ?? 0;
      columns.set(d, [...(columns.get(d) ?? []), n]);
    });
    const positions: Record<string, { x: number; y: number }> = {};
    for (const [d, nodes] of columns) {
      nodes.sort((a, b) => `${a.data('type')}${a.data('label')}`.localeCompare(`${b.data('type')}${b.data('label')}`));
      nodes.forEach((n, i) => {
        positions[n.id()] = { x: d * 260, y: (i - (nodes.length - 1) / 2) * 78 };
      });
    }
    this.setState('layout');
    const layout = this.cy.layout({ name: 'preset', positions, fit: true, padding: 50 });
    layout.one('layoutstop', () => this.setState('idle'));
    layout.run();
    this.refresh();
    return hops?.found ? hops.distance : null;
  }

  /** Marks a node as the one shown in the panel and labels its edges. */
  select(id: string) {
    this.cy.edges('.near').removeClass('near near-in near-out');
    this.cy.elements().unselect();
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    n.select();
    n.outgoers('edge').addClass('near near-out');
    n.incomers('edge').addClass('near near-in');
  }

  fit() {
    this.cy.fit(this.cy.elements(':visible'), 30);
  }

  relayout() {
    if (this.mode === 'neighbourhood') this.layout({ randomize: true, animate: true });
    else this.fit();
  }

  setState(state: 'idle' | 'loading' | 'layout') {
    this.container.dataset.state = state;
  }

  /**
   * The answer without the members of the centre's large groups (nodes tied
   * to the centre only through such a group), and the aggregates that
   * stand for them. An answer not cut short is drawn as it is.
   */
  private collapse(sub: Subgraph, centreId: string, groups: readonly LinkGroup[]) {
    const aggregates = sub.truncated ? aggregatesOf(centreId, groups) : [];
    if (aggregates.length === 0) return { rest: sub, aggregates };
    const large = new Set(aggregates.map((a) => `${a.relationship} ${a.direction}`));
    const kept = new Set<string>([centreId]);
    const grouped = new Set<string>();
    for (const e of sub.edges) {
      const outgoing = e.source === centreId;
      if (!outgoing && e.target !== centreId) continue;
      const other = outgoing ? e.target : e.source;
      if (large.has(`${e.type} ${outgoing ? 'OUTGOING' : 'INCOMING'}`)) grouped.add(other);
      else kept.add(other);
    }
    const gone = (id: string) => grouped.has(id) && !kept.has(id);
    return {
      rest: {
        ...sub,
        nodes: sub.nodes.filter((n) => !gone(n.id)),
        edges: sub.edges.filter((e) => !gone(e.source) && !gone(e.target)),
      },
      aggregates,
    };
  }

  /** Draws aggregates: each tied to its centre by the group's relationship, and to its counterpart. */
  private addAggregates(aggregates: Aggregate[], origin?: { x: number; y: number }): number {
    const defs: ElementDefinition[] = [];
    const around = () =>
      origin ? { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 } : undefined;
    for (const a of aggregates) {
      if (this.has(a.nodeId)) continue;
      this.aggregates.set(a.nodeId, a);
      const color = a.nodeType ? styleOf(a.nodeType).color : '#6c757d';
      defs.push({
        group: 'nodes',
        data: {
          id: a.nodeId,
          type: 'Group',
          label: a.label,
          display: a.display,
          color,
          size: Math.round(26 + 8 * Math.log10(Math.max(10, a.count))),
          aggregate: true,
        },
        classes: 'aggregate',
        position: around(),
      });
      const outgoing = a.direction === 'OUTGOING';
      const words = a.relationship.toLowerCase().replaceAll('_', ' ');
      defs.push({
        group: 'edges',
        data: {
          id: `${a.nodeId}:link`,
          source: outgoing ? a.centreId : a.nodeId,
          target: outgoing ? a.nodeId : a.centreId,
          type: a.relationship,
          label: `${words} (${a.display})`,
          display: words,
        },
        classes: 'aggregate-link',
      });
      if (a.counterpart) {
        if (!this.has(a.counterpart.id) && !defs.some((d) => d.data.id === a.counterpart!.id)) {
          defs.push(this.nodeDefinition(a.counterpart, origin));
        }
        defs.push({
          group: 'edges',
          data: {
            id: `${a.nodeId}:counterpart`,
            source: a.nodeId,
            target: a.counterpart.id,
            type: 'COUNTERPART',
            label: `${a.display} ${a.phrase ?? ''} ${a.counterpart.label}`,
            display: a.phrase ?? '',
          },
          classes: 'aggregate-link',
        });
      }
    }
    this.cy.add(defs);
    this.refresh();
    return defs.filter((d) => d.group === 'nodes').length;
  }

  private nodeDefinition(n: SubgraphNode, origin?: { x: number; y: number }): ElementDefinition {
    const claim = isClaim(n.type);
    return {
      group: 'nodes',
      // In a crowded neighbourhood a claim shows only its kind (the allegation is in the tooltip
      // and the panel); a path has room for the start of the allegation.
      data: {
        id: n.id,
        type: n.type,
        label: n.label,
        display: claim && this.mode !== 'path' ? n.type : shorten(n.label, claim ? 34 : 44),
      },
      classes: [claim ? 'claim' : '', this.hiddenGroups.has(groupOf(n.type)) ? 'type-hidden' : ''].join(' ').trim(),
      // New nodes start around the node they hang from, so the picture grows from there.
      position: origin
        ? { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 }
        : undefined,
    };
  }

  private add(sub: Subgraph, origin?: { x: number; y: number }): number {
    const defs: ElementDefinition[] = [];
    let added = 0;
    const seen = new Set<string>();
    for (const n of sub.nodes) {
      if (this.has(n.id) || seen.has(n.id)) continue;
      seen.add(n.id);
      added++;
      defs.push(this.nodeDefinition(n, origin));
    }
    for (const e of sub.edges) {
      if (this.has(e.id) || seen.has(e.id)) continue;
      seen.add(e.id);
      defs.push({
        group: 'edges',
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          label: e.label,
          display: shorten(e.label, 40),
        },
      });
    }
    this.cy.add(defs);
    this.refresh();
    return added;
  }

  private layout({ randomize, animate }: { randomize: boolean; animate: boolean }) {
    this.setState('layout');
    const layout = this.cy.layout({
      name: 'fcose',
      quality: 'proof',
      randomize,
      animate,
      animationDuration: 450,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: 120,
      nodeRepulsion: 9000,
      edgeElasticity: 0.4,
      gravity: 0.3,
      numIter: 2500,
      packComponents: true,
    } as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => this.setState('idle'));
    layout.run();
  }

  /** Counts for the page (and the tests), and the legend of the types present. */
  private refresh() {
    this.container.dataset.nodes = String(this.cy.nodes().length);
    this.container.dataset.edges = String(this.cy.edges().length);
    this.container.dataset.mode = this.mode;
    this.container.dataset.aggregates = String(this.aggregates.size);
    const counts = new Map<string, number>();
    this.cy.nodes('node[!aggregate]').forEach((n) => {
      const g = groupOf(n.data('type'));
      counts.set(g, (counts.get(g) ?? 0) + 1);
    });
    clear(this.legend);
    const order = [...Object.keys(entityStyles), 'Claim'];
    for (const group of [...counts.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
      const s = group === 'Claim' ? claimStyle : styleOf(group);
      const hidden = this.hiddenGroups.has(group);
      const swatch = h('span', { class: `swatch shape-${s.shape}` });
      swatch.style.setProperty('--type-color', s.color);
      this.legend.append(
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              'aria-pressed': String(!hidden),
              title: hidden ? `Show ${s.label.toLowerCase()} nodes` : `Hide ${s.label.toLowerCase()} nodes`,
              onclick: () => this.toggleGroup(group),
            },
            swatch,
            `${group === 'Claim' ? 'Claims' : s.label} `,
            h('span', { class: 'count' }, String(counts.get(group))),
          ),
        ),
      );
    }
  }

  private toggleGroup(group: string) {
    if (this.hiddenGroups.has(group)) this.hiddenGroups.delete(group);
    else this.hiddenGroups.add(group);
    this.cy.nodes('node[!aggregate]').forEach((n) => {
      n.toggleClass('type-hidden', this.hiddenGroups.has(groupOf(n.data('type'))));
    });
    this.refresh();
  }
}

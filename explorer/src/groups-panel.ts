import { progressOf, type Aggregate } from './aggregates.js';
import { clear, h } from './dom.js';
import { entityHref } from './entity-view.js';
import type { SubgraphNode } from './operations.js';

export interface GroupsPanelOptions {
  /** Asks for the next page of an aggregate's members. */
  onOpen: (aggregate: Aggregate) => void;
}

/**
 * The aggregates of the picture as a list under the graph, for the
 * keyboard and screen readers: one button per group of a hub's links
 * ("MADE → Accusation ×≈30,000 targeting Ukraine"), which adds its members
 * to the graph a page at a time, as a click on the aggregate node does, and
 * lists them as links to their own pages.
 */
export class GroupsPanel {
  private readonly items = new Map<string, { button: HTMLButtonElement; members: HTMLUListElement }>();
  private count = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: GroupsPanelOptions,
  ) {
    container.hidden = true;
  }

  /** A new picture: its centre's aggregates (none hides the list). */
  show(centre: string, aggregates: Aggregate[]) {
    clear(this.container);
    this.items.clear();
    this.container.hidden = aggregates.length === 0;
    if (aggregates.length === 0) return;
    this.container.append(
      h('h2', { id: 'groups-title' }, `${centre}: links in groups`),
      h(
        'p',
        { class: 'hint' },
        'Too many links to draw one by one: each group is one node in the graph. Open a group to add its members, 20 at a time.',
      ),
      h('ul', { class: 'group-list' }),
    );
    this.add(aggregates);
  }

  /** Aggregates of a node expanded later in the same picture. */
  add(aggregates: Aggregate[]) {
    const list = this.container.querySelector('ul.group-list');
    if (!list) return this.show('More', aggregates);
    this.container.hidden = false;
    for (const a of aggregates) {
      if (this.items.has(a.nodeId)) continue;
      const membersId = `group-members-${++this.count}`;
      const button = h('button', {
        type: 'button',
        class: 'group-open',
        'aria-expanded': 'false',
        'aria-controls': membersId,
        'data-aggregate': a.nodeId,
        onclick: () => {
          if (!a.done) this.options.onOpen(a);
        },
      });
      const members = h('ul', { class: 'group-members', id: membersId, hidden: true });
      this.items.set(a.nodeId, { button, members });
      list.append(h('li', {}, button, members));
      this.label(a);
    }
  }

  /** After a page of members was added: the button says how far, the list holds them. */
  opened(aggregate: Aggregate, members: SubgraphNode[]) {
    const item = this.items.get(aggregate.nodeId);
    if (!item) return;
    for (const m of members) {
      item.members.append(h('li', {}, h('a', { href: entityHref(m.id), 'data-type': m.type }, m.label)));
    }
    item.members.hidden = false;
    item.button.setAttribute('aria-expanded', 'true');
    this.label(aggregate);
  }

  private label(a: Aggregate) {
    const { button } = this.items.get(a.nodeId)!;
    const action = a.done ? '' : a.shown === 0 ? 'show 20' : 'show 20 more';
    clear(button);
    // Read out as one sentence: "…targeting Ukraine: none shown yet, show 20" (the spans are flex items, read apart).
    button.append(
      h('span', { class: 'group-label' }, `${a.label}:`),
      h('span', { class: 'group-progress' }, [progressOf(a), action].filter(Boolean).join(', ')),
    );
    if (a.done) button.setAttribute('aria-disabled', 'true');
  }
}

import { gql, subscribe } from './api.js';
import { clear, h, safeUrl } from './dom.js';
import { claimItem, entityHref, kindBadge, link, quote, sourceLine } from './links.js';
import { errorNote, list, section } from './panel.js';
import type { Chart } from './charts.js';
import { claimsOverTime } from './claims-over-time.js';
import { stateRecord } from './state-record.js';
import { transferRecord } from './transfer-record.js';
import { operations, type Accusation, type ClaimRow, type Details, type LiveClaim, type Ref } from './operations.js';
import { isClaim, typeBadge } from './types-style.js';

export { entityHref };

export interface EntityViewOptions {
  /** Asks for a path from this entity (fills the "from" box). */
  onPathFrom: (ref: Ref) => void;
}

/** The claim fields of the details query, when the node shown is a claim. */
type ClaimDetails = Extract<Details, { kind: unknown }>;
const isClaimDetails = (d: Details): d is ClaimDetails => 'kind' in d;

function accusationItem(a: Accusation): HTMLElement {
  return h(
    'li',
    { class: 'claim accusation', 'data-kind': 'ACCUSE', 'data-id': a.id },
    h(
      'div',
      { class: 'claim-head' },
      h('span', { class: 'accuser' }, link(a.accuser)),
      ' ',
      kindBadge('ACCUSE'),
      ' ',
      link(a.accused),
      a.madeOn ? h('time', { datetime: a.madeOn }, a.madeOn) : null,
    ),
    a.allegation ? h('p', { class: 'allegation' }, a.allegation) : null,
    a.about.length
      ? h(
          'p',
          { class: 'about' },
          'About: ',
          a.about.map((r, i) => [i ? ', ' : '', link(r)]),
        )
      : null,
    quote(a.quote),
    sourceLine(a.source),
    a.denials.length
      ? h(
          'ul',
          { class: 'denials' },
          a.denials.map((d) =>
            h(
              'li',
              {},
              kindBadge('DENY'),
              ' by ',
              link(d.by),
              d.madeOn ? ` (${d.madeOn})` : '',
              d.quote ? `: “${d.quote}”` : '',
            ),
          ),
        )
      : null,
  );
}

/**
 * The side panel: an entity's profile (the contract's Entity operation and
 * its details), the accusations against it (WhoAccusedWhom), the other
 * claims it made and received, and its timeline. A claim node of the graph
 * shows the claim itself.
 */
export class EntityView {
  private token = 0;
  /** Closes the open entity's live subscription. */
  private stopLive: (() => void) | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly options: EntityViewOptions,
  ) {}

  /** Shows a node; resolves to its reference once the profile is in (null when not found). */
  async show(id: string): Promise<Ref | null> {
    const token = ++this.token;
    this.stopLive?.();
    this.stopLive = null;
    this.fresh = null;
    clear(this.container);
    this.container.setAttribute('aria-busy', 'true');
    this.container.append(h('p', { class: 'muted loading' }, 'Loading…'));

    let profile, details;
    try {
      [profile, details] = await Promise.all([gql(operations.entity, { id }), gql(operations.details, { id })]);
    } catch (err) {
      if (token !== this.token) return null;
      clear(this.container);
      this.container.append(errorNote(err));
      this.container.removeAttribute('aria-busy');
      return null;
    }
    if (token !== this.token) return null;
    clear(this.container);
    const node = profile.node;
    const more = details.node;
    if (!node || !more) {
      this.container.append(h('p', { class: 'muted' }, 'Nothing in the graph has this id.'));
      this.container.removeAttribute('aria-busy');
      return null;
    }

    if (isClaim(node.__typename) && isClaimDetails(more)) {
      const claim: ClaimRow = { ...more, id: node.id } as ClaimRow;
      this.container.append(
        h(
          'article',
          { class: 'entity claim-view', 'data-id': node.id },
          h(
            'header',
            {},
            typeBadge(node.__typename),
            h('h2', {}, claim.allegation ?? node.__typename),
            h('p', { class: 'key' }, more.key),
          ),
          h('ul', { class: 'claims' }, claimItem(claim)),
        ),
      );
      this.container.removeAttribute('aria-busy');
      return { id: node.id, __typename: node.__typename, name: claim.allegation ?? node.__typename };
    }

    const entity = 'name' in node ? node : null;
    const about = 'description' in more ? more : null;
    const ref: Ref = { id: node.id, __typename: node.__typename, name: entity?.name ?? about?.key ?? node.id };
    const wikidataId = entity?.wikidataId ?? null;
    const wikidata =
      safeUrl(about?.wikidataUrl) ??
      (wikidataId ? `https://www.wikidata.org/wiki/${encodeURIComponent(wikidataId)}` : null);
    const positions = 'positions' in more ? more.positions : [];
    const facts = h(
      'dl',
      { class: 'facts' },
      entity?.aliases.length
        ? [h('dt', {}, 'Also known as'), h('dd', { class: 'aliases' }, entity.aliases.join(' · '))]
        : null,
      wikidataId
        ? [
            h('dt', {}, 'Wikidata'),
            h(
              'dd',
              {},
              wikidata
                ? h(
                    'a',
                    { href: wikidata, target: '_blank', rel: 'noopener noreferrer', class: 'wikidata' },
                    wikidataId,
                  )
                : wikidataId,
            ),
          ]
        : null,
      positions.length
        ? [
            h('dt', {}, positions.length > 1 ? 'Positions' : 'Position'),
            positions.map((p) =>
              h(
                'dd',
                { class: 'position' },
                p.title ?? 'Position',
                ', ',
                link(p.of),
                p.since || p.until ? h('span', { class: 'muted' }, ` (${p.since ?? '…'}–${p.until ?? ''})`) : null,
              ),
            ),
          ]
        : null,
    );
    const accusations = h(
      'div',
      { class: 'slot', id: 'slot-accusations' },
      h('p', { class: 'muted' }, 'Loading accusations…'),
    );
    const claims = h('div', { class: 'slot', id: 'slot-claims' }, h('p', { class: 'muted' }, 'Loading claims…'));
    const timeline = h('div', { class: 'slot', id: 'slot-timeline' }, h('p', { class: 'muted' }, 'Loading timeline…'));
    const live = h('p', { class: 'live-note', id: 'live-note', role: 'status', hidden: true });
    // The public record around it: a transfer's allegation beside its record; a state's or a speaker's figures.
    const record = h('div', { class: 'slot', id: 'slot-record' });
    this.container.append(
      h(
        'article',
        { class: 'entity', 'data-id': node.id },
        h(
          'header',
          {},
          typeBadge(node.__typename),
          h('h2', {}, ref.name),
          about?.key ? h('p', { class: 'key' }, about.key) : null,
          about?.description ? h('p', { class: 'description' }, about.description) : null,
          facts,
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', onclick: () => this.options.onPathFrom(ref) }, 'How is it connected to…'),
          ),
        ),
        live,
        record,
        accusations,
        claims,
        timeline,
      ),
    );
    this.container.removeAttribute('aria-busy');

    // The sections fill in as their answers arrive, and again when a claim about it is added.
    const loadSections = () => {
      this.loadRecord(token, record, ref);
      void this.fill(token, accusations, async () => {
        const data = await gql(operations.accusations, { accused: id, first: 50 });
        const items = data.accusations.edges.map((e) => accusationItem(e.node));
        return section(
          'accusations',
          `Accusations against ${ref.name}`,
          data.accusations.totalCount,
          list(items, 'None in the graph.'),
        );
      });
      void this.fill(token, claims, async () => {
        const data = await gql(operations.claims, { id, first: 50 });
        const made = data.made.edges.map((e) => e.node);
        // Accusations received are listed above with their denials.
        const received = data.received.edges.map((e) => e.node).filter((c) => c.kind !== 'ACCUSE');
        return [
          section(
            'claims-made',
            `Claims made by ${ref.name}${ref.__typename === 'Person' ? '' : ' or on its behalf'}`,
            data.made.totalCount,
            list(made.map(claimItem), 'None in the graph.'),
          ),
          section(
            'claims-received',
            `Other claims aimed at ${ref.name}`,
            received.length,
            list(received.map(claimItem), 'None in the graph.'),
          ),
        ];
      });
      void this.fill(token, timeline, async () => {
        const data = await gql(operations.timeline, { id });
        const items = data.timeline.map(({ date, item }) =>
          h(
            'li',
            {},
            h('time', { datetime: date }, date),
            typeBadge(item.__typename),
            ' ',
            'name' in item
              ? h('a', { href: entityHref(item.id), class: 'entity-link' }, item.name)
              : 'kind' in item
                ? h(
                    'span',
                    {},
                    link(item.speaker),
                    ' ',
                    kindBadge(item.kind),
                    ' ',
                    item.target ? link(item.target) : null,
                    item.allegation ? `: ${item.allegation}` : '',
                  )
                : null,
          ),
        );
        return section('timeline', 'Timeline', items.length, list(items, 'No dated events or claims.', 'timeline'));
      });
    };
    loadSections();
    this.listen(token, id, (claim) => {
      clear(live);
      live.append(
        h(
          'span',
          {},
          'New: ',
          link(claim.speaker),
          ' ',
          kindBadge(claim.kind),
          ' ',
          claim.target ? link(claim.target) : null,
        ),
      );
      live.hidden = false;
      this.fresh = claim.id;
      loadSections();
    });
    return ref;
  }

  /** The charts the panel shows, disposed of when it shows something else. */
  private charts: Chart[] = [];

  private loadRecord(token: number, slot: HTMLElement, ref: Ref) {
    for (const chart of this.charts.splice(0)) chart.dispose();
    const parts: (() => Promise<HTMLElement>)[] = [];
    if (ref.__typename === 'WeaponsTransfer')
      parts.push(async () => {
        const data = await gql(operations.transfer, { id: ref.id });
        const node = data.node;
        if (node?.__typename !== 'WeaponsTransfer') throw new Error('Not a weapons transfer');
        return transferRecord(
          node,
          data.claimsAbout.edges.map((e) => e.node),
        );
      });
    if (ref.__typename === 'State') parts.push(...stateRecord(ref, this.charts));
    if (['State', 'Person', 'Organization'].includes(ref.__typename))
      parts.push(() => claimsOverTime(ref.id, ref.name, this.charts));
    if (!parts.length) return;
    void this.fill(token, slot, async () => Promise.all(parts.map((part) => part().catch(errorNote))));
  }

  /** The id of the claim that arrived last, marked when the sections show it. */
  private fresh: string | null = null;

  /**
   * Live updates for the open entity: a subscription (Server-Sent Events) to
   * the claims it made, made on its behalf or aimed at it, closed when the
   * panel shows something else.
   */
  private listen(token: number, id: string, onClaim: (claim: LiveClaim) => void) {
    const article = this.container.querySelector('article.entity');
    this.stopLive = subscribe(
      operations.live,
      { id },
      (data) => {
        if (token === this.token) onClaim(data.claimAdded);
      },
      (err) => console.warn(`Live updates: ${err.message}`),
      () => article?.setAttribute('data-live', 'open'),
    );
  }

  private async fill(token: number, slot: HTMLElement, load: () => Promise<HTMLElement | HTMLElement[]>) {
    let content: HTMLElement | HTMLElement[];
    try {
      content = await load();
    } catch (err) {
      content = errorNote(err);
    }
    if (token !== this.token) return;
    clear(slot);
    slot.append(...(Array.isArray(content) ? content : [content]));
    if (this.fresh)
      slot
        .querySelectorAll(`li.claim[data-id="${CSS.escape(this.fresh)}"]`)
        .forEach((li) => li.classList.add('live-new'));
  }
}

import { h } from '../dom.js';
import { entityHref } from '../entity-view.js';
import type { Ref } from '../operations.js';
import { typeBadge } from '../types-style.js';

interface Count {
  kind: string;
  created: number;
  updated: number;
  unchanged: number;
}

/** What IngestDocument answers (explorer/src/operations/ingest-document.graphql). */
export interface IngestAnswer {
  changed: boolean;
  summary: { nodes: Count[]; claims: Count; relationships: Count[] };
  articles: { id: string; key: string; title: string | null }[];
  entities: Ref[];
}

type Tally = Record<'created' | 'updated' | 'unchanged', number>;

/** Created, updated and unchanged, over every label and relationship type. */
export function totals(answer: IngestAnswer): Tally {
  const counts = [...answer.summary.nodes, answer.summary.claims, ...answer.summary.relationships];
  const sum = (k: keyof Tally) => counts.reduce((n, c) => n + c[k], 0);
  return { created: sum('created'), updated: sum('updated'), unchanged: sum('unchanged') };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The ingest's summary: what it created, updated and found already there,
 * per label and relationship type, then links to the article's entities in
 * the graph view.
 */
export function ingestResult(answer: IngestAnswer, claims: { kept: number; leftOut: number }): HTMLElement[] {
  const counts = [...answer.summary.nodes, answer.summary.claims, ...answer.summary.relationships];
  const t = totals(answer);
  const title = answer.articles[0]?.title;
  return [
    h('h3', {}, answer.changed ? 'Ingested' : 'Already in the graph', title ? `: ${title}` : ''),
    h(
      'p',
      { class: 'result-line' },
      `${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`,
      ` · ${plural(claims.kept, 'claim')} kept, ${claims.leftOut} left out.`,
    ),
    h(
      'table',
      { class: 'summary' },
      h('caption', {}, 'What the ingest wrote'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Nodes and links'),
          ['created', 'updated', 'unchanged'].map((k) => h('th', { scope: 'col' }, k)),
        ),
      ),
      h(
        'tbody',
        {},
        counts
          .filter((c) => c.created + c.updated + c.unchanged > 0)
          .map((c) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, c.kind),
              h('td', {}, String(c.created)),
              h('td', {}, String(c.updated)),
              h('td', {}, String(c.unchanged)),
            ),
          ),
      ),
    ),
    h('h4', {}, 'Its entities in the graph'),
    h(
      'ul',
      { class: 'entity-links' },
      answer.entities.map((e) =>
        h('li', {}, h('a', { href: entityHref(e.id), class: 'entity-link' }, e.name), ' ', typeBadge(e.__typename)),
      ),
    ),
  ];
}

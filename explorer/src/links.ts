import { h, safeUrl, type Child } from './dom.js';
import type { ClaimRow, Ref, SourceRef } from './operations.js';
import { kindLabels } from './types-style.js';

/** Links to entities, sources and claims as every view of the Explorer prints them. */

/** Where a link to an entity goes: the page's own route, which opens it. */
export function entityHref(id: string): string {
  return `#/entity/${encodeURIComponent(id)}`;
}

export function link(ref: Ref | null | undefined): Child {
  if (!ref) return h('span', { class: 'muted' }, 'unknown');
  return h('a', { href: entityHref(ref.id), class: 'entity-link', 'data-type': ref.__typename }, ref.name);
}

export function sourceLine(source: SourceRef): HTMLElement {
  const url = safeUrl(source.url);
  const title = source.title ?? 'untitled';
  return h(
    'p',
    { class: 'source' },
    'Source: ',
    [source.publisher, source.publishedOn].filter(Boolean).join(', '),
    source.publisher || source.publishedOn ? ' — ' : '',
    url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title) : h('cite', {}, title),
  );
}

export function quote(text: string | null | undefined): Child {
  return text ? h('blockquote', { class: 'quote' }, `“${text}”`) : null;
}

export function kindBadge(kind: string): HTMLElement {
  return h('span', { class: `kind-badge kind-${kind.toLowerCase()}` }, kindLabels[kind] ?? kind.toLowerCase());
}

export function claimItem(c: ClaimRow): HTMLElement {
  return h(
    'li',
    { class: 'claim', 'data-kind': c.kind, 'data-id': c.id },
    h(
      'div',
      { class: 'claim-head' },
      link(c.speaker),
      c.onBehalfOf && c.onBehalfOf.id !== c.speaker?.id
        ? h('span', { class: 'muted' }, ` for `, link(c.onBehalfOf))
        : null,
      ' ',
      kindBadge(c.kind),
      ' ',
      c.target ? link(c.target) : null,
      c.madeOn ? h('time', { datetime: c.madeOn }, c.madeOn) : null,
    ),
    c.allegation ? h('p', { class: 'allegation' }, c.allegation) : null,
    quote(c.quote),
    sourceLine(c.source),
  );
}

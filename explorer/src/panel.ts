import { errorText } from './controls.js';
import { h, type Child } from './dom.js';

/** The parts of the entity panel: titled sections, lists, and the note shown when a part could not load. */

export function section(id: string, title: string, count: number | null, body: Child): HTMLElement {
  return h(
    'section',
    { class: 'panel-section', id, 'aria-label': title },
    h('h3', {}, title, count === null ? '' : h('span', { class: 'count' }, String(count))),
    body,
  );
}

export function list(items: HTMLElement[], empty: string, cls = 'claims'): HTMLElement {
  return items.length ? h('ul', { class: cls }, items) : h('p', { class: 'muted' }, empty);
}

export function errorNote(err: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, errorText(err));
}

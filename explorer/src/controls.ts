import { h } from './dom.js';
import type { ClaimOrigin } from './generated/graphql.js';

/**
 * Filter controls the record views share: a period (two labelled fields,
 * applied with Enter or the form's button, checked before anything is
 * sent) and the choice of claim origin. Each view reads their values when
 * it loads.
 */

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const YEAR = /^\d{4}$/;

export interface PeriodFields {
  element: HTMLElement;
  /** The period typed, or an error sentence naming the field that is wrong. */
  read(): { from: string | null; to: string | null } | { error: string; field: HTMLInputElement };
  set(from: string | null, to: string | null): void;
}

/** From and To: years only (`precision: 'year'`), or dates at any precision (2024, 2024-06, 2024-06-28). */
export function periodFields(name: string, precision: 'year' | 'date', initial: [string?, string?] = []): PeriodFields {
  const hint = precision === 'year' ? 'a year, e.g. 2015' : 'a year, month or day: 2024, 2024-06 or 2024-06-28';
  const field = (label: string, value: string | undefined) =>
    h('input', {
      type: 'text',
      name: `${name}-${label.toLowerCase()}`,
      inputmode: 'numeric',
      size: precision === 'year' ? 6 : 11,
      value: value ?? '',
      placeholder: precision === 'year' ? 'YYYY' : 'YYYY-MM',
      'aria-describedby': `${name}-period-hint`,
    });
  const from = field('From', initial[0]);
  const to = field('To', initial[1]);
  const element = h(
    'span',
    { class: 'period' },
    h('label', {}, 'From ', from),
    h('label', {}, 'To ', to),
    h('span', { class: 'visually-hidden', id: `${name}-period-hint` }, `Leave empty for no limit; ${hint}.`),
  );
  const pattern = precision === 'year' ? YEAR : DATE;
  return {
    element,
    read() {
      for (const input of [from, to]) {
        input.removeAttribute('aria-invalid');
        if (input.value.trim() && !pattern.test(input.value.trim())) {
          input.setAttribute('aria-invalid', 'true');
          return { error: `${input === from ? 'From' : 'To'} must be ${hint}.`, field: input };
        }
      }
      const f = from.value.trim() || null;
      const t = to.value.trim() || null;
      if (f && t && f > t) {
        to.setAttribute('aria-invalid', 'true');
        return { error: 'To must not be before From.', field: to };
      }
      return { from: f, to: t };
    },
    set(f, t) {
      from.value = f ?? '';
      to.value = t ?? '';
    },
  };
}

const ORIGINS: { value: ClaimOrigin | ''; label: string }[] = [
  { value: '', label: 'Both' },
  { value: 'REPORTED', label: 'Reported (articles)' },
  { value: 'CODED', label: 'Coded (datasets)' },
];

/** Reported, coded or both: radio buttons in a fieldset; the arrow keys move between them. */
export function originChoice(name: string, onChange: (origin: ClaimOrigin | null) => void): HTMLElement {
  return h(
    'fieldset',
    { class: 'origin-choice' },
    h('legend', {}, 'Origin'),
    ORIGINS.map(({ value, label }) =>
      h(
        'label',
        {},
        h('input', {
          type: 'radio',
          name,
          value,
          checked: value === '',
          onchange: () => onChange((value || null) as ClaimOrigin | null),
        }),
        ` ${label}`,
      ),
    ),
  );
}

/** The sentence an error answer is shown as. */
export function errorText(err: unknown): string {
  return `Could not load: ${err instanceof Error ? err.message : String(err)}`;
}

/** GDELT asks that any view of its data cite it and link to it (docs/importing.md). */
export function gdeltCredit(): HTMLElement {
  return h(
    'p',
    { class: 'credit' },
    'Coded claims: The GDELT Project, ',
    h('a', { href: 'https://www.gdeltproject.org/', target: '_blank', rel: 'noopener noreferrer' }, 'gdeltproject.org'),
    '.',
  );
}

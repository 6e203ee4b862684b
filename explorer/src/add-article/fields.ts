import { h } from '../dom.js';

let sequence = 0;

/** A unique element id for a label's `for` and an error's `aria-describedby`. */
export function uid(prefix: string): string {
  return `${prefix}-${++sequence}`;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * A labelled form control with a place for its own validation message,
 * tied to it with aria-describedby and aria-invalid so that a screen reader
 * reads the message with the field.
 */
export class Field<C extends Control = Control> {
  readonly element: HTMLElement;
  readonly error: HTMLElement;

  constructor(
    label: string,
    readonly control: C,
    options: { hint?: string; className?: string } = {},
  ) {
    control.id ||= uid('field');
    this.error = h('p', { class: 'field-error', id: `${control.id}-error`, hidden: true });
    const hint = options.hint ? h('p', { class: 'field-hint', id: `${control.id}-hint` }, options.hint) : null;
    if (hint) control.setAttribute('aria-describedby', hint.id);
    this.element = h(
      'div',
      { class: `field ${options.className ?? ''}`.trim() },
      h('label', { for: control.id }, label),
      control,
      hint,
      this.error,
    );
  }

  get value(): string {
    return this.control.value;
  }

  showError(message: string) {
    this.error.textContent = message;
    this.error.hidden = false;
    this.control.setAttribute('aria-invalid', 'true');
    const described = new Set((this.control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
    described.add(this.error.id);
    this.control.setAttribute('aria-describedby', [...described].join(' '));
  }

  clearError() {
    this.error.textContent = '';
    this.error.hidden = true;
    this.control.removeAttribute('aria-invalid');
    const described = (this.control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((d) => d && d !== this.error.id);
    if (described.length) this.control.setAttribute('aria-describedby', described.join(' '));
    else this.control.removeAttribute('aria-describedby');
  }
}

/** Fills a select with options, keeping the chosen value when it is still offered. */
export function setOptions(select: HTMLSelectElement, options: { value: string; label: string }[], value: string) {
  const same =
    select.options.length === options.length &&
    options.every((o, i) => select.options[i]!.value === o.value && select.options[i]!.text === o.label);
  if (!same) select.replaceChildren(...options.map((o) => h('option', { value: o.value }, o.label)));
  select.value = value;
}

/**
 * A row's validation messages: each at the field an issue names, or, for a
 * field the row does not show, one line for the row as a whole.
 */
export class RowIssues {
  readonly element: HTMLElement = h('p', { class: 'field-error row-error', hidden: true });

  constructor(
    private readonly fields: Record<string, Field>,
    /** What takes the focus when the row as a whole is at fault. */
    private readonly fallback: HTMLElement,
  ) {}

  /** Shows the message and returns the control to focus. */
  show(field: string, message: string): HTMLElement {
    const f = this.fields[field];
    if (f && !f.element.closest('[hidden]')) {
      f.showError(message);
      return f.control;
    }
    this.element.textContent = field ? `${field}: ${message}` : message;
    this.element.hidden = false;
    return this.fallback;
  }

  clear() {
    for (const f of new Set(Object.values(this.fields))) f.clearError();
    this.element.hidden = true;
    this.element.textContent = '';
  }
}

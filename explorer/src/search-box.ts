import { gql, isAbort } from './api.js';
import { clear, h } from './dom.js';
import { operations, type Ref } from './operations.js';
import { typeBadge } from './types-style.js';

export interface SearchBoxOptions {
  label: string;
  placeholder: string;
  onSelect: (ref: Ref) => void;
  onError?: (err: unknown) => void;
}

let instances = 0;

/**
 * A combobox over the Search operation (ARIA 1.2 pattern): results appear as
 * you type; ArrowDown/ArrowUp move through them, Enter picks, Escape closes.
 */
export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private results: Ref[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;
  private selected: Ref | null = null;
  private readonly listId: string;

  constructor(
    container: HTMLElement,
    private readonly options: SearchBoxOptions,
  ) {
    const n = ++instances;
    this.listId = `search-results-${n}`;
    this.input = h('input', {
      type: 'search',
      role: 'combobox',
      'aria-label': options.label,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': this.listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: options.placeholder,
    });
    this.list = h('ul', { id: this.listId, role: 'listbox', 'aria-label': `${options.label}: results`, hidden: true });
    container.append(this.input, this.list);

    this.input.addEventListener('input', () => this.scheduleSearch());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('focus', () => {
      if (this.results.length && this.input.value.trim() && !this.selected) this.open();
    });
    // Late enough for a click on an option to land first.
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** The entity picked last, or null once the text was edited. */
  get value(): Ref | null {
    return this.selected;
  }

  setValue(ref: Ref | null) {
    this.selected = ref;
    this.input.value = ref?.name ?? '';
    this.close();
  }

  private scheduleSearch() {
    this.selected = null;
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length < 2) {
      this.inflight?.abort();
      this.render([]);
      return;
    }
    this.timer = setTimeout(() => void this.search(text), 120);
  }

  private async search(text: string) {
    this.inflight?.abort();
    const controller = new AbortController();
    this.inflight = controller;
    try {
      const data = await gql(operations.search, { text, first: 8 }, controller.signal);
      if (controller.signal.aborted || this.input.value.trim() !== text) return;
      this.render(data.search);
    } catch (err) {
      if (!isAbort(err)) this.options.onError?.(err);
    }
  }

  private render(results: Ref[]) {
    this.results = results;
    this.active = results.length ? 0 : -1;
    clear(this.list);
    if (!results.length && this.input.value.trim().length >= 2) {
      this.list.append(h('li', { class: 'empty', 'aria-disabled': 'true' }, 'No match'));
    }
    results.forEach((ref, i) => {
      this.list.append(
        h(
          'li',
          {
            id: `${this.listId}-${i}`,
            role: 'option',
            'aria-selected': 'false',
            'data-id': ref.id,
            onmousedown: (e: Event) => {
              e.preventDefault();
              this.choose(i);
            },
            onmousemove: () => this.highlight(i),
          },
          h('span', { class: 'option-name' }, ref.name),
          typeBadge(ref.__typename),
        ),
      );
    });
    if (results.length || this.input.value.trim().length >= 2) this.open();
    else this.close();
    this.highlight(this.active);
  }

  private onKey(e: KeyboardEvent) {
    const n = this.results.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (this.list.hidden && n) this.open();
        else if (n) this.highlight((this.active + 1) % n);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n) this.highlight((this.active - 1 + n) % n);
        break;
      case 'Enter':
        if (!this.list.hidden && this.active >= 0) {
          e.preventDefault();
          this.choose(this.active);
        }
        break;
      case 'Escape':
        if (!this.list.hidden) {
          e.preventDefault();
          this.close();
        }
        break;
      case 'Tab':
        this.close();
        break;
    }
  }

  private highlight(i: number) {
    this.active = i;
    const options = this.list.querySelectorAll<HTMLLIElement>('[role="option"]');
    options.forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const current = options[i];
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  private choose(i: number) {
    const ref = this.results[i];
    if (!ref) return;
    this.setValue(ref);
    this.options.onSelect(ref);
  }

  private open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

import { h } from '../dom.js';
import type { Draft, DraftRelationship } from './draft.js';
import { RowIssues, uid } from './fields.js';

/**
 * One relationship the extractor drew (a city LOCATED_IN its state, an
 * official HOLDS_POSITION): written with the article unless left out.
 */
export class RelationshipRow {
  readonly element: HTMLLIElement;
  readonly keep: HTMLInputElement;
  private readonly text: HTMLSpanElement;
  private readonly issues: RowIssues;

  constructor(
    private readonly draft: Draft,
    readonly relationship: DraftRelationship,
  ) {
    this.keep = h('input', { type: 'checkbox' });
    this.keep.checked = relationship.keep;
    this.text = h('span', { class: 'row-summary', id: uid('relationship') });
    this.keep.setAttribute('aria-describedby', this.text.id);
    this.issues = new RowIssues({}, this.keep);
    this.element = h(
      'li',
      { class: 'draft-row draft-relationship' },
      h('div', { class: 'row-head' }, h('label', { class: 'keep' }, this.keep, 'Keep'), this.text),
      this.issues.element,
    );
    this.keep.addEventListener('change', () => {
      relationship.keep = this.keep.checked;
      this.refresh();
    });
    this.refresh();
  }

  refresh() {
    const { draft, relationship: r } = this;
    const title = typeof r.entry.title === 'string' ? ` (${r.entry.title})` : '';
    this.text.textContent = `${draft.nameOf(r.from)} ${r.type.replace(/_/g, ' ').toLowerCase()} ${draft.nameOf(r.to)}${title}`;
    this.element.classList.toggle('dropped', !r.keep);
  }

  showError(field: string, message: string): HTMLElement {
    return this.issues.show(field, message);
  }

  clearErrors() {
    this.issues.clear();
  }
}

import { h } from '../dom.js';
import type { Ref } from '../operations.js';
import { SearchBox } from '../search-box.js';
import { CLAIM_KINDS, kindLabels } from '../types-style.js';
import type { ClaimRole, Draft, DraftClaim } from './draft.js';
import type { ClaimKind } from '../generated/graphql.js';
import { Field, RowIssues, setOptions, uid } from './fields.js';

export interface ClaimRowOptions {
  onSelect: (claim: DraftClaim) => void;
  /** Something the rest of the page shows changed (keep, speaker, target, quote...). */
  onChange: (claim: DraftClaim, what: 'keep' | 'roles' | 'kind' | 'quote' | 'text') => void;
  /** An entity found by search was picked for a role: the page takes it into the draft. */
  onFound: (claim: DraftClaim, role: 'speaker' | 'target', ref: Ref) => void;
  onError: (err: unknown) => void;
}

const NONE = '';

/**
 * One claim of the draft: Keep, then who says what about whom, each part
 * editable. Focusing anything in the row selects the claim, which marks its
 * words in the article.
 */
export class ClaimRow {
  readonly element: HTMLLIElement;
  private readonly head: HTMLButtonElement;
  private readonly summary: HTMLSpanElement;
  private readonly context: HTMLSpanElement;
  private readonly issues: RowIssues;
  readonly keep: HTMLInputElement;
  readonly speaker: Field<HTMLSelectElement>;
  readonly onBehalfOf: Field<HTMLSelectElement>;
  readonly kind: Field<HTMLSelectElement>;
  readonly target: Field<HTMLSelectElement>;
  readonly allegation: Field<HTMLInputElement>;
  readonly quote: Field<HTMLTextAreaElement>;
  readonly madeOn: Field<HTMLInputElement>;
  private readonly also: HTMLElement;

  constructor(
    private readonly draft: Draft,
    readonly claim: DraftClaim,
    readonly number: number,
    private readonly options: ClaimRowOptions,
  ) {
    const headId = uid('claim-head');
    this.summary = h('span', { class: 'row-summary' });
    this.context = h('span', { class: 'row-context' });
    this.head = h(
      'button',
      { type: 'button', class: 'row-select', id: headId, 'aria-pressed': 'false' },
      h('span', { class: 'row-number' }, `${number}.`),
      this.summary,
    );
    this.keep = h('input', { type: 'checkbox', checked: claim.keep });
    this.keep.checked = claim.keep;

    this.speaker = new Field('Speaker', h('select', {}));
    this.onBehalfOf = new Field('On behalf of', h('select', {}));
    this.kind = new Field('Kind', h('select', {}));
    setOptions(
      this.kind.control,
      CLAIM_KINDS.map((k) => ({ value: k, label: kindLabels[k] ?? k.toLowerCase() })),
      claim.kind,
    );
    this.target = new Field('Target', h('select', {}));
    this.also = h('p', { class: 'field-hint also-targets', hidden: true });
    this.allegation = new Field('Allegation', h('input', { type: 'text', value: claim.allegation }), {
      className: 'wide',
    });
    this.quote = new Field('Quote', h('textarea', { rows: claim.quote.length > 60 ? 2 : 1 }), { className: 'full' });
    this.quote.control.value = claim.quote;
    this.madeOn = new Field(
      'Date',
      h('input', {
        type: 'text',
        value: claim.madeOn,
        inputmode: 'numeric',
        placeholder: 'YYYY-MM-DD',
        title: 'YYYY, YYYY-MM or YYYY-MM-DD',
        size: 10,
      }),
    );
    this.issues = new RowIssues(
      {
        speaker: this.speaker,
        onBehalfOf: this.onBehalfOf,
        kind: this.kind,
        target: this.target,
        about: this.target,
        allegation: this.allegation,
        quote: this.quote,
        madeOn: this.madeOn,
      },
      this.head,
    );

    const finder = (role: 'speaker' | 'target', label: string) => {
      const box = h('div', { class: 'search compact finder' });
      const search: SearchBox = new SearchBox(box, {
        label,
        placeholder: 'Find in the graph…',
        // The pick shows in the select; the box is ready for another search.
        onSelect: (ref) => {
          search.setValue(null);
          options.onFound(claim, role, ref);
        },
        onError: options.onError,
      });
      return box;
    };

    this.element = h(
      'li',
      { class: 'draft-row draft-claim', 'data-key': claim.key },
      h('div', { class: 'row-head' }, h('label', { class: 'keep' }, this.keep, 'Keep'), this.head, this.context),
      h(
        'div',
        { class: 'row-fields', role: 'group', 'aria-labelledby': headId },
        h('div', { class: 'role' }, this.speaker.element, finder('speaker', 'Find a speaker in the graph')),
        this.onBehalfOf.element,
        this.kind.element,
        h('div', { class: 'role' }, this.target.element, finder('target', 'Find a target in the graph'), this.also),
        this.allegation.element,
        this.madeOn.element,
        this.quote.element,
      ),
      this.issues.element,
    );

    this.head.addEventListener('click', () => options.onSelect(claim));
    this.element.addEventListener('focusin', () => options.onSelect(claim));
    this.keep.addEventListener('change', () => {
      claim.keep = this.keep.checked;
      this.refresh();
      options.onChange(claim, 'keep');
    });
    this.speaker.control.addEventListener('change', () => {
      claim.speaker = this.speaker.value;
      this.refresh();
      options.onChange(claim, 'roles');
    });
    this.onBehalfOf.control.addEventListener('change', () => {
      claim.onBehalfOf = this.onBehalfOf.value || null;
      this.refresh();
      options.onChange(claim, 'roles');
    });
    this.kind.control.addEventListener('change', () => {
      claim.kind = this.kind.value as ClaimKind;
      this.refresh();
      options.onChange(claim, 'kind');
    });
    this.target.control.addEventListener('change', () => {
      const value = this.target.value;
      claim.targets =
        value === NONE ? claim.targets.slice(1) : [value, ...claim.targets.slice(1).filter((t) => t !== value)];
      this.refresh();
      options.onChange(claim, 'roles');
    });
    this.allegation.control.addEventListener('input', () => {
      claim.allegation = this.allegation.value;
      options.onChange(claim, 'text');
    });
    this.quote.control.addEventListener('change', () => {
      claim.quote = this.quote.value;
      options.onChange(claim, 'quote');
    });
    this.madeOn.control.addEventListener('input', () => {
      claim.madeOn = this.madeOn.value;
      options.onChange(claim, 'text');
    });
    this.refresh();
  }

  /** Brings options, summary and state up to date with the draft (after a rename, a merge, a new entity). */
  refresh() {
    const { claim, draft } = this;
    const options = (role: ClaimRole, current: string | null | undefined) => {
      const list = draft.choices(role).map((e) => ({ value: e.id, label: `${e.name} (${e.type})` }));
      const resolved = current ? draft.resolve(current) : undefined;
      if (resolved && !list.some((o) => o.value === resolved))
        list.unshift({ value: resolved, label: draft.nameOf(resolved) });
      return { list, value: resolved ?? NONE };
    };
    const speaker = options('speaker', claim.speaker);
    setOptions(this.speaker.control, speaker.list, speaker.value);
    const onBehalfOf = options('onBehalfOf', claim.onBehalfOf);
    setOptions(this.onBehalfOf.control, [{ value: NONE, label: '(none)' }, ...onBehalfOf.list], onBehalfOf.value);
    const target = options('target', claim.targets[0]);
    setOptions(this.target.control, [{ value: NONE, label: '(none)' }, ...target.list], target.value);
    const others = claim.targets.slice(1).map((t) => draft.nameOf(t));
    this.also.hidden = others.length === 0;
    this.also.textContent = others.length ? `Also aimed at: ${others.join(', ')}` : '';
    this.kind.control.value = claim.kind;

    const verb = kindLabels[claim.kind] ?? claim.kind.toLowerCase();
    const aim = claim.targets[0] ? ` ${draft.nameOf(claim.targets[0])}` : '';
    this.summary.textContent = `${draft.nameOf(claim.speaker)} ${verb}${aim}`;
    // What the row's fields do not show but the document carries: the claim it answers.
    const answered = claim.answers ? draft.claims.findIndex((c) => c.key === claim.answers) : -1;
    this.context.textContent =
      answered >= 0
        ? `answers ${answered + 1}${draft.claims[answered]!.keep ? '' : ' (left out, so not linked)'}`
        : claim.answers
          ? 'answers a claim in the graph'
          : '';
    this.element.dataset.kind = claim.kind;
    this.element.classList.toggle('dropped', !claim.keep);
    this.head.title = claim.keep ? '' : 'Left out: unticked claims are not ingested';
  }

  /** A one-line description, for the article's sentence buttons. */
  describe(): string {
    return `claim ${this.number}: ${this.summary.textContent}${this.claim.keep ? '' : ' (left out)'}`;
  }

  setSelected(on: boolean) {
    this.head.setAttribute('aria-pressed', String(on));
    this.element.classList.toggle('selected', on);
  }

  focus() {
    this.head.focus();
    this.element.scrollIntoView({ block: 'nearest' });
  }

  /** Shows an issue at the control its field names (`quote`, `madeOn`, `target[0]`...), or on the row. */
  showError(field: string, message: string): HTMLElement {
    return this.issues.show(field, message);
  }

  clearErrors() {
    this.issues.clear();
  }
}

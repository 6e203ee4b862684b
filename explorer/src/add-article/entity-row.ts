import { h } from '../dom.js';
import { entityHref } from '../entity-view.js';
import type { Ref } from '../operations.js';
import { SearchBox } from '../search-box.js';
import { ENTITY_TYPES, entityStyles, typeBadge, type EntityType } from '../types-style.js';
import type { Draft, DraftEntity } from './draft.js';
import { Field, RowIssues, setOptions, uid } from './fields.js';

export interface EntityRowOptions {
  onSelect: (entity: DraftEntity) => void;
  onChange: (entity: DraftEntity, what: 'name' | 'type' | 'key' | 'aliases' | 'merge') => void;
  /** An entity of the graph was picked to merge this one into. */
  onMerge: (entity: DraftEntity, ref: Ref) => void;
  onError: (err: unknown) => void;
}

/**
 * One entity of the draft: new, or found in the graph. A new one can be
 * renamed, retyped and given another key; any can be merged into an entity
 * the graph holds, found by search.
 */
export class EntityRow {
  readonly element: HTMLLIElement;
  private readonly head: HTMLButtonElement;
  private readonly title: HTMLSpanElement;
  private readonly status: HTMLSpanElement;
  private readonly badge: HTMLSpanElement;
  private readonly issues: RowIssues;
  readonly name: Field<HTMLInputElement>;
  readonly type: Field<HTMLSelectElement>;
  readonly key: Field<HTMLInputElement>;
  readonly aliases: Field<HTMLInputElement>;
  private readonly fields: HTMLElement;
  private readonly merged: HTMLElement;

  constructor(
    private readonly draft: Draft,
    readonly entity: DraftEntity,
    private readonly options: EntityRowOptions,
  ) {
    const headId = uid('entity-head');
    this.title = h('span', { class: 'row-summary' });
    this.badge = h('span', {});
    this.status = h('span', { class: 'entity-status' });
    this.head = h('button', { type: 'button', class: 'row-select', id: headId, 'aria-pressed': 'false' }, this.title);
    this.name = new Field('Name', h('input', { type: 'text', value: entity.name }));
    this.type = new Field('Type', h('select', {}));
    setOptions(
      this.type.control,
      ENTITY_TYPES.map((t) => ({ value: t, label: entityStyles[t].label })),
      entity.type,
    );
    this.key = new Field('Key', h('input', { type: 'text', value: entity.key, spellcheck: 'false', size: 18 }), {
      className: 'key-field',
    });
    this.aliases = new Field(
      'Aliases',
      h('input', { type: 'text', value: entity.aliases.join(', '), placeholder: 'Other names, comma-separated' }),
      // Ingest adds these to the graph entity's own: the reviewer sees what will be added.
      { className: 'aliases-field', hint: entity.isNew ? undefined : 'Added to the names the graph already has.' },
    );
    const mergeBox = h('div', { class: 'search compact finder' });
    const search: SearchBox = new SearchBox(mergeBox, {
      label: 'Merge into an entity in the graph',
      placeholder: 'Merge into…',
      onSelect: (ref) => {
        search.setValue(null);
        options.onMerge(entity, ref);
      },
      onError: options.onError,
    });
    this.fields = h(
      'div',
      { class: 'row-fields', role: 'group', 'aria-labelledby': headId },
      this.name.element,
      this.type.element,
      this.key.element,
      h('div', { class: 'field merge' }, mergeBox),
      this.aliases.element,
    );
    this.merged = h('div', { class: 'merged-note', hidden: true });
    this.issues = new RowIssues(
      { name: this.name, type: this.type, key: this.key, code: this.key, aliases: this.aliases },
      this.head,
    );
    this.element = h(
      'li',
      { class: 'draft-row draft-entity', 'data-id': entity.id },
      h('div', { class: 'row-head' }, this.head, this.badge, this.status),
      this.fields,
      this.merged,
      this.issues.element,
    );

    this.head.addEventListener('click', () => options.onSelect(entity));
    this.element.addEventListener('focusin', () => options.onSelect(entity));
    this.name.control.addEventListener('input', () => {
      draft.rename(entity, this.name.value);
      this.refresh();
      options.onChange(entity, 'name');
    });
    this.type.control.addEventListener('change', () => {
      draft.retype(entity, this.type.value as EntityType);
      this.refresh();
      options.onChange(entity, 'type');
    });
    this.aliases.control.addEventListener('change', () => {
      draft.setAliases(entity, this.aliases.value.split(','));
      this.aliases.control.value = entity.aliases.join(', ');
      options.onChange(entity, 'aliases');
    });
    this.key.control.addEventListener('input', () => {
      draft.setKey(entity, this.key.value.trim());
      options.onChange(entity, 'key');
    });
    this.refresh();
  }

  refresh() {
    const { entity, draft } = this;
    this.title.textContent = entity.name || '(no name)';
    this.badge.replaceChildren(typeBadge(entity.type));
    const mentions = entity.mentions.length;
    const said = mentions ? ` · ${mentions} mention${mentions === 1 ? '' : 's'}` : '';
    this.status.replaceChildren(
      entity.isNew
        ? h('span', { class: 'status-new' }, 'new')
        : entity.existing
          ? h(
              'a',
              { class: 'status-found', href: entityHref(entity.existing.id), target: '_blank', rel: 'noopener' },
              entity.origin === 'graph' ? 'from the graph' : 'found in the graph',
            )
          : h('span', { class: 'status-found' }, 'found in the graph'),
      said,
    );
    if (this.name.control.value !== entity.name) this.name.control.value = entity.name;
    if (this.key.control.value !== entity.key) this.key.control.value = entity.key;
    this.type.control.value = entity.type;
    // The graph's entity keeps its type and key; a new one's are the reviewer's to set.
    this.type.control.disabled = !entity.isNew;
    this.key.control.readOnly = !entity.isNew;

    const into = entity.mergedInto ? draft.entity(draft.resolve(entity.id)) : undefined;
    this.element.classList.toggle('merged', Boolean(into));
    this.fields.hidden = Boolean(into);
    this.merged.hidden = !into;
    if (into) {
      const undo = h('button', { type: 'button', class: 'undo-merge' }, `Undo merge of ${entity.name}`);
      undo.addEventListener('click', () => {
        draft.unmerge(entity);
        this.refresh();
        this.options.onChange(entity, 'merge');
        this.name.control.focus();
      });
      this.merged.replaceChildren(
        h('span', {}, 'Merged into ', h('strong', {}, into.name), ` (${into.key}); its words stay as aliases. `),
        undo,
      );
    }
  }

  setSelected(on: boolean) {
    this.head.setAttribute('aria-pressed', String(on));
    this.element.classList.toggle('selected', on);
  }

  focus() {
    this.head.focus();
  }

  /** Focus after a merge: the undo button, which replaced the fields. */
  focusUndo() {
    this.merged.querySelector<HTMLButtonElement>('button')?.focus();
  }

  showError(field: string, message: string): HTMLElement {
    return this.issues.show(field, message);
  }

  clearErrors() {
    this.issues.clear();
  }
}

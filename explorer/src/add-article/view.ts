import { gql, GraphQLRequestError } from '../api.js';
import { append, clear, h } from '../dom.js';
import { operations, type Ref } from '../operations.js';
import { isEntityType, type EntityType } from '../types-style.js';
import { ArticleText, type Highlight } from './article-text.js';
import { ClaimRow } from './claim-row.js';
import {
  Draft,
  type ArticleFields,
  type BuiltDocument,
  type DraftClaim,
  type DraftEntity,
  locateIssue,
} from './draft.js';
import { EntityRow } from './entity-row.js';
import { ingestResult, totals, type IngestAnswer } from './ingest-result.js';
import { Field } from './fields.js';
import { RelationshipRow } from './relationship-row.js';
import { storedToken, storeToken } from './token.js';

/**
 * "Add article": paste an article, let extractDocument draft it, review the
 * draft beside the text (claims to keep or leave out, roles, kinds, words,
 * entities to rename, retype or merge), and ingest it through
 * ingestDocument. Nothing is written before Ingest, and Ingest writes all of
 * it or nothing.
 */
export class AddArticleView {
  private readonly token: Field<HTMLInputElement>;
  private readonly tokenMessage: HTMLElement;
  private readonly title: Field<HTMLInputElement>;
  private readonly publisher: Field<HTMLInputElement>;
  private readonly publishedOn: Field<HTMLInputElement>;
  private readonly url: Field<HTMLInputElement>;
  private readonly text: Field<HTMLTextAreaElement>;
  private readonly extractButton: HTMLButtonElement;
  private readonly textError: HTMLElement;
  private readonly highlighted: HTMLElement;
  private readonly articleText: ArticleText;
  private readonly editText: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly draftPane: HTMLElement;

  private draft: Draft | null = null;
  private claimRows: ClaimRow[] = [];
  private entityRows: EntityRow[] = [];
  private relationshipRows: RelationshipRow[] = [];
  private entityList: HTMLUListElement | null = null;
  private ingestButton: HTMLButtonElement | null = null;
  private problems: HTMLElement | null = null;
  private result: HTMLElement | null = null;
  private selectedClaim: string | null = null;
  private busy = false;

  constructor(container: HTMLElement) {
    this.token = new Field('Token', h('input', { type: 'password', autocomplete: 'off', spellcheck: 'false' }), {
      hint: 'An editor’s API key or JWT. Kept in this tab only (sessionStorage) and sent as a bearer token.',
    });
    this.token.control.value = storedToken();
    this.token.control.addEventListener('input', () => {
      storeToken(this.token.value.trim());
      this.tokenMessage.hidden = true;
      this.token.clearError();
    });
    this.tokenMessage = h('p', { class: 'token-message', role: 'alert', hidden: true });

    this.title = new Field('Title', h('input', { type: 'text' }), { hint: 'Left empty, the first sentence is used.' });
    this.publisher = new Field('Publisher', h('input', { type: 'text' }));
    this.publishedOn = new Field('Published on', h('input', { type: 'date', required: true }));
    this.url = new Field('URL', h('input', { type: 'url', placeholder: 'https://…' }));
    this.text = new Field('Article text', h('textarea', { rows: 16, required: true, spellcheck: 'false' }), {
      className: 'article-text-field',
    });
    this.extractButton = h('button', { type: 'submit', class: 'primary' }, 'Extract');
    this.textError = h('p', { class: 'field-error', hidden: true, role: 'alert' });

    this.highlighted = h('div', {
      class: 'article-highlighted',
      role: 'region',
      'aria-label': 'The article, with its entities and claims marked',
      tabindex: '-1',
    });
    this.articleText = new ArticleText(this.highlighted, {
      onPickClaim: (key) => this.selectClaim(key, 'text'),
      onPickEntity: (id) => this.selectEntity(id, 'text'),
      describeClaim: (key) => this.claimRows.find((r) => r.claim.key === key)?.describe() ?? key,
    });
    this.editText = h('button', { type: 'button' }, 'Edit the text (drops this draft)');
    this.editText.addEventListener('click', () => this.dropDraft(true));
    const highlightedBlock = h(
      'div',
      { class: 'highlighted-block', hidden: true },
      h(
        'div',
        { class: 'highlighted-head' },
        h('span', { class: 'label' }, 'Article text'),
        h(
          'span',
          { class: 'legend-inline' },
          h('span', { class: 'hl mention' }, 'entity'),
          ' ',
          h('span', { class: 'hl sentence' }, 'claim sentence'),
          ' ',
          h('span', { class: 'hl sentence quote' }, 'quoted words'),
        ),
        this.editText,
      ),
      this.highlighted,
    );

    const form = h(
      'form',
      { class: 'article-form', 'aria-label': 'Article', novalidate: true },
      h('div', { class: 'token-row' }, this.token.element, this.tokenMessage),
      h(
        'div',
        { class: 'meta-grid' },
        this.title.element,
        this.publisher.element,
        this.publishedOn.element,
        this.url.element,
      ),
      this.text.element,
      highlightedBlock,
      this.textError,
      h('div', { class: 'form-actions' }, this.extractButton),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.extract();
    });

    this.status = h('p', { class: 'add-status', role: 'status', 'aria-live': 'polite' });
    this.draftPane = h(
      'section',
      { class: 'draft-pane', 'aria-label': 'Draft' },
      h(
        'p',
        { class: 'placeholder' },
        'Paste an article, give its date, and press Extract: its claims and entities appear here, to check before anything is written.',
      ),
    );

    container.append(
      h(
        'div',
        { class: 'add-layout' },
        h(
          'section',
          { class: 'article-pane', 'aria-labelledby': 'add-article-title' },
          h('h2', { id: 'add-article-title' }, 'Add article'),
          form,
          this.status,
        ),
        this.draftPane,
      ),
    );
  }

  /** Called when the view is shown: the first empty field that is needed gets the focus. */
  focus() {
    const first = !this.token.value ? this.token.control : !this.text.value ? this.text.control : null;
    first?.focus();
  }

  // --- extraction ----------------------------------------------------------

  private fields(): ArticleFields {
    return {
      title: this.title.value,
      publisher: this.publisher.value,
      publishedOn: this.publishedOn.value,
      url: this.url.value,
    };
  }

  private articleField(name: keyof ArticleFields | 'text'): Field {
    return {
      title: this.title,
      publisher: this.publisher,
      publishedOn: this.publishedOn,
      url: this.url,
      text: this.text,
    }[name];
  }

  private say(text: string, kind: 'info' | 'error' | 'done' = 'info') {
    this.status.textContent = text;
    this.status.dataset.kind = kind;
  }

  private clearArticleErrors() {
    for (const f of [this.title, this.publisher, this.publishedOn, this.url, this.text]) f.clearError();
    this.textError.hidden = true;
    this.tokenMessage.hidden = true;
    this.token.clearError();
  }

  private async extract() {
    if (this.busy) return;
    this.clearArticleErrors();
    const text = this.text.value;
    const missing: [Field, string][] = [];
    if (!text.trim()) missing.push([this.text, 'Paste the article’s text.']);
    if (!this.publishedOn.value) missing.push([this.publishedOn, 'Give the day the article was published.']);
    if (missing.length) {
      for (const [f, message] of missing) f.showError(message);
      missing[0]![0].control.focus();
      this.say('Some fields are missing: see the messages beside them.', 'error');
      return;
    }
    const f = this.fields();
    this.setBusy(true, this.extractButton, 'Extracting…');
    try {
      const data = await gql(
        operations.extractDocument,
        {
          input: {
            text,
            title: f.title.trim() || null,
            publisher: f.publisher.trim() || null,
            publishedOn: f.publishedOn,
            url: f.url.trim() || null,
          },
        },
        { token: this.tokenValue() },
      );
      const payload = data.extractDocument;
      if (!this.title.value.trim()) this.title.control.value = payload.article.title;
      this.showDraft(new Draft(payload, text));
      const n = payload.claims.length;
      this.say(
        `Draft ready: ${n} claim${n === 1 ? '' : 's'} and ${payload.entities.length} entities. Nothing is written until Ingest.`,
        'done',
      );
    } catch (err) {
      this.showFailure(err, null);
    } finally {
      this.setBusy(false, this.extractButton);
    }
  }

  private tokenValue(): string | undefined {
    return this.token.value.trim() || undefined;
  }

  private setBusy(on: boolean, button: HTMLButtonElement, text = '') {
    this.busy = on;
    button.disabled = on;
    button.setAttribute('aria-busy', String(on));
    if (on) this.say(text);
  }

  // --- the draft -----------------------------------------------------------

  private dropDraft(focusText: boolean) {
    this.draft = null;
    this.claimRows = [];
    this.entityRows = [];
    this.relationshipRows = [];
    this.selectedClaim = null;
    this.text.element.hidden = false;
    this.highlighted.parentElement!.hidden = true;
    clear(this.draftPane);
    this.draftPane.append(h('p', { class: 'placeholder' }, 'Press Extract for a new draft of the text.'));
    if (focusText) this.text.control.focus();
  }

  /** A blank form for the next article; the token stays. */
  private reset() {
    for (const f of [this.title, this.publisher, this.publishedOn, this.url, this.text]) f.control.value = '';
    this.clearArticleErrors();
    this.dropDraft(false);
    this.say('');
    this.text.control.focus();
  }

  private showDraft(draft: Draft) {
    this.draft = draft;
    this.selectedClaim = null;
    this.text.element.hidden = true;
    this.highlighted.parentElement!.hidden = false;
    this.renderHighlights();

    const claimOptions = {
      onSelect: (c: DraftClaim) => this.selectClaim(c.key, 'row'),
      onChange: (c: DraftClaim, what: string) => this.claimChanged(c, what),
      onFound: (c: DraftClaim, role: 'speaker' | 'target', ref: Ref) => void this.takeFromGraph(c, role, ref),
      onError: (err: unknown) => this.showFailure(err, null),
    };
    this.claimRows = draft.claims.map((c, i) => new ClaimRow(draft, c, i + 1, claimOptions));
    this.entityRows = [];
    this.entityList = h('ul', { class: 'draft-rows entity-rows' });
    this.syncEntityRows();
    this.relationshipRows = draft.relationships.map((r) => new RelationshipRow(draft, r));

    this.ingestButton = h('button', { type: 'button', class: 'primary' }, 'Ingest');
    this.ingestButton.addEventListener('click', () => void this.ingest());
    this.problems = h('div', { class: 'problems', role: 'alert', hidden: true });
    this.result = h('section', { class: 'ingest-result', 'aria-label': 'Ingest result', hidden: true, tabindex: '-1' });

    clear(this.draftPane);
    append(this.draftPane, [
      draft.warnings.length
        ? h(
            'div',
            { class: 'warnings', role: 'note' },
            h('h3', {}, 'The extractor says'),
            h(
              'ul',
              {},
              draft.warnings.map((w) => h('li', {}, w)),
            ),
          )
        : null,
      h(
        'section',
        { class: 'draft-section', 'aria-labelledby': 'draft-claims-title' },
        h('h3', { id: 'draft-claims-title' }, 'Claims ', h('span', { class: 'count' }, String(draft.claims.length))),
        h(
          'p',
          { class: 'field-hint' },
          'Untick Keep to leave a claim out; select one to see its words in the text. A quote must be the article’s words as written; dates are YYYY, YYYY-MM or YYYY-MM-DD.',
        ),
        draft.claims.length
          ? h(
              'ol',
              { class: 'draft-rows claim-rows' },
              this.claimRows.map((r) => r.element),
            )
          : h('p', { class: 'muted' }, 'No claim was found in this text.'),
      ),
      h(
        'section',
        { class: 'draft-section', 'aria-labelledby': 'draft-entities-title' },
        h(
          'h3',
          { id: 'draft-entities-title' },
          'Entities ',
          h('span', { class: 'count' }, String(draft.entities.length)),
        ),
        this.entityList,
      ),
      draft.relationships.length
        ? h(
            'section',
            { class: 'draft-section', 'aria-labelledby': 'draft-relationships-title' },
            h(
              'h3',
              { id: 'draft-relationships-title' },
              'Relationships ',
              h('span', { class: 'count' }, String(draft.relationships.length)),
            ),
            h(
              'p',
              { class: 'field-hint' },
              'What the text implies between its entities; untick Keep to leave one out.',
            ),
            h(
              'ul',
              { class: 'draft-rows relationship-rows' },
              this.relationshipRows.map((r) => r.element),
            ),
          )
        : null,
      h(
        'div',
        { class: 'ingest-bar' },
        this.ingestButton,
        h('span', { class: 'field-hint' }, 'Writes the kept claims and their entities in one transaction.'),
      ),
      this.problems,
      this.result,
    ]);
    this.refreshDropped();
  }

  private renderHighlights() {
    const draft = this.draft;
    if (!draft) return;
    const marks: Highlight[] = [];
    for (const e of draft.entities) {
      const type = draft.entity(draft.resolve(e.id))?.type ?? e.type;
      for (const m of e.mentions) marks.push({ start: m.start, end: m.end, kind: 'mention', ref: e.id, type });
    }
    for (const c of draft.claims) {
      marks.push({ start: c.sentence.start, end: c.sentence.end, kind: 'sentence', ref: c.key });
      for (const q of c.quoteSpans) marks.push({ start: q.start, end: q.end, kind: 'quote', ref: c.key });
    }
    this.articleText.render(draft.text, marks);
    this.articleText.selectClaim(this.selectedClaim, false);
    this.refreshDropped();
  }

  private refreshDropped() {
    if (!this.draft) return;
    this.articleText.markDropped(new Set(this.draft.claims.filter((c) => !c.keep).map((c) => c.key)));
  }

  /** Adds rows for entities new to the draft and refreshes the others, leaving focus where it is. */
  private syncEntityRows() {
    const draft = this.draft;
    if (!draft || !this.entityList) return;
    for (const entity of draft.entities) {
      if (this.entityRows.some((r) => r.entity === entity)) continue;
      const row = new EntityRow(draft, entity, {
        onSelect: (e) => this.selectEntity(e.id, 'row'),
        onChange: (e, what) => this.entityChanged(e, what),
        onMerge: (e, ref) => void this.mergeEntity(e, ref),
        onError: (err) => this.showFailure(err, null),
      });
      this.entityRows.push(row);
      this.entityList.append(row.element);
    }
    for (const row of this.entityRows) row.refresh();
    const count = this.entityList.parentElement?.querySelector('h3 .count');
    if (count) count.textContent = String(draft.active.length);
  }

  private claimChanged(claim: DraftClaim, what: string) {
    if (what === 'quote' && this.draft) {
      // The marked words follow the edited quote when it is in the text as written.
      const at = claim.quote ? this.draft.text.indexOf(claim.quote) : -1;
      claim.quoteSpans = at >= 0 ? [{ start: at, end: at + claim.quote.length, text: claim.quote }] : [];
      this.renderHighlights();
    }
    if (what === 'keep') {
      this.refreshDropped();
      for (const row of this.claimRows) row.refresh();
    }
  }

  private entityChanged(_entity: DraftEntity, what: string) {
    for (const row of [...this.claimRows, ...this.relationshipRows]) row.refresh();
    if (what === 'merge' || what === 'type') {
      this.syncEntityRows();
      this.renderHighlights();
    }
  }

  private selectClaim(key: string, from: 'row' | 'text') {
    if (this.selectedClaim === key && from === 'row') return;
    this.selectedClaim = key;
    for (const row of this.claimRows) row.setSelected(row.claim.key === key);
    for (const row of this.entityRows) row.setSelected(false);
    this.articleText.selectEntity(null, false);
    this.articleText.selectClaim(key, from === 'row');
    if (from === 'text') this.claimRows.find((r) => r.claim.key === key)?.focus();
  }

  private selectEntity(id: string, from: 'row' | 'text') {
    const draft = this.draft;
    if (!draft) return;
    const root = draft.resolve(id);
    this.selectedClaim = null;
    for (const row of this.claimRows) row.setSelected(false);
    this.articleText.selectClaim(null, false);
    const ids = draft.entities.filter((e) => draft.resolve(e.id) === root).map((e) => e.id);
    for (const row of this.entityRows) row.setSelected(row.entity.id === id);
    this.articleText.selectEntity(ids, from === 'row');
    if (from === 'text') this.entityRows.find((r) => r.entity.id === id)?.focus();
  }

  /** A search result's key and type (Search gives ids and names; the draft speaks in keys). */
  private async graphEntity(ref: Ref): Promise<{ id: string; key: string; type: EntityType; name: string }> {
    if (!isEntityType(ref.__typename)) throw new Error(`${ref.name} is not an entity`);
    const { node } = await gql(operations.details, { id: ref.id });
    const key = node && 'key' in node ? node.key : null;
    if (!key) throw new Error(`${ref.name} is no longer in the graph`);
    return { id: ref.id, key, type: ref.__typename, name: ref.name };
  }

  private async takeFromGraph(claim: DraftClaim, role: 'speaker' | 'target', ref: Ref) {
    const draft = this.draft;
    if (!draft) return;
    try {
      const entity = draft.addFromGraph(await this.graphEntity(ref));
      if (role === 'speaker') claim.speaker = entity.id;
      else claim.targets = [entity.id, ...claim.targets.slice(1).filter((t) => draft.resolve(t) !== entity.id)];
      this.syncEntityRows();
      for (const row of this.claimRows) row.refresh();
      const row = this.claimRows.find((r) => r.claim === claim);
      (role === 'speaker' ? row?.speaker : row?.target)?.control.focus();
      this.say(`${entity.name} is now the ${role} of claim ${row?.number ?? ''}.`, 'done');
    } catch (err) {
      this.showFailure(err, null);
    }
  }

  private async mergeEntity(entity: DraftEntity, ref: Ref) {
    const draft = this.draft;
    if (!draft) return;
    try {
      const into = draft.merge(entity, await this.graphEntity(ref));
      this.entityChanged(entity, 'merge');
      this.entityRows.find((r) => r.entity === entity)?.focusUndo();
      this.say(`${entity.name} merged into ${into.name} (${into.key}).`, 'done');
    } catch (err) {
      this.showFailure(err, null);
    }
  }

  // --- ingest ----------------------------------------------------------------

  private clearDraftErrors() {
    for (const row of [...this.claimRows, ...this.entityRows, ...this.relationshipRows]) row.clearErrors();
    if (this.problems) {
      this.problems.hidden = true;
      clear(this.problems);
    }
  }

  private async ingest() {
    const draft = this.draft;
    if (!draft || !this.ingestButton || this.busy) return;
    this.clearArticleErrors();
    this.clearDraftErrors();
    if (this.result) this.result.hidden = true;
    const built = draft.build(this.fields());
    this.setBusy(true, this.ingestButton, 'Ingesting…');
    try {
      const data = await gql(
        operations.ingestDocument,
        { input: { document: built.document } },
        {
          token: this.tokenValue(),
        },
      );
      this.showResult(data.ingestDocument, built);
    } catch (err) {
      this.showFailure(err, built);
    } finally {
      this.setBusy(false, this.ingestButton);
    }
  }

  private showResult(answer: IngestAnswer, built: BuiltDocument) {
    const box = this.result!;
    clear(box);
    const leftOut = this.draft!.claims.length - built.claimAt.length;
    box.append(
      ...ingestResult(answer, { kept: built.claimAt.length, leftOut }),
      h('button', { type: 'button', class: 'another', onclick: () => this.reset() }, 'Add another article'),
    );
    box.hidden = false;
    box.focus();
    box.scrollIntoView({ block: 'nearest' });
    const t = totals(answer);
    this.say(
      answer.changed
        ? `Ingested: ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged.`
        : 'The graph already held all of it: nothing was written.',
      'done',
    );
  }

  /** Puts an answer's errors where they belong: the token, the fields named by the issues, or the status line. */
  private showFailure(err: unknown, built: BuiltDocument | null) {
    if (err instanceof GraphQLRequestError && err.has('UNAUTHENTICATED', 'FORBIDDEN')) {
      const message = !this.tokenValue()
        ? 'No token: this needs an editor’s token. Paste one in Token (an API key from `npm run create-key`, or a JWT).'
        : err.has('FORBIDDEN')
          ? 'This token may not write: it needs the editor role. Paste an editor’s token in Token.'
          : 'The server did not accept this token (unknown, malformed or expired). Paste a valid editor’s token in Token.';
      this.tokenMessage.textContent = message;
      this.tokenMessage.hidden = false;
      this.token.showError('Not accepted');
      this.token.control.focus();
      this.say('Nothing was written: the token was refused.', 'error');
      return;
    }
    const issues = err instanceof GraphQLRequestError ? err.errors.flatMap((e) => e.extensions?.issues ?? []) : [];
    if (!issues.length) {
      this.say(err instanceof Error ? err.message : String(err), 'error');
      return;
    }
    let first: HTMLElement | null = null;
    const elsewhere: string[] = [];
    for (const issue of issues) {
      const at = locateIssue(issue.path, built);
      let control: HTMLElement | null = null;
      if (at.on === 'article') {
        const f = this.articleField(at.field);
        if (at.field === 'text' && this.text.element.hidden) {
          this.textError.textContent = `Article text: ${issue.message}`;
          this.textError.hidden = false;
          control = this.highlighted;
        } else {
          f.showError(issue.message);
          control = f.control;
        }
      } else if (at.on === 'claim') {
        control = this.claimRows.find((r) => r.claim === at.claim)?.showError(at.field, issue.message) ?? null;
      } else if (at.on === 'entity') {
        control = this.entityRows.find((r) => r.entity === at.entity)?.showError(at.field, issue.message) ?? null;
      } else if (at.on === 'relationship') {
        control =
          this.relationshipRows.find((r) => r.relationship === at.relationship)?.showError(at.field, issue.message) ??
          null;
      }
      if (!control) elsewhere.push(`${issue.path}: ${issue.message}`);
      first ??= control;
    }
    if (this.problems) {
      clear(this.problems);
      append(this.problems, [
        h(
          'p',
          {},
          `${issues.length} problem${issues.length === 1 ? '' : 's'}, shown beside ${issues.length === 1 ? 'its field' : 'their fields'}. Nothing was written.`,
        ),
        elsewhere.length
          ? h(
              'ul',
              {},
              elsewhere.map((line) => h('li', {}, line)),
            )
          : null,
      ]);
      this.problems.hidden = false;
    }
    this.say(`Nothing was written: ${issues.length} problem${issues.length === 1 ? '' : 's'} to fix.`, 'error');
    first?.focus({ preventScroll: true });
    first?.scrollIntoView({ block: 'center' });
  }
}

import { describe, expect, it } from 'vitest';
import {
  Draft,
  locateIssue,
  type ExtractedClaim,
  type ExtractedEntity,
  type ExtractPayload,
  type TextSpan,
} from '../explorer/src/add-article/draft.js';
import type { LooseJson } from './support/json.js';

/**
 * The review page's draft model (explorer/src/add-article/draft.ts) on its
 * own: what the ingest document becomes after the reviewer's edits. The
 * page itself, with the real extractor and ingest, is driven in Chromium by
 * tests/explorer-add-article.test.ts.
 */

const text =
  'Mara Velden, the foreign minister of Norland, accused Russia on Tuesday of flying drones over the border. ' +
  '"These flights break every rule we agreed," Velden said. ' +
  'A Russian envoy, Ilya Korsak, denied the accusation. ' +
  'Velden also demanded a meeting of the Security Council.';

const span = (words: string, from = 0): TextSpan => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" is not in the test text`);
  return { start, end: start + words.length, text: words };
};
const sentence = (opening: string) => {
  const start = text.indexOf(opening);
  const end = text.indexOf('.', start) + 1;
  return { start, end, text: text.slice(start, end) };
};

function payload(): ExtractPayload {
  const entities: ExtractedEntity[] = [
    {
      key: 'person:mara-velden',
      type: 'Person',
      name: 'Mara Velden',
      aliases: ['Velden'],
      isNew: true,
      existing: null,
      mentions: [span('Mara Velden'), span('Velden', 120), span('Velden', 200)],
    },
    {
      key: 'state:RUS',
      type: 'State',
      name: 'Russia',
      aliases: [],
      isNew: false,
      existing: { id: 'U3RhdGU6c3RhdGU6UlVT', __typename: 'State', name: 'Russia' },
      mentions: [span('Russia')],
    },
    {
      key: 'person:ilya-korsak',
      type: 'Person',
      name: 'Ilya Korsak',
      aliases: [],
      isNew: true,
      existing: null,
      mentions: [span('Ilya Korsak')],
    },
    {
      key: 'org:security-council',
      type: 'Organization',
      name: 'Security Council',
      aliases: [],
      isNew: true,
      existing: null,
      mentions: [span('Security Council')],
    },
  ];
  const claims: ExtractedClaim[] = [
    {
      key: 'claim:velden-accuses-russia',
      kind: 'ACCUSE',
      speaker: 'person:mara-velden',
      onBehalfOf: null,
      targets: ['state:RUS'],
      about: [],
      allegation: 'flying drones over the border',
      madeOn: '2024-05-07',
      quote: 'These flights break every rule we agreed',
      answers: null,
      sentence: sentence('Mara Velden'),
      quoteSpans: [span('These flights break every rule we agreed')],
    },
    {
      key: 'claim:korsak-denies',
      kind: 'DENY',
      speaker: 'person:ilya-korsak',
      onBehalfOf: 'state:RUS',
      targets: ['person:mara-velden'],
      about: [],
      allegation: 'the accusation',
      madeOn: null,
      quote: null,
      answers: 'claim:velden-accuses-russia',
      sentence: sentence('A Russian envoy'),
      quoteSpans: [],
    },
    {
      key: 'claim:velden-demands-meeting',
      kind: 'DEMAND',
      speaker: 'person:mara-velden',
      onBehalfOf: null,
      targets: ['org:security-council'],
      about: [],
      allegation: 'a meeting of the Security Council',
      madeOn: null,
      quote: null,
      answers: null,
      sentence: sentence('Velden also'),
      quoteSpans: [],
    },
  ];
  const entry = (e: ExtractedEntity) => ({
    key: e.key,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    ...(e.type === 'State' ? { code: 'RUS' } : {}),
    spans: e.mentions.map(({ start, end }) => ({ start, end })),
  });
  const claimEntry = (c: ExtractedClaim) => ({
    key: c.key,
    kind: c.kind,
    speaker: c.speaker,
    onBehalfOf: c.onBehalfOf,
    target: c.targets.length === 1 ? c.targets[0] : c.targets,
    allegation: c.allegation,
    madeOn: c.madeOn,
    quote: c.quote,
    answers: c.answers,
    spans: [c.sentence, ...c.quoteSpans].map(({ start, end }) => ({ start, end })),
  });
  return {
    document: {
      sources: [
        {
          key: 'article:draft-test',
          category: 'NEWS',
          title: 'Velden accuses Russia',
          publishedOn: '2024-05-08',
          text,
        },
      ],
      entities: entities.map(entry),
      relationships: [{ type: 'PART_OF', from: 'org:security-council', to: 'state:RUS' }],
      claims: claims.map(claimEntry),
    },
    article: {
      key: 'article:draft-test',
      title: 'Velden accuses Russia',
      publisher: null,
      publishedOn: '2024-05-08',
      url: null,
    },
    entities,
    claims,
    warnings: [],
  };
}

const fields = { title: '', publisher: 'Test Wire', publishedOn: '2024-05-08', url: '' };
type Json = Record<string, LooseJson>;
const entitiesOf = (doc: Json) => doc.entities as Json[];
const claimsOf = (doc: Json) => doc.claims as Json[];

describe('the review draft', () => {
  it('left alone, gives back the extracted document, with the form’s article fields', () => {
    const draft = new Draft(payload(), text);
    const { document } = draft.build(fields);
    const original = payload().document as Json;
    expect(claimsOf(document)).toEqual(claimsOf(original));
    expect(entitiesOf(document)).toEqual(entitiesOf(original));
    expect(document.sources).toEqual([{ ...(original.sources as Json[])[0], publisher: 'Test Wire', url: null }]);
  });

  it('leaves unticked claims out, drops an answer to one, and keeps the entities only they named', () => {
    const draft = new Draft(payload(), text);
    draft.claim('claim:velden-accuses-russia')!.keep = false;
    draft.claim('claim:velden-demands-meeting')!.keep = false;
    const built = draft.build(fields);
    expect(claimsOf(built.document).map((c) => c.key)).toEqual(['claim:korsak-denies']);
    expect(claimsOf(built.document)[0]!.answers).toBeNull();
    expect(entitiesOf(built.document).map((e) => e.key)).toContain('org:security-council');
    // Issue paths index the claims sent, not the draft's rows.
    const at = locateIssue('input.document.claims[0].quote', built);
    expect(at).toMatchObject({ on: 'claim', field: 'quote', claim: { key: 'claim:korsak-denies' } });
  });

  it('writes the edited kind, roles, words and date', () => {
    const draft = new Draft(payload(), text);
    const claim = draft.claim('claim:velden-accuses-russia')!;
    claim.kind = 'CRITICIZE';
    claim.targets = ['person:ilya-korsak'];
    claim.allegation = 'drone flights';
    claim.quote = '';
    claim.madeOn = '2024-05';
    claim.onBehalfOf = 'org:security-council';
    const sent = claimsOf(draft.build(fields).document)[0]!;
    expect(sent).toMatchObject({
      kind: 'CRITICIZE',
      target: 'person:ilya-korsak',
      allegation: 'drone flights',
      quote: null,
      madeOn: '2024-05',
      onBehalfOf: 'org:security-council',
    });
    // Each role offers only the types it takes: a person speaks, but speaks for a state or a body.
    expect(draft.choices('speaker').map((e) => e.type)).toEqual(['Person', 'State', 'Person', 'Organization']);
    expect(draft.choices('onBehalfOf').map((e) => e.type)).toEqual(['State', 'Organization']);
    expect(draft.choices('target')).toHaveLength(4);
  });

  it('merges an entity into one of the graph: its key replaced everywhere, its words kept as aliases', () => {
    const draft = new Draft(payload(), text);
    const council = draft.entity('org:security-council')!;
    draft.merge(council, {
      id: 'T3JnOm9yZzp1bnNj',
      key: 'org:un-security-council',
      type: 'Organization',
      name: 'United Nations Security Council',
    });
    const { document, entityAt } = draft.build(fields);
    const keys = entitiesOf(document).map((e) => e.key);
    expect(keys).not.toContain('org:security-council');
    const merged = entitiesOf(document).find((e) => e.key === 'org:un-security-council')!;
    expect(merged).toMatchObject({
      type: 'Organization',
      name: 'United Nations Security Council',
      aliases: ['Security Council'],
    });
    expect(merged.spans).toEqual([{ start: span('Security Council').start, end: span('Security Council').end }]);
    expect(claimsOf(document).find((c) => c.key === 'claim:velden-demands-meeting')!.target).toBe(
      'org:un-security-council',
    );
    expect(entityAt.map((e) => e.key)).toEqual(keys);

    // Undone, the draft's own entity is back and the graph's is no longer declared.
    draft.unmerge(council);
    const again = entitiesOf(draft.build(fields).document).map((e) => e.key);
    expect(again).toContain('org:security-council');
    expect(again).not.toContain('org:un-security-council');
  });

  it('merging into an entity the draft already holds joins the two rows', () => {
    const draft = new Draft(payload(), text);
    const envoy = draft.entity('person:ilya-korsak')!;
    draft.merge(envoy, { id: 'x', key: 'state:RUS', type: 'State', name: 'Russia' });
    const { document } = draft.build(fields);
    const russia = entitiesOf(document).filter((e) => e.key === 'state:RUS');
    expect(russia).toHaveLength(1);
    expect(russia[0]!.aliases).toEqual(['Ilya Korsak']);
    expect(russia[0]!.code).toBe('RUS');
    expect(claimsOf(document).find((c) => c.key === 'claim:korsak-denies')!.speaker).toBe('state:RUS');
  });

  it('renames and retypes a new entity, its key following unless typed by hand', () => {
    const draft = new Draft(payload(), text);
    const council = draft.entity('org:security-council')!;
    draft.rename(council, 'Council of Norland');
    expect(council.key).toBe('org:council-of-norland');
    draft.retype(council, 'Place');
    expect(council.key).toBe('place:council-of-norland');
    draft.setKey(council, 'place:norland-council');
    draft.rename(council, 'Norland Council');
    expect(council.key).toBe('place:norland-council');
    draft.retype(council, 'State');
    // A state's key is its alpha-3 code, which the reviewer must give.
    expect(council.key).toBe('state:');
    const russia = draft.entity('state:RUS')!;
    draft.retype(russia, 'Person');
    expect(russia.type).toBe('State');

    const velden = draft.entity('person:mara-velden')!;
    draft.retype(velden, 'Organization');
    const sent = entitiesOf(draft.build(fields).document).find((e) => e.key === 'org:mara-velden')!;
    expect(sent.type).toBe('Organization');
    expect(claimsOf(draft.build(fields).document)[0]!.speaker).toBe('org:mara-velden');
  });

  it('leaves out an unticked relationship; a merged end names the graph’s key', () => {
    const draft = new Draft(payload(), text);
    draft.merge(draft.entity('org:security-council')!, {
      id: 'u',
      key: 'org:un-security-council',
      type: 'Organization',
      name: 'United Nations Security Council',
    });
    const built = draft.build(fields);
    expect(built.document.relationships).toEqual([
      { type: 'PART_OF', from: 'org:un-security-council', to: 'state:RUS' },
    ]);
    expect(locateIssue('input.document.relationships[0].to', built)).toMatchObject({ on: 'relationship', field: 'to' });
    draft.relationships[0]!.keep = false;
    expect(draft.build(fields).document.relationships).toEqual([]);
  });

  it('sends the aliases as edited: for an entity of the graph, only what the reviewer leaves', () => {
    const draft = new Draft(payload(), text);
    const russia = draft.entity('state:RUS')!;
    draft.setAliases(russia, ['Russian Federation', ' ', 'Russian Federation', 'RF ']);
    draft.setAliases(draft.entity('person:mara-velden')!, []);
    const sent = entitiesOf(draft.build(fields).document);
    expect(sent.find((e) => e.key === 'state:RUS')!.aliases).toEqual(['Russian Federation', 'RF']);
    expect(sent.find((e) => e.key === 'person:mara-velden')!.aliases).toEqual([]);
  });

  it('declares an entity brought from the graph only while a kept claim names it', () => {
    const draft = new Draft(payload(), text);
    const claim = draft.claim('claim:velden-demands-meeting')!;
    const usa = draft.addFromGraph({ id: 'VVNB', key: 'state:USA', type: 'State', name: 'United States' });
    claim.targets = [usa.id];
    expect(entitiesOf(draft.build(fields).document).map((e) => e.key)).toContain('state:USA');
    claim.keep = false;
    expect(entitiesOf(draft.build(fields).document).map((e) => e.key)).not.toContain('state:USA');
  });

  it('places issues: article fields, claim and entity fields, and the rest', () => {
    const draft = new Draft(payload(), text);
    const built = draft.build(fields);
    expect(locateIssue('input.publishedOn', null)).toEqual({ on: 'article', field: 'publishedOn' });
    expect(locateIssue('input.document.sources[0].title', built)).toEqual({ on: 'article', field: 'title' });
    expect(locateIssue('input.document.entities[3].key', built)).toMatchObject({
      on: 'entity',
      field: 'key',
      entity: { id: 'org:security-council' },
    });
    expect(locateIssue('input.document.claims[1].target[0]', built)).toMatchObject({ on: 'claim', field: 'target' });
    expect(locateIssue('input.document.relationships[3].to', built)).toEqual({ on: 'document' });
    expect(locateIssue('input.document.claims[9].quote', built)).toEqual({ on: 'document' });
  });
});

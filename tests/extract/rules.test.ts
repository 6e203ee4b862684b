import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.js';
import { findQuotations, splitSentences } from '../../src/extract/text.js';
import type { Draft } from '../../src/extract/types.js';
import { claim, extract } from './drafts.js';
import { PRESS_STATEMENT, UN_MEETING, WIRE } from './texts.js';

/**
 * The rule-based extractor on sentences written for these tests, offline
 * (no graph): every kind of sentence the issue lists, and every draft
 * checked with ingest's own validation.
 */

function position(draft: Draft, person: string) {
  const rel = (draft.document.relationships as { type: string; from: string; to: string; title?: string }[]).find(
    (r) => r.type === 'HOLDS_POSITION' && r.from === person,
  );
  expect(rel, `a position of ${person}`).toBeDefined();
  return rel!;
}

describe('sentences and quotations', () => {
  it('ends sentences at a closing quote and at paragraphs, not at "U.S." or "Jan."', () => {
    const text =
      'The U.S. envoy spoke on Jan. 2 in New York. "It was wrong." Officials agreed.\n\nA new paragraph starts here.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'The U.S. envoy spoke on Jan. 2 in New York.',
      '"It was wrong."',
      'Officials agreed.',
      'A new paragraph starts here.',
    ]);
  });

  it('pairs quotation marks across a paragraph break, and closes one when the next paragraph opens its own', () => {
    const running = '"We will act.\n\nWe have no choice," she said.';
    expect(findQuotations(running).map((q) => running.slice(q.inner.start, q.inner.end))).toEqual([
      'We will act.\n\nWe have no choice,',
    ]);
    const reopened = '“We will act.\n\n“We have no choice,” she said.';
    expect(findQuotations(reopened).map((q) => reopened.slice(q.inner.start, q.inner.end))).toEqual([
      'We will act.',
      'We have no choice,',
    ]);
  });
});

describe('wire copy', () => {
  it('makes one accusation per accuser and accused when subjects and objects are coordinated', async () => {
    const draft = await extract(WIRE);
    const accusations = draft.claims.filter((c) => c.kind === 'ACCUSE').map((c) => `${c.speaker}>${c.targets[0]}`);
    expect(accusations.sort()).toEqual(
      [
        'state:USA>state:RUS',
        'state:GBR>state:RUS',
        'state:FRA>state:RUS',
        'state:USA>state:PRK',
        'state:GBR>state:PRK',
        'state:FRA>state:PRK',
      ].sort(),
    );
    const one = claim(draft, 'state:GBR', 'ACCUSE', 'state:PRK');
    expect(one.allegation).toBe('breaching the arms embargo on North Korea');
    // "on Tuesday" in an article of Wednesday 3 July 2024.
    expect(one.madeOn).toBe('2024-07-02');
  });

  it('reads a title before a name and after it as a post held for a state', async () => {
    const draft = await extract(WIRE);
    expect(position(draft, 'person:daniel-marsh')).toMatchObject({ to: 'state:USA', title: 'deputy U.S. Ambassador' });
    expect(position(draft, 'person:zhou-lan')).toMatchObject({
      to: 'state:CHN',
      title: "China's deputy U.N. ambassador",
    });
    const before = await extract(
      "China's deputy U.N. ambassador, Zhou Lan, said on Monday that the council was divided.",
    );
    expect(position(before, 'person:zhou-lan')).toMatchObject({
      to: 'state:CHN',
      title: "China's deputy U.N. ambassador",
    });
    expect(claim(before, 'person:zhou-lan', 'STATE')).toMatchObject({ onBehalfOf: 'state:CHN', madeOn: '2024-07-01' });
  });

  it('takes the words quoted before "told reporters in <city>" as the claim, and a portfolio minister\'s state from the demonym, whatever states the headline names', async () => {
    const text = [
      '"Peru has ignored the quota for three seasons," the Chilean fisheries minister Ana Rojas told reporters in Santiago on Tuesday.',
      'The Peruvian trade minister, Luis Quispe, rejected the accusation.',
      'Rojas also criticised Peru for closing its ports to Chilean inspectors.',
    ].join(' ');
    // A news headline names the states in the story: neither becomes the home state of an unqualified title.
    const draft = await extract(text, '2024-07-03', 'Test Wire', 'Chile accuses Peru over fishing quotas');
    expect(position(draft, 'person:ana-rojas')).toMatchObject({ to: 'state:CHL', title: 'Chilean fisheries minister' });
    expect(position(draft, 'person:luis-quispe')).toMatchObject({ to: 'state:PER', title: 'Peruvian trade minister' });
    const quoted = draft.claims.find((c) => c.speaker === 'person:ana-rojas' && c.sentence.start === 0);
    expect(quoted).toMatchObject({
      onBehalfOf: 'state:CHL',
      quote: 'Peru has ignored the quota for three seasons',
      madeOn: '2024-07-02',
    });
    expect(claim(draft, 'person:ana-rojas', 'CRITICIZE', 'state:PER')).toMatchObject({ onBehalfOf: 'state:CHL' });
  });

  it('resolves a surname and a pronoun to the speaker named before', async () => {
    const draft = await extract(WIRE);
    const demand = claim(draft, 'person:daniel-marsh', 'DEMAND', 'state:RUS');
    expect(demand).toMatchObject({
      onBehalfOf: 'state:USA',
      allegation: 'Russia must stop buying ballistic missiles from North Korea',
    });
    expect(WIRE.slice(demand.sentence.start, demand.sentence.end)).toMatch(/^Marsh said/);
    const added = draft.claims.find((c) => WIRE.slice(c.sentence.start, c.sentence.end).startsWith('He added'));
    expect(added).toMatchObject({
      speaker: 'person:daniel-marsh',
      kind: 'STATE',
      allegation: 'the council had been patient for too long',
    });
  });

  it('keeps a quotation that runs on into the next sentences with its speaker, every piece verbatim', async () => {
    const draft = await extract(WIRE);
    const criticism = draft.claims.filter((c) => c.speaker === 'person:daniel-marsh' && c.kind === 'CRITICIZE');
    // "this conduct is unacceptable": the conduct his side has just accused Moscow and Pyongyang of.
    expect(criticism.map((c) => c.targets[0]).sort()).toEqual(['state:PRK', 'state:RUS']);
    const pieces = criticism.flatMap((c) => c.quoteSpans.map((s) => WIRE.slice(s.start, s.end)));
    expect(pieces).toEqual(
      expect.arrayContaining([
        'The evidence is overwhelming and this conduct is unacceptable',
        'We will not look away.',
        'Nobody on this council should.',
      ]),
    );
    expect(criticism[0]!.quote).toBe('The evidence is overwhelming and this conduct is unacceptable');
  });

  it('keeps both pieces of a quotation split by its attribution', async () => {
    const text =
      'The Kremlin accused Finland of provocations. "We will respond firmly," Foreign Minister Anna Berg of Finland said, "and nobody should doubt it is unacceptable."';
    const draft = await extract(text);
    const berg = draft.claims.find((c) => c.speaker === 'person:anna-berg')!;
    expect(berg.quoteSpans.map((s) => text.slice(s.start, s.end))).toEqual([
      'We will respond firmly',
      'and nobody should doubt it is unacceptable.',
    ]);
    expect(berg.quote).toBe('We will respond firmly');
  });

  it('links a denial to the accusation it denies, aimed at the accuser', async () => {
    const draft = await extract(WIRE);
    const russia = claim(draft, 'state:RUS', 'DENY');
    const accusation = draft.claims.find((c) => c.key === russia.answers)!;
    expect(accusation).toMatchObject({ kind: 'ACCUSE', speaker: 'state:USA', targets: ['state:RUS'] });
    expect(russia.targets).toEqual(['state:USA']);
    expect(russia.allegation).toBe('denies the accusation of breaching the arms embargo on North Korea');
    // "have denied": a standing position, dated by the year.
    expect(russia.madeOn).toBe('2024');
    expect(claim(draft, 'state:PRK', 'DENY').answers).toBe(
      draft.claims.find((c) => c.speaker === 'state:USA' && c.targets[0] === 'state:PRK')!.key,
    );
  });

  it('reads "X was accused by Y of ..." and "According to X, ..."', async () => {
    const passive = await extract(
      'Iran was accused by Israel on Sunday of supplying drones to armed groups.',
      '2024-07-09',
    );
    expect(claim(passive, 'state:ISR', 'ACCUSE', 'state:IRN')).toMatchObject({
      allegation: 'supplying drones to armed groups',
      madeOn: '2024-07-07',
    });
    const according = await extract(
      'According to the Japanese Ministry of Defence, China must stop its patrols near the islands.',
    );
    expect(claim(according, 'org:japan-ministry-of-defence', 'DEMAND', 'state:CHN')).toMatchObject({
      onBehalfOf: 'state:JPN',
    });
  });

  it('gives no claim to a sentence without a speaker, and none to a vague one', async () => {
    const draft = await extract(
      'Tensions rose along the border last week. The talks were postponed until further notice. Some said the mood was grim.',
    );
    expect(draft.claims).toEqual([]);
    expect(draft.warnings.join(' ')).toMatch(/no claim found/);
  });
});

describe('UN meeting coverage', () => {
  it('takes "the representative of X" and "X\'s delegate" as the state speaking, and "on behalf of" as whom it speaks for', async () => {
    const draft = await extract(UN_MEETING);
    expect(claim(draft, 'state:FRA', 'DEMAND', 'state:PRK').allegation).toBe('return to dialogue');
    expect(claim(draft, 'state:CUB', 'STATE')).toMatchObject({
      onBehalfOf: 'org:group-of-77',
      allegation: 'unilateral sanctions harmed ordinary people',
    });
    expect(claim(draft, 'state:VNM', 'DEMAND')).toMatchObject({
      targets: [],
      allegation: 'all parties to exercise restraint',
    });
    expect(claim(draft, 'state:RUS', 'DENY').allegation).toBe('the accusations as politically motivated');
    // The Group of 77 does not speak here: the Cuban representative speaks for it.
    expect(draft.claims.some((c) => c.speaker === 'org:group-of-77')).toBe(false);
  });
});

describe('government statements', () => {
  it('reads a ministry condemning, calling on and rejecting, "We" as the ministry and "the Ministry" as the one named', async () => {
    const draft = await extract(PRESS_STATEMENT, '2024-05-04', 'Ministry of Foreign Affairs of Ukraine');
    const ministry = 'org:ukraine-ministry-of-foreign-affairs';
    expect(claim(draft, ministry, 'CRITICIZE', 'state:RUS')).toMatchObject({
      onBehalfOf: 'state:UKR',
      madeOn: '2024-05-04',
    });
    expect(claim(draft, ministry, 'DEMAND', 'state:BLR').allegation).toBe(
      'stop allowing its territory to be used for attacks',
    );
    // "We call on the international community": no entity is called on, so the demand has no target.
    expect(claim(draft, ministry, 'DEMAND').targets).toEqual([]);
    // The charge it rejects is the Russian Ministry of Defence's: a denial of a ministry's charge is aimed at its state.
    expect(claim(draft, ministry, 'DENY', 'state:RUS')).toBeDefined();
    expect(draft.entities.find((e) => e.key === 'place:odesa')).toMatchObject({ type: 'Place', name: 'Odesa' });
  });
});

describe('government statements: dates', () => {
  it("dates a statement's own unattributed words the day it is issued, not by its year alone", async () => {
    const text = [
      'Statement by the Ministry of Foreign Affairs of Estonia on signal jamming',
      '',
      'The Ministry of Foreign Affairs of Estonia condemns the jamming of satellite signals over the Baltic Sea by Russia. Russia must end it at once.',
    ].join('\n');
    const draft = await extract(text, '2024-05-04');
    const ministry = 'org:estonia-ministry-of-foreign-affairs';
    expect(claim(draft, ministry, 'DEMAND', 'state:RUS')).toMatchObject({
      allegation: 'Russia must end it at once',
      madeOn: '2024-05-04',
    });
  });
});

describe('dates', () => {
  it('resolves relative dates against the publication date, at their precision', () => {
    const dates = (text: string) => findDates(text, 0, '2024-06-28').map((d) => d.iso);
    expect(dates('He spoke on Friday.')).toEqual(['2024-06-28']);
    expect(dates('She said on Thursday.')).toEqual(['2024-06-27']);
    expect(dates('They said last week.')).toEqual(['2024-06']);
    expect(dates('A report seen in April.')).toEqual(['2024-04']);
    expect(dates('A strike on Jan. 2 hit the city.')).toEqual(['2024-01-02']);
    // A month after the publication month is last year's.
    expect(dates('in August')).toEqual(['2023-08']);
    expect(dates('They proposed it in December 2019 and again in 2021.')).toEqual(['2019-12', '2021']);
    expect(dates('over the past year')).toEqual([]);
  });
});

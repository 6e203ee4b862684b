import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * A side's own sentences with no verb of warning, demanding or criticising:
 * its resolve not to yield (src/extract/resolute.json) is a warning, its hope
 * that another party acts a demand of it, and a protest it tells of making
 * (src/extract/protested.json) a criticism of the party protested to.
 * Sentences written for these tests, in the style of a ministry's statement
 * and of a spokesperson's briefing.
 */

const statement = (body: string) =>
  extract(
    `Statement of the Ministry of Foreign Affairs of the Republic of Lithuania\n\nVilnius, 4 March 2026\n\n${body}`,
  );

describe("a side's resolve not to yield", () => {
  it('reads "will not be intimidated" as a warning aimed at the party the statement holds to account', async () => {
    const draft = await statement(
      'Belarusian border guards detained two Lithuanian customs officers on the bridge at Medininkai on Monday. Lithuania will not be intimidated.',
    );
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'WARN', 'state:BLR');
  });

  it('reads pressure refused and operations that go on until an end the speaker sets as warnings', async () => {
    const draft = await statement(
      'Belarusian border guards detained two Lithuanian customs officers on the bridge at Medininkai on Monday. We will not bow to such pressure. Our patrols will continue until the officers are home.',
    );
    expect(draft.claims.filter((c) => c.kind === 'WARN')).toHaveLength(2);
  });

  it('leaves restraint, and the resolve of another party, unread as a warning', async () => {
    const draft = await statement(
      'Lithuania will not be drawn into a war of words. The customs service will not be provoked. Belarus will not be intimidated, its minister says.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'WARN'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe("a side's hope that another party acts", () => {
  it('reads "We hope ⟨B⟩ will ..." as a demand of ⟨B⟩', async () => {
    const draft = await statement('We hope Belarus will release the two officers without delay.');
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'DEMAND', 'state:BLR');
  });

  it('leaves a hope of the speaker\u2019s own side, or a plain wish, no demand', async () => {
    const draft = await statement(
      'We hope Lithuania will host the next round of talks. We hope to welcome the Foreign Minister of Latvia in April.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'DEMAND'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe('a protest the speaker tells of making', () => {
  it('reads concerns conveyed to a party as a criticism of it', async () => {
    const draft = await statement(
      'The Ministry has conveyed its serious concerns to the Government of the Republic of Belarus about the new checkpoints on the border.',
    );
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'CRITICIZE', 'org:belarus-government');
  });

  it('reads a note of protest handed to an envoy, told in the passive, as a criticism of the envoy\u2019s state', async () => {
    const draft = await statement(
      'The Ambassador of Belarus was received at the Ministry this morning and was handed a note of protest.',
    );
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'CRITICIZE', 'state:BLR');
  });

  it('aims an act protested that names no party at whom the statement held to account before', async () => {
    const draft = await extract(
      "Statement of the Ministry of Foreign Affairs of Singapore\n\n4 March 2026\n\nMalaysian government vessels entered Singapore's territorial waters near Pedra Branca three times last week. We have protested each of these intrusions through diplomatic channels.",
    );
    claim(draft, 'org:singapore-ministry-of-foreign-affairs', 'ACCUSE', 'org:malaysia-government');
    expect(
      lines(draft).filter((l) => / CRITICIZE state:MYS$/.test(l)),
      lines(draft).join('\n'),
    ).toHaveLength(1);
  });

  it('leaves a matter merely raised, and a protest told before and passed on, no criticism', async () => {
    const draft = await statement(
      'The Minister raised the matter with her counterpart from Belarus by telephone. An official conveyed the protest to the Embassy of Belarus in Vilnius.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'CRITICIZE'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe('a visit paid', () => {
  it('reads "will pay an official visit" as no threat that a party will pay', async () => {
    const draft = await statement(
      'The Prime Minister of Latvia will pay an official visit to Lithuania from 10 to 12 March.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'WARN'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

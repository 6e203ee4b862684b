import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * One claim aimed at several parties named together (claims/parties.ts,
 * groups.json): a coordination of parties, a party and the partners the
 * text names beside it, and a counted group noun standing for parties the
 * text named before. Sentences written for these tests.
 */

const of = (draft: Awaited<ReturnType<typeof extract>>, speaker: string) =>
  lines(draft)
    .filter((l) => l.startsWith(`${speaker} `))
    .sort();

describe('a counted group noun', () => {
  it('aims "the three countries" at the three states the text last named together', async () => {
    const draft = await extract(
      'Egypt, Ethiopia and Sudan have negotiated over the dam for more than a decade. ' +
        'Kenya warned that the three countries would face a water crisis within five years if the talks failed.',
    );
    expect(of(draft, 'state:KEN')).toEqual([
      'state:KEN WARN state:EGY',
      'state:KEN WARN state:ETH',
      'state:KEN WARN state:SDN',
    ]);
  });

  it('reads the states named together whatever for: "the border areas of ⟨A⟩ and ⟨B⟩ ... these two neighbouring countries"', async () => {
    const draft = await extract(
      'Gunmen who attacked a police post in northern Togo use the border areas of Ghana and Burkina Faso as rear bases. ' +
        'The Government of Togo calls on the authorities of these two neighbouring countries to close the crossings used by the attackers.',
    );
    const demands = draft.claims.filter((c) => c.kind === 'DEMAND');
    expect(demands.flatMap((c) => c.targets).sort()).toEqual(['state:BFA', 'state:GHA']);
  });

  it('aims "neither government" at the two states the text is about', async () => {
    const draft = await extract(
      'Thailand accused Cambodia of laying new mines near the temple. Cambodia said Thailand had shelled its villages. ' +
        'Thailand closed the border crossings, and Cambodia recalled its ambassador from Thailand. ' +
        'Nirun Chaiyaporn, an analyst at Chulalongkorn University, warned that neither government had an interest in a ceasefire.',
    );
    expect(of(draft, 'person:nirun-chaiyaporn')).toEqual([
      'person:nirun-chaiyaporn WARN state:KHM',
      'person:nirun-chaiyaporn WARN state:THA',
    ]);
  });

  it('leaves a group noun further into the words ("the loss of life on both sides") aimed at no one', async () => {
    const draft = await extract(
      'Lebanon accused Syria of shelling villages near Hermel. France deplored the loss of civilian life on both sides.',
    );
    expect(of(draft, 'state:FRA')).toEqual(['state:FRA CRITICIZE -']);
  });

  it('leaves a count the speakers are part of aimed at no one', async () => {
    const draft = await extract(
      'Qatar and Saudi Arabia met in Doha on Sunday. Qatar warned that both countries would suffer if shipping in the Gulf stopped.',
    );
    expect(of(draft, 'state:QAT')).toEqual(['state:QAT WARN -']);
  });
});

describe('a coordination of parties', () => {
  it('aims "⟨A⟩ and its ⟨Russian⟩ partners" at both parties', async () => {
    const draft = await extract(
      "France's delegate said drone strikes by the Malian army and its Russian partners had killed dozens of civilians near Kidal.",
    );
    const accusations = draft.claims.filter((c) => c.speaker === 'state:FRA' && c.kind === 'ACCUSE');
    expect(accusations.flatMap((c) => c.targets)).toContain('state:RUS');
  });

  it('aims "drills by ⟨A⟩ and ⟨B⟩" at both', async () => {
    const draft = await extract('Pyongyang warned on Monday it would respond to joint drills by Seoul and Washington.');
    expect(of(draft, 'state:PRK')).toEqual(['state:PRK WARN state:KOR', 'state:PRK WARN state:USA']);
  });

  it('reads the whole coordination where the words drafted stop inside it ("cyberattacks by ⟨A⟩ and ⟨B⟩")', async () => {
    const draft = await extract(
      "Iran's representative said his country was itself a victim of cyberattacks by the United States and Israel.",
    );
    expect(of(draft, 'state:IRN')).toEqual(['state:IRN ACCUSE state:ISR', 'state:IRN ACCUSE state:USA']);
  });

  it('aims "the aggression of ⟨A⟩ and ⟨B⟩" at both doers', async () => {
    const draft = await extract(
      'Iran said the sole cause of instability in the Gulf was the aggression of the United States and Israel.',
    );
    expect(of(draft, 'state:IRN')).toEqual(['state:IRN ACCUSE state:ISR', 'state:IRN ACCUSE state:USA']);
  });

  it('keeps a later denial answering the accusation it answered when a claim is widened before it', async () => {
    const draft = await extract(
      "Iran's representative said his country was itself a victim of cyberattacks by the United States and Israel. " +
        'Iran also accused Saudi Arabia of funding armed groups in Sistan. Saudi Arabia rejected the accusation on Tuesday.',
    );
    const denial = draft.claims.find((c) => c.speaker === 'state:SAU' && c.kind === 'DENY');
    const answered = draft.claims.find((c) => c.key === denial?.answers);
    expect(answered?.targets).toEqual(['state:SAU']);
  });

  it('leaves a place named beside the target ("in ⟨A⟩ and ⟨B⟩") out of whom the claim is aimed at', async () => {
    const draft = await extract(
      'Russia accused Ukraine of staging attacks on civilians in Poland and Romania to draw NATO into the war.',
    );
    expect(of(draft, 'state:RUS')).toEqual(['state:RUS ACCUSE state:UKR']);
  });
});

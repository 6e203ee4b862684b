import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { extract } from './drafts.js';

/**
 * Demands by whom they are addressed to, whatever the actors and the wording: calm asked of "both sides" of a quarrel
 * the text tells (each of the two), a party called for to act ("called for ⟨B⟩ to ..."), NATO's members called
 * "allies", what falls to a party to do said in the speaker's own voice ("the way out is for ⟨B⟩ to ..."), and what is
 * demanded in the passive ("demanded that the ban be lifted"), asked of the party the speaker had just charged; with
 * the near misses that ask no one. Sentences written for these tests.
 */

const statement = (state: string, body: string) =>
  extract(`Statement by the Ministry of Foreign Affairs of ${state}\n\n12 March 2025\n\n${body}`, '2025-03-12');

const briefing = (heading: string, answer: string) =>
  extract(
    `${heading}

SPOKESPERSON: Good morning. ${answer}

QUESTION (Agence France-Presse): When will the ministers meet again?

SPOKESPERSON: Next month.`,
    '2025-03-12',
  );

/** The draft's demands of one speaker, as "DEMAND target" ("-" for none), sorted. */
const demandsOf = (draft: Draft, speaker: string, kind = 'DEMAND') =>
  draft.claims
    .filter((c) => c.speaker === speaker && c.kind === kind)
    .map((c) => `${c.kind} ${c.targets.join(',') || '-'}`)
    .sort();

describe('calm asked of "both sides" of a quarrel the text tells: a demand of each side', () => {
  it('reads "urged both sides to exercise restraint" after a clash between two armies, in wire copy', async () => {
    const draft = await extract(
      'ADDIS ABABA, May 2 (Reuters) - Ethiopia accused Eritrea of shelling a border town on Thursday, and Eritrea accused Ethiopia of massing troops along the frontier. Kenya urged both sides to exercise restraint.',
    );
    expect(demandsOf(draft, 'state:KEN')).toEqual(['DEMAND state:ERI', 'DEMAND state:ETH']);
  });

  it('reads "called on both parties to show restraint" in meetings coverage', async () => {
    const draft = await extract(
      "The representative of Armenia accused Azerbaijan of firing on villages near the border. Azerbaijan's delegate rejected the charge and accused Armenia of planting mines. The representative of Brazil called on both parties to show restraint.",
    );
    expect(demandsOf(draft, 'state:BRA')).toEqual(['DEMAND state:ARM', 'DEMAND state:AZE']);
  });

  it('reads "the two sides" asked to refrain from escalation', async () => {
    const draft = await extract(
      'Thailand accused Cambodia of laying new mines near the temple, and Cambodia blamed Thailand for the artillery fire. Malaysia urged the two sides to refrain from any escalation.',
    );
    expect(demandsOf(draft, 'state:MYS')).toEqual(['DEMAND state:KHM', 'DEMAND state:THA']);
  });

  it('reads an organization urging both sides to keep calm', async () => {
    const draft = await extract(
      'Peru accused Colombia of moving troops onto the island, and Colombia accused Peru of violating the 1934 protocol. The Organization of American States urged both sides to remain calm.',
    );
    expect(demandsOf(draft, 'org:oas')).toEqual(['DEMAND state:COL', 'DEMAND state:PER']);
  });

  it('still reads calm asked of "both governments" as asked of no one in particular', async () => {
    const draft = await extract(
      'Ethiopia accused Eritrea of shelling a border town, and Eritrea accused Ethiopia of massing troops along the frontier. Kenya urged both governments to exercise restraint.',
    );
    expect(demandsOf(draft, 'state:KEN')).toEqual(['DEMAND -']);
  });

  it('still reads "both countries" asked only for calm as asked of no one in particular', async () => {
    const draft = await extract(
      'Thailand accused Cambodia of laying new mines near the temple, and Cambodia blamed Thailand for the artillery fire. Malaysia urged both countries to exercise restraint.',
    );
    expect(demandsOf(draft, 'state:MYS')).toEqual(['DEMAND -']);
  });

  it('leaves "all sides" asked for calm aimed at no one', async () => {
    const draft = await extract(
      'Peru accused Colombia of moving troops onto the island. The Organization of American States urged all sides to remain calm.',
    );
    expect(demandsOf(draft, 'org:oas').every((l) => l === 'DEMAND -')).toBe(true);
  });

  it('leaves "both sides" with no quarrel told aimed at no one', async () => {
    const draft = await extract('The foreign minister of Norway urged both sides to exercise restraint.');
    expect(draft.claims.filter((c) => c.kind === 'DEMAND').every((c) => c.targets.length === 0)).toBe(true);
  });
});

describe('a party called for to act ("called for ⟨B⟩ to ..."): a demand of it', () => {
  it('reads "called for Russia to withdraw" in wire copy', async () => {
    const draft = await extract(
      'TBILISI, June 4 (Reuters) - Georgia called for Russia to withdraw its troops from the occupied regions.',
    );
    expect(demandsOf(draft, 'state:GEO')).toEqual(['DEMAND state:RUS']);
  });

  it('reads "called for Venezuela to release" in meetings coverage', async () => {
    const draft = await extract(
      'The representative of Guyana called for Venezuela to release the detained fishermen without delay.',
    );
    expect(demandsOf(draft, 'state:GUY')).toEqual(['DEMAND state:VEN']);
  });

  it('reads "calls for Israel to allow" in a statement', async () => {
    const draft = await statement(
      'Jordan',
      'The Hashemite Kingdom of Jordan calls for Israel to allow the unimpeded entry of humanitarian aid.',
    );
    expect(draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('state:ISR'))).toBe(true);
  });

  it('reads "calling for ⟨B⟩ to stop" as a participle hung on a speaker', async () => {
    const draft = await extract(
      'Lithuania condemned the balloon incursions, calling for Belarus to stop the flights at once.',
    );
    expect(demandsOf(draft, 'state:LTU')).toContain('DEMAND state:BLR');
  });

  it('reads "called for the navy to" as a demand of the service the text names', async () => {
    const draft = await extract(
      'Admiral Pedro Salgado, a retired officer of the Chilean navy, said the frigates were worn out. He called for the navy to decommission them next year.',
    );
    expect(
      draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.some((t) => /navy/.test(t))),
      JSON.stringify(draft.claims.map((c) => [c.speaker, c.kind, c.targets])),
    ).toBe(true);
  });

  it('leaves "called for the Mission to be given more staff" a call for an outcome', async () => {
    const draft = await extract(
      "Ghana's delegate called for the United Nations Mission in South Sudan to be given more staff.",
    );
    expect(demandsOf(draft, 'state:GHA', 'DEMAND')).toEqual([]);
    expect(demandsOf(draft, 'state:GHA', 'CALL_FOR')).toEqual(['CALL_FOR -']);
  });

  it('leaves "called for the Sahel to remain" a call for an outcome', async () => {
    const draft = await extract("Niger's delegate called for the Sahel to remain free of foreign bases.");
    expect(demandsOf(draft, 'state:NER', 'DEMAND')).toEqual([]);
  });

  it('leaves "called for an end to the fighting" a call for an outcome', async () => {
    const draft = await extract('Egypt called for an end to the fighting in Sudan.');
    expect(demandsOf(draft, 'state:EGY', 'DEMAND')).toEqual([]);
    expect(demandsOf(draft, 'state:EGY', 'CALL_FOR')).toEqual(['CALL_FOR -']);
  });
});

describe('NATO\'s members called "allies": a demand of NATO', () => {
  it('reads "urged allies to" in wire copy that names NATO', async () => {
    const draft = await extract(
      "RIGA, Oct 3 (Reuters) - Latvia's defence ministry said NATO's eastern flank needed more air defence and urged allies to send additional batteries.",
    );
    expect(demandsOf(draft, 'org:latvia-ministry-of-defence').concat(demandsOf(draft, 'state:LVA'))).toContain(
      'DEMAND org:nato',
    );
  });

  it('reads "called on allies to" said by a minister', async () => {
    const draft = await extract(
      'Estonian Defence Minister Kaarel Tamm said NATO had to prepare for a longer war and called on allies to raise their spending.',
    );
    expect(draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('org:nato'))).toBe(true);
  });

  it('reads "urged allies to" in an analysis', async () => {
    const draft = await extract(
      'Poland has long argued that NATO underestimates the threat from the east. In 2023 President Andrzej Nowak urged allies to station more troops on Polish soil.',
    );
    expect(draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('org:nato'))).toBe(true);
  });

  it.each([
    'Romanian Defence Minister Ion Vasilescu said NATO must not be caught short and called on allies to refill their stocks of artillery shells.',
    'Speaking after the NATO summit, Danish Prime Minister Mette Holm urged allies to keep their promises to Ukraine.',
    'Finland, which joined NATO in 2023, appealed to allies to invest more in air defence along its eastern border.',
    'Norway said NATO needed a stronger presence in the High North and encouraged allies to join its winter exercises.',
  ])('reads allies asked to act in a text that names NATO: %s', async (text) => {
    const draft = await extract(text);
    expect(
      draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('org:nato')),
      JSON.stringify(draft.claims.map((c) => [c.speaker, c.kind, c.targets])),
    ).toBe(true);
  });

  it('leaves "allies" in a text that does not name NATO aimed at no body', async () => {
    const draft = await extract('Ecuador urged allies to share intelligence on the cartels.');
    expect(draft.claims.some((c) => c.targets.includes('org:nato'))).toBe(false);
  });
});

describe("what falls to a party to do, in the speaker's own voice: a demand of it", () => {
  it('reads "the best way ... is for ⟨B⟩ to" in a briefing\'s answer', async () => {
    const draft = await briefing(
      'Press Briefing by the Spokesperson of the Ministry of Foreign Affairs of Moldova, Chisinau, 12 March 2025',
      'The best way to lower tension in the region is for Russia to withdraw its troops from Transnistria.',
    );
    expect(draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('state:RUS'))).toBe(true);
  });

  it('reads "the only way forward is for ⟨B⟩ to" in a statement', async () => {
    const draft = await statement(
      'Cyprus',
      'The only way forward is for Türkiye to withdraw its occupation troops from the island.',
    );
    expect(draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('state:TUR'))).toBe(true);
  });

  it('reads "it is time for ⟨B⟩ to" said by a delegate', async () => {
    const draft = await extract(
      'The representative of Ukraine said it was time for Belarus to stop letting its territory be used for attacks.',
    );
    expect(demandsOf(draft, 'state:UKR')).toContain('DEMAND state:BLR');
  });

  it('reads "it is high time for ⟨B⟩ to" in a statement', async () => {
    const draft = await statement(
      'Azerbaijan',
      'It is high time for Armenia to hand over the maps of the minefields it laid.',
    );
    expect(draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('state:ARM'))).toBe(true);
  });

  it.each([
    ['The only answer to the crisis is for Serbia to recognize the institutions in the north.', 'state:SRB'],
    ['The first step must be for Rwanda to withdraw its troops from North Kivu.', 'state:RWA'],
    ['It is now time for Venezuela to respect the award of 1899.', 'state:VEN'],
  ])('reads in a statement: %s', async (body, target) => {
    const draft = await statement('Guyana', body);
    expect(
      draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes(target)),
      JSON.stringify(draft.claims.map((c) => [c.speaker, c.kind, c.targets])),
    ).toBe(true);
  });

  it('leaves "it is for ⟨B⟩ to decide" a position, no demand', async () => {
    const draft = await statement('Finland', 'It is for Sweden to decide how it organizes its own defence.');
    expect(draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('state:SWE'))).toBe(false);
  });

  it('leaves "it is for ⟨B⟩ to determine" a position, no demand, in meetings coverage', async () => {
    const draft = await extract(
      'The representative of Brazil said it was for the Security Council to determine whether the ceasefire had been breached.',
    );
    expect(draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('org:un-security-council'))).toBe(false);
  });
});

describe('what is demanded in the passive, of the party the speaker had just charged', () => {
  it('reads "demanding that the restrictions be lifted" after a charge in the same sentence', async () => {
    const draft = await extract(
      'MOSCOW, Feb 8 (Reuters) - The Russian foreign ministry accused Latvia of discriminating against Russian speakers, demanding that the restrictions be lifted.',
    );
    expect(
      draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('state:LVA')),
      JSON.stringify(draft.claims.map((c) => [c.speaker, c.kind, c.targets])),
    ).toBe(true);
  });

  it('reads "demanded that the fishermen be released" after a charge in the sentence before', async () => {
    const draft = await extract(
      'The representative of Sri Lanka accused India of sending trawlers into its waters. He also said the navy had acted lawfully. He demanded that the seized boats be returned.',
    );
    expect(demandsOf(draft, 'state:LKA')).toContain('DEMAND state:IND');
  });

  it('reads a statement\'s "demands that the fine be annulled" after the charge', async () => {
    const draft = await statement(
      'Slovenia',
      'The Ministry accuses Croatia of detaining a Slovenian trawler in the bay without any legal basis. Slovenia demands that the fine be annulled and the catch returned.',
    );
    expect(draft.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('state:HRV'))).toBe(true);
  });

  it('reads "demanded that such flights not be repeated" after a protest', async () => {
    const draft = await extract(
      'Finland accused Russia of violating its airspace with a helicopter on Tuesday and demanded that such flights not be repeated.',
    );
    expect(demandsOf(draft, 'state:FIN')).toContain('DEMAND state:RUS');
  });

  it.each([
    [
      'Algeria accused Morocco of building a wall across the pasture lands on Monday and demanded that the works be halted.',
      'state:DZA',
      'state:MAR',
    ],
    [
      "BANGKOK, Jan 9 (Reuters) - Thailand's foreign ministry accused Myanmar of letting shells fall on Thai villages. It demanded that the shelling be stopped and that the families be compensated.",
      'state:THA',
      'state:MMR',
    ],
  ])('reads a passive demand after a charge: %s', async (text, speaker, target) => {
    const draft = await extract(text);
    expect(
      draft.claims.some(
        (c) => (c.speaker === speaker || c.onBehalfOf === speaker) && c.kind === 'DEMAND' && c.targets.includes(target),
      ),
      JSON.stringify(draft.claims.map((c) => [c.speaker, c.onBehalfOf, c.kind, c.targets])),
    ).toBe(true);
  });

  it('leaves "urged that the facts be established" asked of no one', async () => {
    const draft = await extract(
      "France's delegate accused Russia of striking the dam and urged that the facts be established by an independent inquiry.",
    );
    expect(
      draft.claims.filter((c) => c.speaker === 'state:FRA' && c.kind !== 'ACCUSE').every((c) => c.targets.length === 0),
    ).toBe(true);
  });

  it('leaves a passive demand with no charge before it asked of no one', async () => {
    const draft = await extract(
      'The representative of Switzerland demanded that the humanitarian corridors be kept open.',
    );
    expect(draft.claims.filter((c) => c.kind === 'DEMAND').every((c) => c.targets.length === 0)).toBe(true);
  });
});

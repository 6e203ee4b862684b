import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Targets the context gives rather than the grammatical object: the party a
 * speaker backs, respects or values its ties with; the party thanked as the
 * States of a body, or whose unity is welcomed; and the doer of an act told
 * with a demonym the states' dataset spells otherwise ("the Ecuadorian
 * navy seized ... protested the seizure"). Sentences written for these
 * tests.
 */

/** The targets of a speaker's claims of a kind, sorted. */
async function targets(text: string, kind: string): Promise<string[]> {
  const draft = await extract(text);
  return draft.claims
    .filter((c) => c.kind === kind)
    .flatMap((c) => c.targets)
    .sort();
}

describe('support given to a party named as the object', () => {
  it('aims "backed ⟨B⟩" at ⟨B⟩, named by its capital or by its name, in wire copy, UN coverage and a statement', async () => {
    expect(await targets("Chile's foreign ministry said it backed Lima in the dispute.", 'STATE')).toEqual([
      'state:PER',
    ]);
    expect(
      await targets('The representative of Ghana said his country fully backed Nigeria and its efforts.', 'STATE'),
    ).toEqual(['state:NGA']);
    expect(
      await targets(
        'Statement by the Ministry of Foreign Affairs of Estonia\n\nEstonia backs Latvia in its decision to close the crossing.',
        'STATE',
      ),
    ).toEqual(['state:LVA']);
  });

  it('aims respect for what is a party\'s own ("the sovereignty of ⟨B⟩", "⟨B⟩\'s decisions") at that party', async () => {
    expect(
      await targets(
        'The representative of Nigeria said his country respected the sovereignty of Cameroon and would cooperate with the inquiry.',
        'STATE',
      ),
    ).toEqual(['state:CMR']);
    expect(await targets('India said it respected Nepal’s decisions on its own border.', 'STATE')).toEqual([
      'state:NPL',
    ]);
  });

  it('aims the value a statement puts on its ties with a party at that party', async () => {
    expect(
      await targets(
        'Statement by the Ministry of Foreign Affairs of Norway\n\nNorway values its partnership with Iceland in the High North.',
        'STATE',
      ),
    ).toEqual(['state:ISL']);
  });

  it('aims nothing backed or respected that is no party, nor support told of a third party', async () => {
    expect(await targets("Brazil's delegate said Brazil backed the draft resolution.", 'STATE')).toEqual([]);
    expect(
      await targets(
        'The representative of Egypt said Egypt had always respected international humanitarian law.',
        'STATE',
      ),
    ).toEqual([]);
    // "said ⟨C⟩ had backed ⟨B⟩" is ⟨C⟩'s support as the speaker tells it, not the speaker's own.
    expect(await targets('Argentina said Chile had backed Bolivia in the talks.', 'STATE')).toEqual([]);
  });
});

describe('thanks to the States of a body, and a welcome of its unity', () => {
  it('aims thanks to "the States of ⟨B⟩" at ⟨B⟩', async () => {
    expect(
      await targets(
        'Statement by the Ministry of Foreign Affairs of Kenya\n\nThe Ministry thanks the States of the Economic Community of West African States for their support.',
        'STATE',
      ),
    ).toEqual(['org:ecowas']);
  });

  it('aims a welcome of the unity of a body at the body', async () => {
    const draft = await extract(
      'The representative of Norway welcomed the unity of the Security Council on the question.',
    );
    expect(lines(draft)).toEqual(['state:NOR STATE org:un-security-council']);
  });
});

describe('an act told with a demonym the dataset spells otherwise', () => {
  it('aims a protest of the seizure, and the demand for the release, at the state whose navy seized', async () => {
    const draft = await extract(
      "The Ecuadorian navy seized a Peruvian trawler on Monday. Peru's foreign ministry protested the seizure and demanded the immediate release of the crew.",
    );
    const aimed = draft.claims.filter((c) => c.kind === 'CRITICIZE' || c.kind === 'DEMAND');
    expect(aimed.map((c) => `${c.kind} ${c.targets.join(',')}`).sort()).toEqual([
      'CRITICIZE state:ECU',
      'DEMAND state:ECU',
    ]);
  });

  it('aims a condemnation of a detention at the state whose forces detained', async () => {
    expect(
      await targets(
        "Djiboutian coast guards detained a Yemeni dhow off Obock on Friday. Yemen's government condemned the detention.",
        'CRITICIZE',
      ),
    ).toEqual(['state:DJI']);
    expect(
      await targets(
        "Slovenian police arrested two Croatian fishermen in Piran Bay. Croatia's foreign ministry condemned the arrests.",
        'CRITICIZE',
      ),
    ).toEqual(['state:SVN']);
  });

  it('aims a demand for the return of what was seized at the state whose soldiers seized it', async () => {
    expect(
      await targets(
        'Surinamese soldiers seized a Guyanese pontoon on the Corentyne river. Guyana demanded the return of the pontoon.',
        'DEMAND',
      ),
    ).toEqual(['state:SUR']);
  });

  it('aims nothing when the text told no one seizing, or what is asked back was never held', async () => {
    expect(await targets("Peru's foreign ministry protested the seizure of the trawler.", 'CRITICIZE')).toEqual([]);
    const draft = await extract(
      'The Ecuadorian navy seized a Peruvian trawler on Monday. Peru called for the release of the report on the incident.',
    );
    expect(draft.claims.filter((c) => c.targets.includes('state:ECU')).map((c) => c.kind)).toEqual([]);
  });
});

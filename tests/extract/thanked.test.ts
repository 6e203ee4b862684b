import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Thanks, praise and a welcome (src/extract/thanked.json, claims/thanked.ts): a position aimed at the party thanked or
 * praised, or whose act is welcomed, whatever the verb of thanks and however many parties it names; a welcome of what
 * no party named did aimed at no one. Sentences written for these tests.
 */

const statement = (ministry: string, body: string) =>
  extract(`Statement by the Ministry of Foreign Affairs of ${ministry}\n\n4 May 2025\n\n${body}`);

describe('thanks and praise aimed at the party thanked', () => {
  it('reads "thanked ⟨A⟩ and ⟨B⟩ ... for" in wire copy, at each party', async () => {
    const draft = await extract(
      "ACCRA, March 3 (Reuters) - Ghana's foreign minister thanked Nigeria and Senegal on Tuesday for their help in evacuating Ghanaian nationals from Khartoum.",
    );
    claim(draft, 'state:GHA', 'STATE', 'state:NGA');
    claim(draft, 'state:GHA', 'STATE', 'state:SEN');
  });

  it('reads "is grateful to ⟨A⟩ for ... and to ⟨B⟩ for ..." in a statement\'s own voice', async () => {
    const draft = await statement(
      'Armenia',
      'The Republic of Armenia is grateful to France for its principled position and to the Kingdom of the Netherlands for its humanitarian assistance.',
    );
    claim(draft, 'org:armenia-ministry-of-foreign-affairs', 'STATE', 'state:FRA');
    claim(draft, 'org:armenia-ministry-of-foreign-affairs', 'STATE', 'state:NLD');
  });

  it('reads "paid tribute to ⟨A⟩" and "expressed his appreciation to ⟨A⟩, ⟨B⟩ and ⟨C⟩" in meetings coverage', async () => {
    const draft = await extract(
      'The representative of Kenya paid tribute to Rwanda for its contribution of troops to the mission, and the representative of Japan expressed his appreciation to Norway, Qatar and Switzerland for their support to the talks.',
    );
    claim(draft, 'state:KEN', 'STATE', 'state:RWA');
    for (const party of ['state:NOR', 'state:QAT', 'state:CHE']) claim(draft, 'state:JPN', 'STATE', party);
  });

  it('reads "grateful to these partners" as thanks to the parties named together before', async () => {
    const draft = await statement(
      'Moldova',
      'The first radar systems, paid for by Germany, Austria and Sweden, arrived in Chisinau last week. Moldova is grateful to these partners and hopes others will follow.',
    );
    for (const party of ['state:DEU', 'state:AUT', 'state:SWE'])
      claim(draft, 'org:moldova-ministry-of-foreign-affairs', 'STATE', party);
  });

  it('drafts no praise aimed at no one when no party follows its verb', async () => {
    const draft = await extract(
      'KYIV, June 2 (Reuters) - Fighters allied with the government said they had captured a depot, and a Ukrainian army spokesman praised the capture.',
    );
    expect(lines(draft).filter((l) => l.startsWith('state:UKR'))).toEqual([]);
  });
});

describe('a welcome aimed at the party whose act is welcomed', () => {
  it('reads "welcomes ⟨A⟩\'s offer" in a statement', async () => {
    const draft = await statement('Egypt', "Egypt welcomes Algeria's offer to host a meeting of the parties.");
    claim(draft, 'state:EGY', 'STATE', 'state:DZA');
  });

  it('reads "the role played by ⟨A⟩" and "the efforts of the ⟨A⟩ authorities", and no one in "the adoption of the resolution"', async () => {
    const draft = await extract(
      'The representative of Brazil welcomed the role played by the African Union in the negotiations. ' +
        'The representative of India welcomed the efforts of the Somali authorities to secure the coast. ' +
        'The representative of China welcomed the adoption of the resolution.',
    );
    claim(draft, 'state:BRA', 'STATE', 'org:african-union');
    claim(draft, 'state:IND', 'STATE', 'state:SOM');
    expect(claim(draft, 'state:CHN', 'STATE').targets).toEqual([]);
  });

  it('reads "the decision taken by ⟨A⟩" in wire copy', async () => {
    const draft = await extract(
      "NAIROBI, June 2 (Reuters) - Kenya's president welcomed the decision taken by Ethiopia to reopen the border crossing at Moyale.",
    );
    claim(draft, 'state:KEN', 'STATE', 'state:ETH');
  });
});

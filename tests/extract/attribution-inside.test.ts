import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * An attribution inside the words it attributes (src/extract/claims/forms/around.ts): the words after "he said,"
 * are the speaker's as much as those before, and a reporting verb after it is a second verb of the same speaker.
 * Sentences written for these tests.
 */

describe('a reporting verb after an attribution that follows the words', () => {
  it('reads "\'...,\' X said, and accused ⟨B⟩ of ..." as a second claim of X', async () => {
    const draft = await extract(
      '"We were attacked first," Azerbaijan\'s defence minister said, and accused Armenia of shelling border villages.',
    );
    claim(draft, 'state:AZE', 'ACCUSE', 'state:ARM');
  });

  it('reads "..., X told parliament, and called on ⟨B⟩ to ..." with the listener in the attribution', async () => {
    const draft = await extract(
      'The talks in Geneva had failed, Georgian Prime Minister Irakli Kobakhidze told parliament, and called on Russia to withdraw its troops from South Ossetia.',
    );
    claim(draft, 'person:irakli-kobakhidze', 'DEMAND', 'state:RUS');
    // The listener is no part of the words said.
    expect(draft.claims.map((c) => c.allegation)).not.toContain('parliament');
  });

  it('reads "\'...,\' the spokesman said on Monday, and urged ⟨B⟩ to ..." as a demand of ⟨B⟩', async () => {
    const draft = await extract(
      '"Our patience has limits," the spokesman of the Indian foreign ministry said on Monday, and urged Pakistan to hand over the suspects.',
    );
    claim(draft, 'org:india-ministry-of-foreign-affairs', 'DEMAND', 'state:PAK');
  });
});

describe('words on both sides of an attribution', () => {
  it('reads "Since then, he said, ⟨B⟩ had violated ..." as one statement with the attribution left out', async () => {
    const draft = await extract(
      'The representative of Armenia said the blockade had lasted nine months. Since then, he said, Azerbaijan had violated the ceasefire more than forty times.',
    );
    claim(draft, 'state:ARM', 'ACCUSE', 'state:AZE');
  });

  it('reads "⟨B⟩, he said, had shelled ..." with its subject before the attribution', async () => {
    const draft = await extract(
      'The Sudanese army spokesman, Nabil Abdallah, spoke in Port Sudan. The Rapid Support Forces, he said, had shelled the market in El Fasher with mortars.',
    );
    claim(draft, 'person:nabil-abdallah', 'ACCUSE', 'org:rapid-support-forces');
  });

  it('reads "..., he said, but would ..." as the first clause\'s subject going on', async () => {
    const draft = await extract(
      "Venezuela's foreign minister Yvan Gil spoke in Caracas. Venezuela did not want a war, he said, but would defend every inch of its territory against Guyana.",
    );
    claim(draft, 'person:yvan-gil', 'WARN', 'state:GUY');
  });

  it('reads "..., she said, and ⟨B⟩ must ..." as a clause of its own', async () => {
    const draft = await extract(
      'The representative of Ukraine said Kyiv had lost two power plants in a week. The drones were built in Iran, she said, and Tehran must stop sending them to the Russian Federation.',
    );
    claim(draft, 'state:UKR', 'DEMAND', 'state:IRN');
  });

  it('leaves a participle or a quotation resumed after the attribution to the forms that read them', async () => {
    const draft = await extract(
      '"The crossing will stay shut," the Tunisian interior minister said, adding that Libya had done nothing to stop the smugglers.',
    );
    expect(lines(draft)).toEqual(['state:TUN STATE -', 'state:TUN STATE -']);
    expect(draft.claims.map((c) => c.allegation).sort()).toEqual([
      'Libya had done nothing to stop the smugglers',
      'The crossing will stay shut',
    ]);
  });
});

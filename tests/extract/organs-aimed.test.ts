import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * A charge, demand or warning aimed at a state's organ named as such by a common noun ("accused the government of",
 * "urged the Syrian authorities to", "calls on the Government of ⟨B⟩ to") is aimed at that organ, an organization part
 * of the state (the corpus README's rule on a state's organs). Sentences written for these tests, in wire, UN
 * meetings and statement styles.
 */

const aimed = async (text: string) => lines(await extract(text));

describe("a charge aimed at a state's government named as such", () => {
  it('aims "accused the government of", "criticized the Government for" and "accused the authorities in ⟨capital⟩ of" at the organ', async () => {
    expect(
      await aimed(
        'HARARE, May 3 (Reuters) - Zimbabwe received six helicopters from China this week. Zimbabwe says they will patrol the border, and Zimbabwe denies any link to the vote. ' +
          'The opposition Citizens Coalition for Change accused the government of hiding the price of the deal.',
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^org:citizens-coalition-for-change ACCUSE org:zimbabwe-government\b/),
      ]),
    );
    expect(
      await aimed(
        'The representative of Norway said peace in Colombia remained fragile. The representative of Norway criticized the Government for cutting the budget of the land restitution programme.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^state:NOR CRITICIZE org:colombia-government\b/)]));
    expect(
      await aimed(
        'The Ministry of Foreign Affairs of Lithuania accused the authorities in Minsk of sending smuggling balloons across the border.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/ ACCUSE org:belarus-authorities\b/)]));
  });
});

describe("a demand addressed to a state's government or authorities named as such", () => {
  it('aims "urged the Syrian authorities to", "called on the authorities in Bangui to" and "calls on the Government of ⟨B⟩ to" at the organ', async () => {
    expect(
      await aimed('The representative of Ireland urged the Syrian authorities to let aid convoys reach Sweida.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^state:IRL DEMAND org:syria-authorities\b/)]));
    expect(
      await aimed(
        'The representative of Ghana called on the authorities in Bangui to bring those responsible for the killings to justice.',
      ),
    ).toEqual(
      expect.arrayContaining([expect.stringMatching(/^state:GHA DEMAND org:central-african-republic-authorities\b/)]),
    );
    expect(
      await aimed(
        'Statement of the Ministry of Foreign Affairs of Kuwait\n\nThe Ministry calls on the Government of Iraq to respect the maritime agreement.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/ DEMAND org:iraq-government\b/)]));
  });
});

describe('what keeps the state as the target', () => {
  it('keeps the state where the sentence also names it, where its organ is the doer of a deed, and for a denial', async () => {
    expect(
      await aimed('The representative of France urged Syria and its Government to protect the Druze communities.'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^state:FRA DEMAND state:SYR\b/)]));
    expect(
      await aimed(
        'Statement of the Ministry of Foreign Affairs of Guyana\n\nThe Ministry rejects the claim made by the Government of Venezuela that Guyana had moved troops to the border.',
      ),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/ DENY state:VEN\b/)]));
    expect(await aimed('Armenia said Azerbaijani forces had broken the ceasefire agreement on Monday.')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^state:ARM ACCUSE state:AZE\b/)]),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Targets taken from the context of a claim: the party an act was done to, the accusers a later answer replies to.
 * Sentences written for these tests.
 */

describe('a charge several states make together by an act, and the answer after a semicolon', () => {
  it('is one accusation per accuser, aimed at the party the act was done to, and the answer denies each of them', async () => {
    const wire = await extract(
      'THE HAGUE, March 3 (Reuters) - The Netherlands and Australia took Russia to the International Court of Justice last year, accusing it of shooting down the airliner; Russia denies any involvement.',
    );
    expect(lines(wire)).toEqual(
      expect.arrayContaining([
        'state:NLD ACCUSE state:RUS',
        'state:AUS ACCUSE state:RUS',
        'state:RUS DENY state:NLD',
        'state:RUS DENY state:AUS',
      ]),
    );
    const un = await extract(
      'Benin, Togo and Niger lodged a complaint against Burkina Faso with the African Union, accusing it of sheltering armed groups; Burkina Faso rejects the complaint.',
    );
    expect(lines(un)).toEqual(
      expect.arrayContaining([
        'state:BEN ACCUSE state:BFA',
        'state:TGO ACCUSE state:BFA',
        'state:NER ACCUSE state:BFA',
        'state:BFA DENY state:BEN',
        'state:BFA DENY state:NER',
      ]),
    );
    const analysis = await extract(
      "Estonia, Latvia and Lithuania expelled Belarus's ambassador on Monday, accusing it of staging the border crisis; Minsk dismisses the charge as absurd.",
    );
    expect(lines(analysis)).toEqual(
      expect.arrayContaining(['state:EST ACCUSE state:BLR', 'state:LTU ACCUSE state:BLR', 'state:BLR DENY state:LVA']),
    );
  });
});

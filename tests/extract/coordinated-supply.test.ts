import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * A second verb of supplying joined to a first with no subject of its own
 * ("⟨A⟩ delivered ⟨W1⟩ to ⟨B1⟩ ..., and sold ⟨W2⟩ to ⟨B2⟩") is the first
 * verb's supplier's; and weapons committed, gifted, lent or loaned are
 * handed over as weapons given are (arms.json). Sentences written for
 * these tests.
 */
describe('coordinated verbs of supplying, and weapons committed, gifted or lent', () => {
  it("reads a second verb of supplying after a first as the same supplier's, whatever lies between", async () => {
    const a = await extract(
      'Hanwha Aerospace delivered K9 howitzers to Poland under a framework agreement signed in 2022, and sold ' +
        '24 K9 howitzers to Vietnam last year.',
    );
    expect(transfers(a)).toEqual(['state:KOR > state:POL: weapon:k9', 'state:KOR > state:VNM: weapon:k9']);
    const b = await extract('Greece lent two Mirage 2000 jets to Cyprus and has loaned patrol boats to Montenegro.');
    expect(transfers(b, { weapon: false })).toEqual(['state:GRC > state:CYP', 'state:GRC > state:MNE']);
  });

  it('does not give a second clause with a subject of its own to the first supplier', async () => {
    const d = await extract(
      'Turkey sold Bayraktar TB2 drones to Kenya, and Israel supplied Hermes 900 drones to Morocco.',
    );
    expect(transfers(d)).toEqual([
      'state:ISR > state:MAR: weapon:hermes-900',
      'state:TUR > state:KEN: weapon:bayraktar-tb2',
    ]);
  });

  it('reads weapons committed, gifted, lent or loaned as handed over', async () => {
    const a = await extract('Britain committed 14 Challenger 2 tanks to Ukraine in January 2023.');
    expect(transfers(a)).toEqual(['state:GBR > state:UKR: weapon:challenger-2']);
    const b = await extract('The Netherlands has gifted Ukraine 18 F-16 jets, the defence minister said.');
    expect(transfers(b)).toEqual(['state:NLD > state:UKR: weapon:f-16']);
    const c = await extract(
      'Under the accord, Washington will loan three Cyclone patrol boats to the Philippine navy.',
    );
    expect(transfers(c, { weapon: false })).toEqual(['state:USA > state:PHL']);
  });
});

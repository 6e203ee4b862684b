import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * Purchases told as a list after one verb of buying, each weapon with its
 * own seller ("bought ⟨W1⟩ from ⟨A1⟩, ⟨W2⟩ from ⟨A2⟩ and ⟨W3⟩ from ⟨A3⟩"),
 * and arms makers as sellers standing for the state they are based in
 * (organizations.json), or, for a maker of several states, for the state
 * named as where it made them ("from ⟨Airbus⟩ in ⟨Spain⟩"). Sentences
 * written for these tests.
 */
describe('purchases told as a list, and arms makers as sellers', () => {
  it('reads each weapon of a list of purchases with its own seller, the buyer named once', async () => {
    const d = await extract(
      'Since 2015 Morocco has bought 36 F-16 fighters from the United States, Caesar howitzers from France and ' +
        'four Bayraktar TB2 drones from Turkey.',
    );
    expect(transfers(d)).toEqual([
      'state:FRA > state:MAR: weapon:caesar',
      'state:TUR > state:MAR: weapon:bayraktar-tb2',
      'state:USA > state:MAR: weapon:f-16',
    ]);
  });

  it('reads the list after a date and an aside, and in a statement "the ⟨W⟩ we bought from ⟨A⟩, ..., and the ⟨W2⟩ from ⟨B⟩"', async () => {
    const a = await extract(
      'Vietnam ordered four Gepard-class frigates from Russia in 2011, and two Shaldag patrol boats from Israel a year later.',
    );
    expect(transfers(a, { weapon: false })).toEqual(['state:ISR > state:VNM', 'state:RUS > state:VNM']);
    const b = await extract(
      'Statement by the Ministry of Defence of Peru\n\nOur air force flies the K-8 trainers we purchased from China, ' +
        'twelve of them, and the Mi-171 helicopters from Russia.',
      '2024-07-03',
      'Ministry of Defence of Peru',
    );
    expect(transfers(b)).toEqual(['state:CHN > state:PER: weapon:k-8', 'state:RUS > state:PER: weapon:mi-171']);
  });

  it('ends the list where a clause of its own begins, the clause read as a purchase of its own', async () => {
    const d = await extract('Qatar bought Leopard 2 tanks from Germany, and Oman bought Typhoon jets from Britain.');
    expect(transfers(d)).toEqual(['state:DEU > state:QAT: weapon:leopard-2', 'state:GBR > state:OMN: weapon:typhoon']);
  });

  it('reads an arms maker as the state it is based in, and a maker of several states by where it made the weapons', async () => {
    const a = await extract('Fincantieri sold two patrol vessels to Indonesia in 2022.');
    expect(transfers(a, { weapon: false })).toEqual(['state:ITA > state:IDN']);
    const b = await extract('Kazakhstan bought A400M transport aircraft from Airbus in Spain.');
    expect(transfers(b)).toEqual(['state:ESP > state:KAZ: weapon:a400m']);
    const c = await extract('Roketsan has delivered TRG-300 rockets to Azerbaijan, the company said on Monday.');
    expect(transfers(c)).toEqual(['state:TUR > state:AZE: weapon:trg-300']);
  });
});

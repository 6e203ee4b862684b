import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * An arms maker named again by what it is ("the company", "the shipyard",
 * arms.json's companyNouns) supplying is the maker named last before, and
 * stands for the state it is based in; a deal signed at a date before what
 * it is to do ("signed a contract in February 2023 to supply ...") is read
 * as the verb it leads to. Sentences written for these tests.
 */
describe('an arms maker named again by what it is', () => {
  it('reads "the company" and "the shipyard" supplying as the maker named before', async () => {
    const a = await extract(
      'Roketsan makes the TRG-300 rocket. The company signed a contract in March 2022 to supply 40 TRG-300 rockets to Ukraine.',
    );
    expect(transfers(a)).toEqual(['state:TUR > state:UKR: weapon:trg-300']);
    const b = await extract(
      'Navantia laid down the hull in 2019. The shipyard delivered five Avante 2200 corvettes to Saudi Arabia.',
    );
    expect(transfers(b, { weapon: false })).toEqual(['state:ESP > state:SAU']);
  });

  it('drafts nothing for "the company" when no maker was named', async () => {
    const d = await extract('The company sold 30 drones to Chad, a local newspaper said.');
    expect(transfers(d)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * Weapons in a force's service, each named with the demonym of the state
 * that made them ("⟨B⟩, which also flies ⟨Israeli⟩ ⟨W1⟩ and ⟨Turkish⟩ ⟨W2⟩
 * drones", "⟨B⟩ operates ⟨Russian⟩-made ⟨W⟩ fighters"): a transfer from
 * that state for each. Sentences written for these tests.
 */
describe('weapons another state made, in a force’s service', () => {
  it('reads each weapon of a list by the demonym that opens it', async () => {
    const a = await extract(
      'The Indonesian Air Force operates Russian-made Su-30MK2 fighters and American F-16 jets, officials said.',
    );
    expect(transfers(a)).toEqual(['state:RUS > state:IDN: weapon:su-30mk2', 'state:USA > state:IDN: weapon:f-16']);
    const b = await extract('India flies French Rafale jets, Russian Su-30MKI fighters and British Hawk trainers.');
    expect(transfers(b)).toEqual([
      'state:FRA > state:IND: weapon:rafale',
      'state:GBR > state:IND: weapon:hawk',
      'state:RUS > state:IND: weapon:su-30mki',
    ]);
    const c = await extract(
      'Morocco, which already fields American Abrams tanks and Chinese VT-1A vehicles, is buying more.',
    );
    expect(transfers(c)).toEqual(['state:CHN > state:MAR: weapon:vt-1a', 'state:USA > state:MAR: weapon:abrams']);
  });

  it('reads no transfer in a force flying its own state’s weapons, nor past the clause of its list', async () => {
    const a = await extract('Russia flies Russian Su-34 bombers over Syria.');
    expect(transfers(a)).toEqual([]);
    const b = await extract('Serbia operates Russian MiG-29 fighters, and it plans to replace its Soviet-built tanks.');
    expect(transfers(b)).toEqual(['state:RUS > state:SRB: weapon:mig-29']);
  });
});

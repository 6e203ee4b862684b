import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * A purchase still under way, told by its -ing form after "are" or "is" in the clause of the weapon bought ("the
 * frigates we are acquiring from ⟨A⟩", "the jets that ⟨B⟩ is buying from ⟨A⟩"), is a transfer as "the frigates we
 * bought from ⟨A⟩" is. Sentences written for these tests.
 */
describe('purchases under way', () => {
  it('reads "we are acquiring" in a ministry statement, for the state it speaks for', async () => {
    const d = await extract(
      'The four Belharra frigates we are acquiring from France will enter service from 2026.',
      '2024-05-02',
      'Ministry of National Defence of Greece',
    );
    expect(transfers(d)).toEqual(['state:FRA > state:GRC: weapon:belharra']);
  });

  it('reads the buyer its clause names, in wire copy', async () => {
    const d = await extract('Deliveries of the 12 Rafale jets that Serbia is buying from France are due by 2028.');
    expect(transfers(d)).toEqual(['state:FRA > state:SRB: weapon:rafale']);
  });

  it('reads the subject of the sentence for "it is purchasing"', async () => {
    const d = await extract('Nigeria expects the AW109 helicopters it is purchasing from Italy to arrive in May.');
    expect(transfers(d)).toEqual(['state:ITA > state:NGA: weapon:aw109']);
  });
});

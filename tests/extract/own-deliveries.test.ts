import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * A supplier's own account of what it delivered, in the first person ("We have delivered ⟨W⟩"), in a ministry's
 * statement or a government's briefing: the state the text speaks for supplies, and whom to, when the clause does not
 * say, is the one state the sentence before named. Sentences written for these tests.
 */
describe('deliveries told by the supplier in the first person', () => {
  it('reads a ministry statement, the recipient named in the sentence before', async () => {
    const d = await extract(
      'Norway stands firmly with Estonia. We have delivered two NASAMS batteries since January and will send more.',
      '2024-05-02',
      'Ministry of Defence of Norway',
    );
    expect(transfers(d)).toEqual(['state:NOR > state:EST: weapon:nasams']);
  });

  it('reads a briefing placed in its capital', async () => {
    const d = await extract(
      'Government press conference, Madrid, 3 May 2024\n\nQUESTION: What is the Government sending to Ukraine?\n\nSPOKESMAN: Spain remains one of the main backers of Ukraine. We sent ten Leopard 2A4 tanks in April.',
      '2024-05-03',
    );
    expect(transfers(d)).toEqual(['state:ESP > state:UKR: weapon:leopard-2a4']);
  });

  it('reads no transfer where what is delivered is no weapon, or the recipient is told', async () => {
    const a = await extract(
      'Japan has protested to China. We delivered a clear message to Beijing.',
      '2024-05-02',
      'Ministry of Foreign Affairs of Japan',
    );
    expect(transfers(a)).toEqual([]);
    const b = await extract(
      'Poland backs Ukraine and Moldova. We have supplied 14 Krab howitzers to Ukraine.',
      '2024-05-02',
      'Ministry of National Defence of Poland',
    );
    expect(transfers(b)).toEqual(['state:POL > state:UKR: weapon:krab']);
  });
});

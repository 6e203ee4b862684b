import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * Further forms of a weapons transfer: a delivery to the state a story is
 * about with another clause after it, weapons a briefing's "we" acquires,
 * a purchase "decided", weapons leased or smuggled. Sentences written for
 * these tests.
 */

describe('transfers', () => {
  it('gives a delivery to no one named to the state the story is about, whatever the next clause goes on with', async () => {
    const d = await extract(
      'VIENNA, May 2 - Austria is rearming. Austria has doubled its budget, and Austria now trains with its ' +
        'neighbours. Germany has delivered Leopard tanks, and Austria defends its skies with missiles of its own.',
      '2026-05-02',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:DEU > state:AUT']);
  });

  it('reads weapons a government\'s "we" acquires as its state\'s', async () => {
    const d = await extract(
      'Statement of the Ministry of National Defence of Greece\n\nWe are acquiring used Mirage fighters from Qatar and Oman.',
      '2026-05-02',
      'Ministry of National Defence of Greece',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:OMN > state:GRC', 'state:QAT > state:GRC']);
  });

  it('reads a purchase a buyer has decided on, and weapons leased from a state', async () => {
    const a = await extract('Officials said Peru had decided to buy Gripen fighters from Sweden.', '2026-05-02');
    expect(transfers(a, { weapon: false })).toEqual(['state:SWE > state:PER']);
    const b = await extract('Chile leased six patrol boats from Spain in 2024.', '2026-05-02');
    expect(transfers(b, { weapon: false })).toEqual(['state:ESP > state:CHL']);
  });

  it('reads weapons smuggled to an armed group as a transfer, and none when denied', async () => {
    const a = await extract('Officials accused Iran of smuggling rockets to Hezbollah.', '2026-05-02');
    expect(transfers(a, { weapon: false })).toEqual(['state:IRN > org:hezbollah']);
    const b = await extract('Iran denied that it had smuggled rockets to Hezbollah.', '2026-05-02');
    expect(transfers(b, { weapon: false })).toEqual([]);
  });
});

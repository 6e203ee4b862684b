import { describe, expect, it } from 'vitest';
import { extract, systems, transfers } from './drafts.js';

/**
 * A supply told as going on ("will keep sending", "continued supplying") and a weapon system named with its block or
 * flight ("F-16 Block 70"). Sentences written for these tests.
 */

describe('a supply told as going on', () => {
  it('reads "keep", "continue" and "go on" before the verb of supplying', async () => {
    const wire = await extract('Germany will keep sending Leopard tanks to Poland, the minister said.');
    expect(transfers(wire, { weapon: false })).toEqual(['state:DEU > state:POL']);
    const un = await extract(
      'The representative of France said his country would continue providing Chad with Mistral missiles.',
    );
    expect(transfers(un, { weapon: false })).toEqual(['state:FRA > state:TCD']);
    const statement = await extract('Despite the embargo, Belarus went on selling Igla missiles to Sudan.');
    expect(transfers(statement, { weapon: false })).toEqual(['state:BLR > state:SDN']);
  });
});

describe('a weapon system named with its block or flight', () => {
  it('keeps the block, flight or tranche in the name', async () => {
    const wire = await extract('Romania agreed to buy 32 F-16 Block 72 fighters from the United States.');
    expect(systems(wire)).toEqual(['F-16 Block 72']);
    const un = await extract('He said the navy would commission three Type 26 Batch 2 frigates.');
    expect(systems(un)).toEqual(['Type 26 Batch 2']);
    const statement = await extract('The Ministry has ordered 20 KF-21 Block I fighters.');
    expect(systems(statement)).toEqual(['KF-21 Block I']);
  });
});

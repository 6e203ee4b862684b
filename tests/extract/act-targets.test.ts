import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * The party a claim is aimed at when its words name an act rather than a
 * party: whoever the text holds did the act. Sentences written for these
 * tests.
 */

describe('a criticism of an act another claim has charged', () => {
  it('aims "condemned the strike" at whom an earlier protest of the strike was aimed', async () => {
    const draft = await extract(
      "Iraq's foreign ministry summoned Turkey's ambassador on Monday to protest a drone strike near Sinjar. " +
        'Iran condemned the strike on Tuesday.',
    );
    expect(lines(draft)).toContain('state:IRN CRITICIZE state:TUR');
  });

  it('aims it at no one when nothing in the text says who struck', async () => {
    const draft = await extract('A drone strike hit a market near Sinjar on Monday. Iran condemned the strike on Tuesday.');
    expect(lines(draft).filter((l) => l.startsWith('state:IRN'))).toEqual(['state:IRN CRITICIZE -']);
  });
});

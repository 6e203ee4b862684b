import { describe, expect, it } from 'vitest';
import { extract, events } from './drafts.js';

/**
 * Confrontations between forces short of a strike (a scuffle, a skirmish,
 * a gunfight, a stand-off), drafted as events of no category of their own
 * when the text gives their date or place; and an event named anew after
 * "that" ("said that a scuffle had broken out on ...") is not one named
 * before. Sentences written for these tests.
 */
describe('confrontations between forces', () => {
  it('reads a scuffle, a skirmish or a gunfight with its date or place', async () => {
    const a = await extract(
      'Army officers said that a scuffle had broken out at the border post on 14 May.',
      '2024-07-03',
    );
    expect(events(a)).toEqual(['OTHER 2024-05-14']);
    const b = await extract(
      'Two policemen were wounded in a gunfight near the village of Zvecan on Sunday.',
      '2024-07-03',
    );
    expect(events(b)).toEqual(['OTHER 2024-06-30']);
    const c = await extract(
      'A brief skirmish between the two navies on 3 March ended without casualties.',
      '2024-07-03',
    );
    expect(events(c)).toEqual(['OTHER 2024-03-03']);
  });

  it('dates an event by the clause of its breaking out when the sentence gives another date too', async () => {
    const d = await extract(
      'Police said the town was now calm, and that clashes had erupted outside the stadium on 2 May.',
      '2024-07-03',
    );
    expect(events(d)).toEqual(['STRIKE 2024-05-02']);
  });

  it('reads a stand-off at a place, and leaves a stand-off named with neither date nor place undrafted', async () => {
    const a = await extract('The stand-off in the Galwan valley has now lasted seven weeks.');
    expect(events(a)).toEqual(['OTHER -']);
    const b = await extract('Neither side wants the stand-off to last.');
    expect(events(b)).toEqual([]);
  });
});

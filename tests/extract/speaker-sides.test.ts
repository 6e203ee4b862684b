import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * Whom a speaker speaks for when the text does not put the state in the speaker's title: an official named by
 * office alone, a body whose name says its state, a capital speaking in the years of a state since dissolved.
 * Sentences written for these tests.
 */

describe('an official named by office alone', () => {
  it('speaks for the state whose capital they spoke in, not the state their quotation warned', async () => {
    const draft = await extract(
      'Two fishermen were killed when a shell from the fighting across the river landed in a village on Tuesday.\n\n' +
        '"Laos must make sure that no shell crosses our border again," Foreign Minister Somchai Rattana told reporters in Bangkok.',
    );
    const warned = claim(draft, 'person:somchai-rattana', 'DEMAND', 'state:LAO');
    expect(warned.onBehalfOf).toBe('state:THA');
  });

  it("speaks for the dateline's state when the text names no capital and no state before the quotation", async () => {
    const draft = await extract(
      'NAIROBI, March 3 - Police said on Monday that they had arrested four men near the border.\n\n' +
        '"Somalia must stop the militants who cross into our country," Interior Minister Daniel Kiprono said.',
    );
    expect(claim(draft, 'person:daniel-kiprono', 'DEMAND', 'state:SOM').onBehalfOf).toBe('state:KEN');
  });
});

import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/extract/types.js';
import { documentOf, extract } from './drafts.js';

/**
 * Drafts named by what they would do, with the participles texts give
 * them ("recommending", "asking", "reaffirming") and the sponsor's
 * adjective before them. Sentences written for these tests.
 */

const resolutions = (d: Draft) =>
  documentOf(d)
    .entities.filter((e) => e.type === 'Resolution')
    .map((e) => e.name as string);

describe('a draft named by what it would do', () => {
  it('reads a draft recommending, asking or reaffirming', async () => {
    const analysis = await extract(
      'In 1955 the Republic of China vetoed a draft resolution recommending the admission of Mongolia to the United Nations.',
    );
    expect(resolutions(analysis)).toEqual([
      'Draft resolution recommending the admission of Mongolia to the United Nations',
    ]);
    const un = await extract(
      'The Council failed to adopt a French draft resolution asking the Secretary-General to report on the ceasefire.',
    );
    expect(resolutions(un)).toEqual(['Draft resolution asking the Secretary-General to report on the ceasefire']);
    const wire = await extract(
      'Algeria circulated a draft resolution reaffirming the territorial integrity of Libya, diplomats said.',
    );
    expect(resolutions(wire)).toEqual(['Draft resolution reaffirming the territorial integrity of Libya']);
  });

  it("drafts nothing for a sponsor's draft with nothing said of it", async () => {
    const d = await extract('The Council will vote on a Brazilian draft resolution next week.');
    expect(resolutions(d)).toEqual([]);
  });
});

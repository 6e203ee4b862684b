import { describe, expect, it } from 'vitest';
import { conjugate, spellings } from '../../src/extract/verbs.js';

/**
 * Every form of a verb in the tables is matched in both spellings, whichever
 * one compromise conjugates to: wire copy writes "labeled", UN coverage and
 * British statements "labelled".
 */
describe('the spellings of a verb form', () => {
  it('gives the British doubled l for an American form, and the American for a British one', () => {
    expect(spellings(conjugate('label').PastTense)).toEqual(expect.arrayContaining(['labeled', 'labelled']));
    expect(spellings(conjugate('signal').Gerund)).toEqual(expect.arrayContaining(['signaling', 'signalling']));
    expect(spellings('travelled')).toEqual(expect.arrayContaining(['travelled', 'traveled']));
  });

  it('leaves a word of one syllable or with a double vowel before the l as it is', () => {
    expect(spellings('called')).toEqual(['called']);
    expect(spellings('appealed')).toEqual(['appealed']);
    expect(spellings('ruled')).toEqual(['ruled']);
  });
});

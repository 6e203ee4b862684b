import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Parties named by reference rather than by name: a pronoun speaking, a pronoun object, and the side that threatens to
 * respond in a warning. Sentences written for these tests.
 */

describe('"it" speaking after a sentence about a state', () => {
  it('is the state the sentence before opened on, not a body that spoke further back', async () => {
    const draft = await extract(
      'The Chilean foreign ministry said the 1904 treaty had settled the border for good. Bolivia has long sought a way back to the sea. In 2013 it accused Chile at the court in The Hague of refusing to negotiate in good faith.',
    );
    expect(lines(draft)).toContain('state:BOL ACCUSE state:CHL');
    expect(lines(draft)).not.toContain('org:chile-ministry-of-foreign-affairs ACCUSE state:CHL');
  });

  it('reads a second text of the same form', async () => {
    const draft = await extract(
      'The Kenyan foreign ministry said the talks in Nairobi had been useful. Somalia recalled its ambassador the following week. On Monday it accused Kenya of meddling in the affairs of Jubaland.',
    );
    expect(lines(draft)).toContain('state:SOM ACCUSE state:KEN');
  });

  it('stays the speaker when someone spoke in the sentence before', async () => {
    const draft = await extract(
      'The Serbian foreign ministry accused Kosovo of provoking the clashes in the north. It said the raids on Serbian institutions had to stop.',
    );
    expect(draft.claims.every((c) => c.speaker === 'org:serbia-ministry-of-foreign-affairs')).toBe(true);
  });
});

describe('"accused it of ..." with no claim before to stand for', () => {
  it('is the doer the clause before it in the sentence is about', async () => {
    const draft = await extract(
      "The Ethiopian foreign ministry said Eritrea's troops were still inside the Tigray region and accused it of blocking aid convoys.",
    );
    expect(lines(draft)).toContain('org:ethiopia-ministry-of-foreign-affairs ACCUSE state:ERI');
  });

  it('reads a possessive subject in another sentence of the form', async () => {
    const draft = await extract(
      "A State Department spokesperson said Nicaragua's ties with Moscow posed a threat to regional security, and accused it of crushing the opposition.",
    );
    expect(lines(draft)).toContain('org:us-department-of-state ACCUSE state:NIC');
  });

  it('is the state the sentence before opened on when nothing comes before it in its own', async () => {
    const draft = await extract(
      "Venezuela moved troops to the Essequibo border last week. Guyana's foreign minister accused it of threatening the region's peace.",
    );
    expect(lines(draft)).toContain('state:GUY ACCUSE state:VEN');
  });
});

describe('a warning that the side named will respond', () => {
  it('is aimed at the parties the words before it are about, not at the side that responds', async () => {
    const draft = await extract(
      'Lars Hedin, an analyst in Stockholm, said Russia was probing the Baltic cables and warned that Sweden would respond by closing its waters to Russian ships.',
    );
    expect(lines(draft)).toContain('person:lars-hedin WARN state:RUS');
    expect(lines(draft)).not.toContain('person:lars-hedin WARN state:SWE');
  });

  it('aims at each of two parties named together before it', async () => {
    const draft = await extract(
      'Rahul Menon, of a research institute in New Delhi, said China and Pakistan were building a joint naval base and warned that India would take the necessary measures to protect its interests.',
    );
    expect(lines(draft)).toEqual(
      expect.arrayContaining(['person:rahul-menon WARN state:CHN', 'person:rahul-menon WARN state:PAK']),
    );
    expect(lines(draft)).not.toContain('person:rahul-menon WARN state:IND');
  });

  it('aims at no one when the words before it name no doer', async () => {
    const draft = await extract(
      'Erhan Kaya, a researcher in Istanbul, said the new radars could see deep into the region and warned that Ankara would respond by strengthening its forces in the north.',
    );
    expect(lines(draft)).toContain('person:erhan-kaya WARN -');
    expect(lines(draft)).not.toContain('person:erhan-kaya WARN state:TUR');
  });

  it('still aims "⟨B⟩ would pay a price" at ⟨B⟩', async () => {
    const draft = await extract('The Kremlin warned that Finland would pay a price for joining NATO.');
    expect(lines(draft).some((l) => /WARN state:FIN$/.test(l))).toBe(true);
  });
});

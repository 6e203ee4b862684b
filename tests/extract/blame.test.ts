import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Blame and denials told without a verb of accusing or denying: a state
 * held responsible, responsibility borne, a harm told by its cause, and
 * accusations called untrue in so many words. Sentences written for these
 * tests.
 */

describe('blame laid without a verb of accusing', () => {
  it('reads "holds ⟨B⟩ responsible" as an accusation, a capital speaking for its state', async () => {
    const draft = await extract(
      'Moscow holds Washington responsible for the missile strike on the beach near Sevastopol.',
    );
    claim(draft, 'state:RUS', 'ACCUSE', 'state:USA');
  });

  it('leaves "will hold ⟨B⟩ accountable" a warning', async () => {
    const draft = await extract(
      'The United Kingdom will hold Iran accountable for the seizure of the tanker, the Foreign Office said.',
    );
    claim(draft, 'org:foreign-office', 'WARN', 'state:IRN');
    expect(lines(draft).filter((l) => l.includes(' ACCUSE '))).toEqual([]);
  });

  it('reads "⟨B⟩ bears full responsibility for ..." as an accusation of ⟨B⟩', async () => {
    const draft = await extract(
      'The Lithuanian foreign ministry said Belarus bears full responsibility for the balloons that closed Vilnius airport.',
    );
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'ACCUSE', 'state:BLR');
  });
});

describe('a harm told by its cause', () => {
  it('reads "caused by ⟨B⟩\'s ..." as an accusation of ⟨B⟩', async () => {
    const draft = await extract(
      "Pakistan's foreign ministry said the flooding in Punjab was caused by India's release of water from its dams without warning.",
    );
    claim(draft, 'org:pakistan-ministry-of-foreign-affairs', 'ACCUSE', 'state:IND');
  });

  it('reads "the direct result of" and "the sole cause of ... was" as blame of the party named', async () => {
    const draft = await extract(
      'The Cuban delegate said the shortages of medicine were the direct result of the United States embargo. The representative of Iran said the sole cause of instability in the Red Sea was the aggression of Israel.',
    );
    claim(draft, 'state:CUB', 'ACCUSE', 'state:USA');
    claim(draft, 'state:IRN', 'ACCUSE', 'state:ISR');
  });

  it('blames no one when the cause names no party', async () => {
    const draft = await extract(
      'The Russian delegate said the crisis in Haiti was the product of decades of foreign interference.',
    );
    expect(lines(draft).filter((l) => l.includes(' ACCUSE '))).toEqual([]);
  });
});

describe('a denial told without a verb of denying', () => {
  it('reads "There is no truth in these allegations" as a denial of the accusation before it', async () => {
    const draft = await extract(
      'Russia accused Ukraine of blowing up the pipeline. There is no truth in these allegations, the Ukrainian foreign ministry said.',
    );
    claim(draft, 'org:ukraine-ministry-of-foreign-affairs', 'DENY', 'state:RUS');
  });

  it('reads "those claims have no basis" as a denial', async () => {
    const draft = await extract(
      'Somalia said Kenyan troops had crossed into Gedo. "Those claims have no basis," the Kenyan defence ministry said.',
    );
    claim(draft, 'org:kenya-ministry-of-defence', 'DENY', 'state:SOM');
  });
});

describe('a warning that names no one', () => {
  it('is aimed at no one when it threatens "any attack", not at whom the speaker criticized just before', async () => {
    const draft = await extract(
      'The representative of Cuba condemned the naval deployment of the United States and warned that any attack on Cuban territory would have grave consequences for the whole region.',
    );
    claim(draft, 'state:CUB', 'CRITICIZE', 'state:USA');
    expect(claim(draft, 'state:CUB', 'WARN').targets).toEqual([]);
  });

  it('stays aimed at the party it names', async () => {
    const draft = await extract(
      'The representative of Cuba warned that the United States would bear the consequences of any attack on Cuban territory.',
    );
    claim(draft, 'state:CUB', 'WARN', 'state:USA');
  });
});

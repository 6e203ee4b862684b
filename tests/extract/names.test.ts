import { describe, expect, it } from 'vitest';
import { claim, extract } from './drafts.js';

/**
 * Names of bodies that look like people's and people named with their
 * institute: a front, a movement or a coordination of movements is an
 * organization that speaks, and "⟨person⟩ of the ⟨institute⟩" is a person
 * who works there, not part of the institute's name. Sentences written for
 * these tests. A state's rulers named by what they are called ("the
 * junta" once the text has said whose, "the regime in ⟨capital⟩") are the
 * state.
 */

describe('fronts, movements and people of an institute', () => {
  it('reads a front and a coordination of movements as organizations that accuse', async () => {
    const draft = await extract(
      'The Sudan Liberation Front accused Chad on Friday of arming militias. The Coordination of Darfur Movements said a Sudanese air strike had killed nine civilians near Tawila.',
    );
    claim(draft, 'org:sudan-liberation-front', 'ACCUSE', 'state:TCD');
    claim(draft, 'org:coordination-of-darfur-movements', 'ACCUSE', 'state:SDN');
    expect(draft.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('keeps "⟨person⟩ of the ⟨institute⟩" a person and the institute a body of its own', async () => {
    const draft = await extract(
      '"Ankara wants leverage in Brussels," said Elif Demir of the Istanbul Centre for Foreign Policy Studies.',
    );
    const keys = draft.entities.map((e) => e.key);
    expect(keys).toEqual(
      expect.arrayContaining(['person:elif-demir', 'org:istanbul-centre-for-foreign-policy-studies']),
    );
    expect(keys.filter((k) => k.includes('demir-of'))).toEqual([]);
    claim(draft, 'person:elif-demir', 'STATE');
  });

  it('gives the words of "⟨person⟩ of the ⟨institute⟩ said" or "⟨person⟩, an analyst at ⟨institute⟩, said" to the person', async () => {
    const draft = await extract(
      'Elif Demir of the Istanbul Centre for Foreign Policy Studies said the sanctions were counterproductive. Jonas Berg, a senior analyst at the Stockholm International Peace Research Institute, said the deliveries were unprecedented.',
    );
    expect(claim(draft, 'person:elif-demir', 'CRITICIZE').speaker).toBe('person:elif-demir');
    claim(draft, 'person:jonas-berg', 'CRITICIZE');
    expect(draft.claims.filter((c) => c.speaker.startsWith('org:')).map((c) => c.speaker)).toEqual([]);
  });
});

describe("a state's rulers named by what they are called", () => {
  it('reads "⟨State⟩\'s transitional government" and "⟨State⟩\'s ⟨group⟩ government" as the state', async () => {
    const draft = await extract(
      "Mali's transitional government accused Algeria of harbouring terrorists. Afghanistan's Taliban government accused Pakistan of bombing a market in Khost.",
    );
    claim(draft, 'state:MLI', 'ACCUSE', 'state:DZA');
    claim(draft, 'state:AFG', 'ACCUSE', 'state:PAK');
  });

  it('reads the Taliban, who govern Afghanistan, as speaking for it', async () => {
    const draft = await extract('The Taliban accused Iran of mistreating Afghan migrants.');
    expect(claim(draft, 'org:taliban', 'ACCUSE', 'state:IRN').onBehalfOf).toBe('state:AFG');
  });

  it('reads "the junta" after "⟨State\'s⟩ junta", and "the regime in ⟨capital⟩", as the state', async () => {
    const draft = await extract(
      "The Karen National Union accused Myanmar's junta on Monday of shelling a clinic. The junta rejected the accusation. Lithuania said the regime in Minsk must release the detained journalists.",
    );
    claim(draft, 'org:karen-national-union', 'ACCUSE', 'state:MMR');
    claim(draft, 'state:MMR', 'DENY', 'org:karen-national-union');
    claim(draft, 'state:LTU', 'DEMAND', 'state:BLR');
  });
});

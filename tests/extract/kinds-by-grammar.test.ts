import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The kind a claim takes from the grammar of what is said, whatever the reporting verb: a wrong told as fact with its
 * author named (after "by", after "from", or as the subject of a hostile aim) is an accusation; a consequence a party is
 * told it will face is a warning; a reproach of the past ("should have") is a criticism, not a demand; and a verdict
 * ("faulted ⟨B⟩ for ...") criticises conduct but accuses a hostile act. Each on sentences written for these tests.
 */

const kinds = async (text: string, speaker: string) =>
  (await extract(text)).claims.filter((c) => c.speaker === speaker).map((c) => c.kind);

describe('a reproach of the past is a criticism, not a demand', () => {
  it('reads "should have" with a named party as a criticism of it (UN meetings coverage)', async () => {
    const draft = await extract(
      'The representative of Peru said the Council should have acted on the panel’s warnings before the fighting spread.',
    );
    claim(draft, 'state:PER', 'CRITICIZE');
    expect(lines(draft).filter((l) => l.includes(' DEMAND '))).toEqual([]);
  });

  it('reads "should never have" in a quotation as a criticism of the party (wire copy)', async () => {
    const draft = await extract(
      '"Kenya should never have closed the border without consulting its neighbours," the Ugandan foreign minister, Abel Mutesa, told reporters.',
    );
    claim(draft, 'person:abel-mutesa', 'CRITICIZE', 'state:KEN');
  });

  it('reads "ought to have" as a criticism (government statement)', async () => {
    const draft = await extract(
      'The Chilean foreign ministry said Bolivia ought to have informed the commission before it diverted the river.',
    );
    claim(draft, 'org:chile-ministry-of-foreign-affairs', 'CRITICIZE', 'state:BOL');
  });

  it('keeps "should" with a present act a demand', async () => {
    const draft = await extract('The representative of Ghana said Mali should stop buying weapons from abroad.');
    claim(draft, 'state:GHA', 'DEMAND', 'state:MLI');
  });

  it('leaves "should have the right", "should have to" and "must have received" uncriticised', async () => {
    expect(
      await kinds(
        'The representative of Brazil said every state should have the right to defend its territory.',
        'state:BRA',
      ),
    ).not.toContain('CRITICIZE');
    expect(
      await kinds('The representative of Norway said the mission should have to report every month.', 'state:NOR'),
    ).not.toContain('CRITICIZE');
    const inferred = await kinds(
      'The representative of Chile said Argentina must have received the letter by now.',
      'state:CHL',
    );
    expect(inferred).not.toContain('DEMAND');
    expect(inferred).not.toContain('CRITICIZE');
  });
});

describe('a consequence a party is told it will face is a warning', () => {
  it('reads "would face sanctions" as a warning (UN meetings coverage)', async () => {
    const draft = await extract(
      'The representative of France said that any group arming the militias would face sanctions.',
    );
    claim(draft, 'state:FRA', 'WARN');
  });

  it('reads "could face prosecution" as a warning (government statement)', async () => {
    const draft = await extract(
      'The Lithuanian foreign ministry said that any state that helps Belarus evade the embargo could face prosecution.',
    );
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'WARN');
  });

  it('reads "will bear full responsibility" as a warning (briefing)', async () => {
    const draft = await extract(
      '"Those who ship drones to the rebels will bear full responsibility for the bloodshed," the Ethiopian spokesman Dawit Alemu said.',
    );
    claim(draft, 'person:dawit-alemu', 'WARN');
  });

  it('reads a step said to expose others to reprisals as a warning', async () => {
    const draft = await extract(
      'The representative of Uruguay said the new rules of engagement could expose unarmed observers to reprisals.',
    );
    claim(draft, 'state:URY', 'WARN');
  });

  it('reads an act said to be seen as a provocation as a warning (analysis)', async () => {
    const draft = await extract(
      '"Every convoy will be seen in Yerevan as a provocation," said Anna Petrosyan, a researcher at a policy institute.',
    );
    claim(draft, 'person:anna-petrosyan', 'WARN');
  });

  it('leaves hardship foretold, sanctions faced in the past and goodwill unwarned', async () => {
    expect(
      await kinds(
        'The representative of Ireland said farmers in the region would face a difficult winter after the drought.',
        'state:IRL',
      ),
    ).not.toContain('WARN');
    expect(
      await kinds(
        'The representative of Japan said the authorities had faced sanctions in 2019 and had since complied.',
        'state:JPN',
      ),
    ).not.toContain('WARN');
    expect(
      await kinds(
        '"This plan will be seen as a sign of goodwill," the Austrian foreign minister Klara Huber said.',
        'person:klara-huber',
      ),
    ).not.toContain('WARN');
  });
});

describe('a wrong told as fact with its author named is an accusation', () => {
  it('reads a passive with "by" and the author named by its demonym (UN meetings coverage)', async () => {
    const draft = await extract(
      'The representative of Mozambique said the port of Beira had been destroyed by Malawian artillery.',
    );
    claim(draft, 'state:MOZ', 'ACCUSE', 'state:MWI');
  });

  it('reads a force armed and run "from" a state as an accusation of that state', async () => {
    const draft = await extract(
      'The Sudanese foreign ministry said the militia had been armed and financed from Chad.',
    );
    claim(draft, 'org:sudan-ministry-of-foreign-affairs', 'ACCUSE', 'state:TCD');
  });

  it('reads an aim to frighten another as an accusation (wire copy)', async () => {
    const draft = await extract(
      '"Serbia wants to frighten Kosovo into giving up its claim," the Albanian prime minister, Edi Rama, said.',
    );
    claim(draft, 'person:edi-rama', 'ACCUSE', 'state:SRB');
  });

  it('reads a party made the instrument of another’s wrong as an accusation of it', async () => {
    const draft = await extract(
      'The representative of Cuba said Canada has made itself an instrument of the blockade imposed by the United States.',
    );
    claim(draft, 'state:CUB', 'ACCUSE', 'state:CAN');
  });

  it('reads arms supplied that were killing people as an accusation of the supplier', async () => {
    const draft = await extract(
      'The representative of Guyana said Venezuela had supplied the mines that were killing fishermen on the river.',
    );
    claim(draft, 'state:GUY', 'ACCUSE', 'state:VEN');
  });

  it('reads arms used to kill as an accusation of whoever uses them', async () => {
    const draft = await extract(
      'The representative of Turkey said the Syrian government used rockets bought abroad to kill civilians.',
    );
    claim(draft, 'state:TUR', 'ACCUSE');
  });

  it('leaves damage by nature, aid financed from abroad and a wish for ties unaccused', async () => {
    expect(
      await kinds('The representative of Nepal said the bridge had been destroyed by floods in August.', 'state:NPL'),
    ).not.toContain('ACCUSE');
    expect(
      await kinds('The representative of Finland said the aid had been financed from Sweden.', 'state:FIN'),
    ).not.toContain('ACCUSE');
    expect(
      await kinds(
        '"Chile wants to strengthen its ties with Peru," the Peruvian minister Ana Torres said.',
        'person:ana-torres',
      ),
    ).not.toContain('ACCUSE');
  });
});

describe('a verdict criticises conduct and accuses a hostile act', () => {
  it('reads "faulted ⟨B⟩ for" conduct as a criticism (UN meetings coverage)', async () => {
    const draft = await extract(
      'The representative of Germany faulted Serbia for circulating the draft only a day before the vote.',
    );
    claim(draft, 'state:DEU', 'CRITICIZE', 'state:SRB');
    expect(lines(draft).filter((l) => l.includes(' ACCUSE '))).toEqual([]);
  });

  it('reads lawmakers faulting their government for its spending as a criticism (wire copy)', async () => {
    const draft = await extract(
      'Some Czech lawmakers have faulted the government for spending too much on foreign tanks.',
    );
    expect(draft.claims.map((c) => c.kind)).toEqual(['CRITICIZE']);
  });

  it('reads "while faulting ⟨B⟩ for a blockade" as an accusation', async () => {
    const draft = await extract(
      'The representative of Canada welcomed the report, while faulting Eritrea for a blockade of the port of Assab.',
    );
    claim(draft, 'state:CAN', 'ACCUSE', 'state:ERI');
  });

  it('reads faulting for arming militias or deploying troops as an accusation', async () => {
    claim(
      await extract(
        'The representative of Estonia faulted the Russian Federation for arming the militias in the east.',
      ),
      'state:EST',
      'ACCUSE',
      'state:RUS',
    );
    claim(
      await extract('The representative of Kenya faulted Somalia for deploying troops across the border.'),
      'state:KEN',
      'ACCUSE',
      'state:SOM',
    );
  });
});

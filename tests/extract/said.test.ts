import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Claims whose kind comes from what is said, not from the verb (the
 * lexicon of src/extract/said.json): a judgement of what someone did is a
 * criticism aimed at whoever the words name doing it, and at no one when
 * they name only whom it hurts; an act announced for the future is a
 * warning; a joint statement's "we" is every state that signs it. Each on
 * sentences written for these tests.
 */

describe('a criticism carried by the words said', () => {
  it('reads a judgement in wire copy as criticism, aimed at no one when the words name only whom it hurts', async () => {
    const draft = await extract(
      'Brazil and India said on Monday that new tariffs would only deepen the crisis in the region, while accusing Argentina of ignoring the talks.',
    );
    const criticism = draft.claims.filter((c) => c.kind === 'CRITICIZE');
    expect(criticism.map((c) => c.speaker).sort()).toEqual(['state:BRA', 'state:IND']);
    // "the region" is what it hurts; the accusation beside it does not lend its target.
    expect(criticism.flatMap((c) => c.targets)).toEqual([]);
    claim(draft, 'state:BRA', 'ACCUSE', 'state:ARG');
  });

  it("aims a judgement at the actor the words name doing something: a possessive, 'by', a subject", async () => {
    const draft = await extract(
      "The representative of Ghana said the arms embargo had outlived its purpose. The representative of Peru said the blockade by Venezuela had become a tool to punish its neighbours. Kenya's delegate said Ethiopia's military support for the rebels posed a grave threat to the region.",
    );
    expect(claim(draft, 'state:GHA', 'CRITICIZE').targets).toEqual([]);
    claim(draft, 'state:PER', 'CRITICIZE', 'state:VEN');
    claim(draft, 'state:KEN', 'CRITICIZE', 'state:ETH');
    // "Ethiopia's military support" is what Ethiopia does, not a body of Ethiopia's.
    expect(draft.entities.map((e) => e.key)).not.toContain('org:ethiopia-military');
  });

  it('keeps a judgement pointing back at what was just done aimed at who did it', async () => {
    const draft = await extract(
      'Chile accused Bolivia of closing the border crossings. "This is counterproductive and it will not solve anything," Foreign Minister Ana Rojas of Chile said.',
    );
    claim(draft, 'person:ana-rojas', 'CRITICIZE', 'state:BOL');
  });
});

describe('a warning carried by the words said', () => {
  it('reads acts announced for the future as warnings: sanctions, measures, a complaint, the right reserved', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Lithuania\n\nThe Government of Lithuania will add four Belarusian companies to its national sanctions list. Lithuania reserves the right to close the remaining crossings on its border with Belarus.',
    );
    expect(lines(draft).filter((l) => l.includes(' WARN '))).toHaveLength(2);
  });
});

describe('a vow to retaliate', () => {
  it('is a warning aimed at whom the speaker accuses in the same sentence; a vow to rebuild is none', async () => {
    const draft = await extract(
      'Armenia accused Azerbaijan on Sunday of shelling border villages in Syunik, and vowed to retaliate. Yerevan vowed to rebuild the damaged homes.',
    );
    claim(draft, 'state:ARM', 'WARN', 'state:AZE');
    expect(draft.claims.filter((c) => c.kind === 'WARN')).toHaveLength(1);
  });
});

describe('a joint statement', () => {
  it('gives its "we" to every state that signs it', async () => {
    const draft = await extract(
      'Joint Statement by the Foreign Ministers of Norway, Denmark and Finland on the Seizure of a Fishing Vessel\n\nWe condemn the seizure of the trawler Nordlys by Russia in international waters. We call on Russia to release its crew without delay. Should the crew not be released, we will impose sanctions on those responsible.',
    );
    for (const signer of ['state:NOR', 'state:DNK', 'state:FIN']) {
      claim(draft, signer, 'CRITICIZE', 'state:RUS');
      claim(draft, signer, 'DEMAND', 'state:RUS');
      claim(draft, signer, 'WARN');
    }
  });
});

describe('an outcome asked for of no one named', () => {
  it('reads "should be ⟨done⟩", "can only be resolved through" and "long overdue" as calls for an outcome, with no target', async () => {
    const draft = await extract(
      "The representative of Gabon said the arms embargo on Libya should be lifted without delay. The representative of Chile said the dispute could be resolved only through negotiations. Norway's delegate said the listing of the commanders was long overdue.",
    );
    for (const state of ['state:GAB', 'state:CHL', 'state:NOR'])
      expect(claim(draft, state, 'CALL_FOR').targets, state).toEqual([]);
  });

  it('reads "⟨B⟩ should be deployed" as an outcome asked for, not a demand of ⟨B⟩, and "⟨B⟩ must withdraw" as a demand', async () => {
    const draft = await extract(
      'Spain said the Malian army should be deployed along the whole border. Portugal said Mali must withdraw its troops from the buffer zone.',
    );
    expect(claim(draft, 'state:ESP', 'CALL_FOR').targets).toEqual([]);
    expect(lines(draft)).not.toContain('state:ESP DEMAND state:MLI');
    claim(draft, 'state:PRT', 'DEMAND', 'state:MLI');
  });

  it('reads "should be cut back", "should be made only ..." and "should be gradual" as calls for an outcome', async () => {
    const draft = await extract(
      "The representative of Gabon said the mission's budget should be cut back to essential tasks. The representative of Chile said any change should be made only with the host country's consent. Norway's delegate said the withdrawal should be gradual and orderly.",
    );
    for (const state of ['state:GAB', 'state:CHL', 'state:NOR'])
      expect(claim(draft, state, 'CALL_FOR').targets, state).toEqual([]);
  });

  it('leaves "we should" a view of the speaker\'s own', async () => {
    const draft = await extract('Austria said we should be prepared for a long winter.');
    expect(lines(draft).filter((l) => l.includes('CALL_FOR'))).toEqual([]);
  });
});

describe('judgements, dismissals, threats and wrongdoing in everyday diplomatic phrasing', () => {
  it('reads raising tensions and foreign interference as criticism, and "in no position to lecture" as one', async () => {
    const draft = await extract(
      'Vietnam said the deployment of Chinese coast guard ships near the reef would escalate tensions. The representative of Bolivia said the unrest was the product of foreign interference. Hungary said a country that jails its critics is in no position to lecture others.',
    );
    claim(draft, 'state:VNM', 'CRITICIZE');
    claim(draft, 'state:BOL', 'CRITICIZE');
    claim(draft, 'state:HUN', 'CRITICIZE');
  });

  it('reads "not directed at any third party", "caused no significant harm" and "that criticism is misplaced" as denials', async () => {
    const draft = await extract(
      'Malaysia accused Indonesia of staging the exercise to intimidate it. Indonesia said the exercise was routine and not directed at any third party. Laos said the dam caused no significant harm downstream. Ecuador said that criticism was entirely misplaced.',
    );
    claim(draft, 'state:IDN', 'DENY', 'state:MYS');
    claim(draft, 'state:LAO', 'DENY');
    claim(draft, 'state:ECU', 'DENY');
  });

  it('reads "will keep pursuing" as a warning, and obstruction, smuggling arms and sheltering terrorists as wrongdoing', async () => {
    const draft = await extract(
      'Uganda said it would keep pursuing the rebels wherever they hide. Egypt said Ethiopia has obstructed every round of talks. Israel said Iran was still smuggling rockets to its allies. India said Pakistan continues to give shelter to terrorists.',
    );
    claim(draft, 'state:UGA', 'WARN');
    claim(draft, 'state:EGY', 'ACCUSE', 'state:ETH');
    claim(draft, 'state:ISR', 'ACCUSE', 'state:IRN');
    claim(draft, 'state:IND', 'ACCUSE', 'state:PAK');
  });
});

describe('what those who count on the ground say', () => {
  it('reads the words of a humanitarian office, a mine action centre or a peacekeeping force as findings', async () => {
    const draft = await extract(
      'The Office for the Coordination of Humanitarian Affairs said the fighting had displaced 20,000 people. The Cambodian Mine Action Centre said 40 new mines had been found near the border. The United Nations Interim Force in Lebanon said its radars had tracked two drones.',
    );
    expect(draft.claims.map((c) => c.kind)).toEqual(['REPORT', 'REPORT', 'REPORT']);
  });
});

describe('judgements by their words, whatever the verb', () => {
  it('reads "called it the fastest ..." as a position and "called it a provocation" as a criticism', async () => {
    const draft = await extract(
      "Polish officials called it the fastest arms purchase in the country's history. Russia called it a provocation.",
    );
    expect(draft.claims.map((c) => `${c.speaker} ${c.kind}`)).toEqual(['state:POL STATE', 'state:RUS CRITICIZE']);
  });

  it('reads "strongly protests yesterday\'s launch by ⟨B⟩" as criticism of ⟨B⟩, the day kept in the words', async () => {
    const draft = await extract("Japan strongly protests yesterday's launch by North Korea of a ballistic missile.");
    expect(claim(draft, 'state:JPN', 'CRITICIZE', 'state:PRK').allegation).toMatch(/^yesterday's launch/);
  });

  it('reads "conveyed our strong objection to the ⟨B⟩ side" as criticism of ⟨B⟩', async () => {
    const draft = await extract('Vietnam said it had conveyed its strong objection to the Chinese side.');
    claim(draft, 'state:VNM', 'CRITICIZE', 'state:CHN');
  });

  it('reads "handed a note of protest to the Ambassador of ⟨B⟩" and "a protest note to ⟨B⟩\'s ambassador" as criticism of ⟨B⟩', async () => {
    const draft = await extract(
      'Armenia said it had handed a note of protest to the Ambassador of Azerbaijan. Suriname said it had handed a protest note to Guyana’s ambassador.',
    );
    claim(draft, 'state:ARM', 'CRITICIZE', 'state:AZE');
    claim(draft, 'state:SUR', 'CRITICIZE', 'state:GUY');
  });
});

describe('a statement issued by a government the heading names', () => {
  it('reads the sentences of "Press Release: The Federal Government of ⟨X⟩ ..." as ⟨X⟩\'s own words', async () => {
    const draft = await extract(
      'Press Release: The Federal Government of Nigeria Condemns the Border Incursion\n\nNigeria will raise this matter with the African Union and reserves the right to review its cooperation with Chadian forces.',
      '2026-03-03',
    );
    expect(claim(draft, 'state:NGA', 'WARN').allegation).toMatch(/reserves the right/);
  });
});

describe('judgements that name a wrong without an adjective', () => {
  it('reads "a blow to", "an act of piracy", "runs counter to", "undermines the" as criticism', async () => {
    const draft = await extract(
      "Greece said Turkey's survey mission was a blow to the talks. Norway seized a Russian trawler on Monday. Russia called the seizure an act of piracy. Armenia said Azerbaijan's new checkpoint runs counter to the ceasefire. Serbia said Kosovo's ban undermines the dialogue.",
    );
    claim(draft, 'state:GRC', 'CRITICIZE', 'state:TUR');
    claim(draft, 'state:RUS', 'CRITICIZE', 'state:NOR');
    claim(draft, 'state:ARM', 'CRITICIZE', 'state:AZE');
    claim(draft, 'state:SRB', 'CRITICIZE', 'state:XKX');
  });
});

describe('legal action announced as a warning', () => {
  it('reads "would take the case to the International Court of Justice" and "would lodge a complaint with ..." as warnings', async () => {
    const draft = await extract(
      'Belize accused Guatemala of occupying the Sapodilla Cayes. Belize said it would take the case to the International Court of Justice. Honduras said it would lodge a formal complaint with the Organization of American States.',
    );
    claim(draft, 'state:BLZ', 'WARN');
    claim(draft, 'state:HND', 'WARN');
  });
});

describe('judgements of a text or a decision', () => {
  it('reads "ignored the ...", "went beyond ...", "prejudged ...", "a failure of ...", "without their consent", "politicizing" as criticism', async () => {
    const draft = await extract(
      'The representative of Brazil said the draft ignored the views of the host country. The representative of ' +
        'Peru said the mandate went beyond what the parties had agreed. Chile said the text prejudged the talks. ' +
        'Kenya called the funding gap a failure of collective responsibility. Ghana said the measures were imposed ' +
        'without their consent. Japan said Seoul was politicizing a fisheries dispute.',
    );
    for (const state of ['state:BRA', 'state:PER', 'state:CHL', 'state:KEN', 'state:GHA', 'state:JPN'])
      claim(draft, state, 'CRITICIZE');
    expect(claim(draft, 'state:JPN', 'CRITICIZE').targets).toEqual(['state:KOR']);
  });

  it('reads "overreacted" as criticism of whoever did', async () => {
    const draft = await extract('Norway said Finland had overreacted to the flight.');
    claim(draft, 'state:NOR', 'CRITICIZE', 'state:FIN');
  });
});

describe("the speaker's side saying it did not do it", () => {
  it('reads "⟨A⟩ is not helping ...", "we have never armed ..." in its own words as denials, and "does not dispute" as none', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Norway\n\nNorway is not helping anyone to wage war. We have never armed the rebels in the north. Norway does not dispute the result of the vote.',
    );
    expect(draft.claims.filter((c) => c.kind === 'DENY').map((c) => c.allegation)).toEqual([
      'Norway is not helping anyone to wage war',
      'We have never armed the rebels in the north',
    ]);
  });
});

describe('warnings that name no one', () => {
  it('reads "will not hesitate to", "will examine every option" and "will answer for it" as warnings, and a threat to anyone as aimed at no one', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Latvia\n\nBelarus has again pushed migrants across the border. Anyone who organises these crossings will answer for it in court. Latvia will not hesitate to name those responsible, whoever they are.',
    );
    const warnings = draft.claims.filter((c) => c.kind === 'WARN');
    expect(warnings.map((c) => c.targets)).toEqual([[], []]);
    const option = await extract('Latvia said it would examine every option if Belarus kept sending migrants.');
    expect(option.claims.map((c) => c.kind)).toContain('WARN');
  });
});

describe("a statement's own voice", () => {
  it('reads "the Ministry" in a ministry\'s statement as the issuer, even after another ministry was named', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Norway\n\nThe Russian Ministry of Foreign Affairs said on Monday that the flights were routine. The Ministry has asked Russia for an explanation.',
    );
    claim(draft, 'org:norway-ministry-of-foreign-affairs', 'DEMAND', 'state:RUS');
  });

  it('reads "asked ⟨B⟩ for ..." as a demand of ⟨B⟩ and "will consider further measures" as a warning', async () => {
    const draft = await extract(
      'Lithuania asked Belarus for an explanation. Lithuania said it would consider further measures.',
    );
    claim(draft, 'state:LTU', 'DEMAND', 'state:BLR');
    claim(draft, 'state:LTU', 'WARN');
  });

  it('reads a claim that justifies ("claimed that the missiles were purely defensive") as a statement, not an accusation', async () => {
    const draft = await extract('Belarus claimed on Monday that the missiles were purely defensive.');
    expect(draft.claims.map((c) => c.kind)).toEqual(['STATE']);
  });
});

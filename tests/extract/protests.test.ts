import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Protests told as acts and findings that record transfers, on sentences
 * written for these tests.
 */

describe('an envoy recalled', () => {
  it('is a protest aimed at the state the envoy was posted to, named by its capital or its name', async () => {
    const draft = await extract(
      'Kenya recalled its high commissioner from Kampala on Friday. Ghana recalled its ambassador from Nigeria for consultations.',
    );
    claim(draft, 'state:KEN', 'CRITICIZE', 'state:UGA');
    claim(draft, 'state:GHA', 'CRITICIZE', 'state:NGA');
  });

  it('with no post named, is aimed at whom the speaker just accused', async () => {
    const draft = await extract(
      'Gabon accused Cameroon of moving troops onto the disputed island, and recalled its own envoy on Monday.',
    );
    expect(lines(draft).filter((l) => l.startsWith('state:GAB'))).toEqual([
      'state:GAB ACCUSE state:CMR',
      'state:GAB CRITICIZE state:CMR',
    ]);
  });

  it('leaves "recalled that ..." a reminder', async () => {
    const draft = await extract('Chile recalled that the treaty had settled the border in 1904.');
    expect(lines(draft)).toEqual(['state:CHL STATE -']);
  });
});

describe('a finding told in the passive', () => {
  const finding = (by: string) =>
    `Maria Olsen, Coordinator of the Group of Experts on the Democratic Republic of the Congo, said rifles had been handed to the Allied Democratic Forces${by} in March.`;

  it('is about the doer its "by" names, not the first party named', async () => {
    const draft = await extract(finding(' by officers of the Uganda People\u2019s Defence Force'));
    expect(lines(draft)).toEqual(['person:maria-olsen REPORT org:uganda-peoples-defence-force']);
  });

  it('without a "by", is about whoever it names', async () => {
    expect(lines(await extract(finding('')))).toEqual(['person:maria-olsen REPORT org:adf']);
  });
});

describe('a finding that records a transfer', () => {
  it('is aimed at neither end of the transfer', async () => {
    const draft = await extract(
      'Turkey delivered six Bayraktar TB2 drones to the Kenyan army in 2023, according to the Stockholm International Peace Research Institute.',
    );
    const report = claim(draft, 'org:sipri', 'REPORT');
    expect(report.targets).toEqual([]);
  });

  it('keeps the target of a finding of a wrong that names no transfer', async () => {
    const draft = await extract(
      'According to the Stockholm International Peace Research Institute, Turkey violated the embargo on Libya.',
    );
    expect(draft.claims.some((c) => c.speaker === 'org:sipri' && c.targets.includes('state:TUR'))).toBe(true);
  });
});

describe('concern over an act the text reported', () => {
  it('is aimed at whoever made the announcement or launched the drills', async () => {
    const draft = await extract(
      'Vanuatu rejects the announcement by France on 3 May that it has extended its exclusive economic zone around the islands. Fiji and Samoa have voiced concern over the announcement. Indonesia launched naval drills near the border on Monday. Australia expressed concern over the drills.',
    );
    claim(draft, 'state:FJI', 'CRITICIZE', 'state:FRA');
    claim(draft, 'state:WSM', 'CRITICIZE', 'state:FRA');
    claim(draft, 'state:AUS', 'CRITICIZE', 'state:IDN');
  });
});

describe('a protest told as an act', () => {
  it('reads "protested on Tuesday against ..." as a protest aimed at whom its words name', async () => {
    const draft = await extract('Japan protested on Tuesday against a new Chinese platform in the East China Sea.');
    claim(draft, 'state:JPN', 'CRITICIZE', 'state:CHN');
  });

  it('aims a note of protest handed to an envoy or a mission at the state it serves', async () => {
    const draft = await extract(
      'Guyana delivered a note of protest to the Ambassador of Venezuela on Monday. Tonga has conveyed a formal protest to the High Commission of Fiji in Nukualofa.',
    );
    claim(draft, 'state:GUY', 'CRITICIZE', 'state:VEN');
    claim(draft, 'state:TON', 'CRITICIZE', 'state:FJI');
  });

  it('leaves goods delivered and troops sent alone', async () => {
    const draft = await extract('Peru delivered the grain to Chile. Brazil sent troops to the border with Venezuela.');
    expect(draft.claims).toEqual([]);
  });
});

describe('an attack whose doer claimed it', () => {
  it('aims a later condemnation of the attack at who claimed it', async () => {
    const draft = await extract(
      "Two soldiers were killed in Monday's raid on a border post, which was claimed by a group calling itself the Eastern Liberation Front. Ghana condemned the attack. Al-Shabaab claimed responsibility for the bombing in Baidoa. Kenya condemned the bombing.",
    );
    claim(draft, 'state:GHA', 'CRITICIZE', 'org:eastern-liberation-front');
    claim(draft, 'state:KEN', 'CRITICIZE', 'org:al-shabaab');
  });
});

describe('"dispute" as a verb', () => {
  it('denies something said, not land two states dispute', async () => {
    const draft = await extract(
      'Belize and Guatemala dispute the strip of land south of the river. Guatemala disputed the figures given by the commission.',
    );
    expect(draft.claims.map((c) => `${c.speaker} ${c.kind}`)).toEqual(['state:GTM DENY']);
  });
});

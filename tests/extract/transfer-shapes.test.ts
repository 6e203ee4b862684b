import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * Transfers told in shapes the older patterns missed: a buyer named by its armed service in the clause of a weapon
 * bought from a seller, a gift with no recipient named in a text that speaks for a state, a choice of a weapon from a
 * seller, numbers alone in a list of purchases, a US letter of offer and acceptance, and the systems a received whole
 * is said to include. Sentences written for these tests.
 */
describe('transfers by shape', () => {
  it('reads the state a briefing speaks for as the buyer its service names, whatever seller a preposition named before', async () => {
    const briefing = await extract(
      'Press briefing by the spokesperson of the Ministry of Defence of Peru, Lima, 3 March 2024\n\n' +
        'Q: Is the navy rearming?\n\n' +
        'MR. SALAS: No. The four patrol boats that the navy bought from South Korea replaced two older ships from Italy, ' +
        'and the Mi-17 helicopters bought from Russia in 2011 will be retired.',
      '2024-03-03',
    );
    expect(transfers(briefing, { weapon: false })).toEqual(['state:KOR > state:PER', 'state:RUS > state:PER']);
  });

  it('reads a gift with no recipient named as one to the state a briefing speaks for', async () => {
    const briefing = await extract(
      'Press briefing by the spokesperson of the Ministry of Foreign Affairs of Fiji, Suva, 5 May 2023\n\n' +
        'Q: Can the navy patrol the reefs?\n\n' +
        'MS. RATU: Yes. Japan has donated a patrol vessel, which arrived last month.',
      '2023-05-05',
    );
    expect(transfers(briefing, { weapon: false })).toEqual(['state:JPN > state:FJI']);
  });

  it('reads a weapon chosen or selected from a seller as bought from it', async () => {
    const wire = await extract('Poland chose K2 tanks from South Korea in 2022.');
    expect(transfers(wire)).toEqual(['state:KOR > state:POL: weapon:k2']);
    const analysis = await extract(
      'In 2021 Switzerland selected the F-35A fighters from the United States over the Rafale.',
    );
    expect(transfers(analysis, { weapon: false })).toEqual(['state:USA > state:CHE']);
  });

  it('reads a number alone in a list of purchases as more of the first weapon, from its own seller', async () => {
    const wire = await extract(
      'Slovakia has bought the Mi-17 helicopters it flies since 2005: 10 from Russia, delivered over six years, and 4 from Ukraine.',
    );
    expect(transfers(wire)).toEqual(['state:RUS > state:SVK: weapon:mi-17', 'state:UKR > state:SVK: weapon:mi-17']);
    const analysis = await extract('Chile bought 12 F-16 fighters from the Netherlands and 6 from the United States.');
    expect(transfers(analysis)).toEqual(['state:NLD > state:CHL: weapon:f-16', 'state:USA > state:CHL: weapon:f-16']);
  });

  it('reads a letter of offer and acceptance as the deal of a sale', async () => {
    const d = await extract(
      'Bulgaria signed a letter of offer and acceptance with the United States on Monday for eight F-16 Block 70 fighters.',
    );
    expect(transfers(d, { weapon: false })).toEqual(['state:USA > state:BGR']);
  });

  it('reads the systems a received whole is said to include', async () => {
    const d = await extract(
      'In the 1950s Greece received American military aid, including M47 tanks and F-84 fighters.',
    );
    expect(transfers(d)).toContain('state:USA > state:GRC: weapon:m47');
  });
});

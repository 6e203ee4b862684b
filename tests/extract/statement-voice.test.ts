import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The own voice of government statements and press briefings, by class of
 * sentence: a request for help or for a meeting made of a body or a state
 * (a demand of each party applied to); an appeal to the parties that arm
 * another (a demand of each supplier the text names). Sentences written for
 * these tests.
 */

/** The targets of the draft's demands, in the order drafted. */
const demands = (draft: Awaited<ReturnType<typeof extract>>) =>
  draft.claims.filter((c) => c.kind === 'DEMAND').flatMap((c) => c.targets);

const statement = (heading: string, body: string) => extract(`${heading}\n\nTbilisi, 3 March 2026\n\n${body}`);

describe('a request for help or for a meeting, made of a body or a state', () => {
  it('reads an application to two parties, each under its own instrument, as a demand of each', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of Georgia',
      'Russian troops crossed the administrative boundary line near Gori overnight. Georgia has formally applied to the European Union under its solidarity clause and to the United States under the Charter on Strategic Partnership.',
    );
    expect(demands(draft)).toEqual(['org:european-union', 'state:USA']);
  });

  it('reads a request for an urgent meeting or session of a body as a demand of that body', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of the Republic of Moldova',
      'Unidentified drones crashed on Moldovan territory near Ocnita on Sunday. The Republic of Moldova has requested an emergency session of the Security Council. The Government also requested an urgent meeting of the OSCE Permanent Council.',
    );
    expect(demands(draft)).toEqual(['org:un-security-council', 'org:osce-permanent-council']);
  });

  it('reads an application for help told by a spokesperson as a demand, and one for membership as none', async () => {
    const draft = await extract(
      'Briefing by the Spokesperson of the Ministry of Foreign Affairs of Armenia, Ani Grigoryan, Yerevan, 14 April 2026\n\nGRIGORYAN: Good afternoon. Azerbaijani units shelled Jermuk again this morning. We applied to the Russian Federation for assistance under the 1997 treaty.\n\nQUESTION: Is Armenia still seeking to join the European Union?\n\nGRIGORYAN: Armenia applied to the European Union for membership last year, and that process continues.\n',
    );
    claim(draft, 'person:ani-grigoryan', 'DEMAND', 'state:RUS');
    expect(demands(draft)).toEqual(['state:RUS']);
  });
});

describe('an appeal to the parties that arm another, named by what they do', () => {
  it('reads "the states that arm ⟨B⟩" in a statement as a demand of the supplier the text named', async () => {
    const draft = await statement(
      'Statement of the Ministry of Foreign Affairs of Georgia',
      'Turkey supplied Bayraktar TB2 drones to Azerbaijan in 2020. We call on the states that arm Azerbaijan to stop these deliveries.',
    );
    expect(demands(draft)).toEqual(['state:TUR']);
  });

  it('reads "all suppliers of ⟨B⟩" in wire copy as a demand of each supplier named before', async () => {
    const draft = await extract(
      'ISLAMABAD, May 4 (Reuters) - Russia delivered S-400 air defence systems to India in 2021. France sold 36 Rafale jets to India in 2016. Pakistan on Sunday urged all suppliers of India to stop feeding an arms race in South Asia, the foreign office said.',
    );
    expect(demands(draft).sort(), lines(draft).join('\n')).toEqual(['state:FRA', 'state:RUS']);
  });

  it('reads "the States that continue to arm ⟨B⟩" in meetings coverage as a demand of the supplier', async () => {
    const draft = await extract(
      'Security Council\n9876th Meeting (AM)\n\nThe representative of Ukraine said Iran had supplied Shahed drones to the Russian Federation, which used them against Ukrainian cities. He called on the States that continue to arm the Russian Federation to stop.',
    );
    expect(demands(draft)).toEqual(['state:IRN']);
  });
});

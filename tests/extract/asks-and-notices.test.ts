import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The speaker's own voice in statements, briefings and reported words, where no verb of charging gives the kind:
 * "I" asking, as "we" does ("I call on our partners to decide quickly"), the means the side says it needs ("we need
 * at least seven more"), another party praised as a friend or a partner ("⟨B⟩ is a true friend of ⟨A⟩"), a party
 * told something ("We have explained our reasons to ⟨B⟩", "⟨B⟩ was informed in advance"), and parties thanked and
 * asked in one sentence ("thanks ⟨A⟩ and ⟨B⟩ ..., and asks them to ..."). Sentences written for these tests.
 */

const statement = (heading: string, body: string) => extract(`${heading}\n\nVilnius, 12 May 2026\n\n${body}`);

const briefing = (heading: string, label: string, answers: string[], question = 'Q (LRT): Your comment?') =>
  extract(`${heading}\n\n${answers.map((a, i) => `${i ? `${question}\n\n` : ''}${label}: ${a}`).join('\n\n')}`);

const LITHUANIA = 'Statement of the Ministry of Foreign Affairs of the Republic of Lithuania';
const NAVY_BRIEFING =
  'Briefing by the spokesperson of the Ministry of National Defence of the Republic of Lithuania, Colonel Rimas Daukantas, Vilnius, 12 May 2026';
const byMinistry = (draft: Awaited<ReturnType<typeof extract>>, kind: string) =>
  draft.claims.filter((c) => c.kind === kind).map((c) => `${c.onBehalfOf ?? c.speaker} ${c.targets.join(',') || '-'}`);

describe('"I" asking in a statement or an answer, as "we" does', () => {
  it('reads "I call on", "I urge", "I ask" of a circle the text leaves unnamed as a demand of no one', async () => {
    const draft = await briefing(NAVY_BRIEFING, 'COL. DAUKANTAS', [
      'Good afternoon. Belarusian helicopters crossed our border near Druskininkai twice this week.',
      'I call on our partners to decide quickly on the air defence package.',
      'I urge all allies to keep their promises on ammunition.',
    ]);
    const demands = draft.claims.filter((c) => c.kind === 'DEMAND');
    expect(demands.length, lines(draft).join('\n')).toBeGreaterThanOrEqual(2);
    for (const d of demands) expect(d.targets).toEqual([]);
    for (const d of demands) expect([d.speaker, d.onBehalfOf]).toContain('state:LTU');
  });

  it('reads "I" asking a party named as a demand of that party, in a statement and in a minister\'s own words', async () => {
    const draft = await statement(
      LITHUANIA,
      'A Belarusian military helicopter entered Lithuanian airspace near Salcininkai on Sunday. I call on Minsk to stop these provocations at once. I ask the European Commission to prepare new measures.',
    );
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'DEMAND', 'state:BLR');
  });

  it('leaves "I" in a question, and "I" that only says what the speaker will not say, without a claim', async () => {
    const draft = await briefing(
      NAVY_BRIEFING,
      'COL. DAUKANTAS',
      ['Good afternoon. Our pilots flew twelve sorties this week.', 'I will not say where the batteries are deployed.'],
      'Q (Delfi): I wonder whether Poland will send more troops. Will it?',
    );
    expect(
      draft.claims.filter((c) => c.targets.includes('state:POL')),
      lines(draft).join('\n'),
    ).toEqual([]);
    expect(draft.claims.filter((c) => c.kind === 'DEMAND')).toEqual([]);
  });
});

describe('"I" asking, in more styles and tenses', () => {
  it('reads "I call on" and "I again call on" in an answer, and "I urge" in a minister\'s statement, as demands', async () => {
    const answer = await briefing(NAVY_BRIEFING, 'COL. DAUKANTAS', [
      'Good afternoon. Russian jets flew close to our border on Friday.',
      'I call on our partners to send more fighters to Siauliai. I again call on Belarus to stop these flights.',
    ]);
    expect(byMinistry(answer, 'DEMAND'), lines(answer).join('\n')).toEqual(
      expect.arrayContaining(['state:LTU -', 'state:LTU state:BLR']),
    );
    const own = await statement(
      'Statement by the Minister of Foreign Affairs of the Republic of Lithuania',
      'Belarusian helicopters crossed the border near Druskininkai on Sunday. I urge the European Union to adopt the new package without delay.',
    );
    expect(
      own.claims.some((c) => c.kind === 'DEMAND' && c.targets.includes('org:european-union')),
      lines(own).join('\n'),
    ).toBe(true);
  });
});

describe("the means the speaker's side says it needs", () => {
  it('reads "we need at least N more", "we urgently need more ...", "our air force requires ..." as calls for them', async () => {
    const draft = await statement(
      LITHUANIA,
      'Russian drones fell on Lithuanian territory twice this month. We need at least four more batteries to cover our cities and power plants. Our air force urgently requires additional interceptors.',
    );
    const calls = draft.claims.filter((c) => c.kind === 'CALL_FOR');
    expect(calls.length, lines(draft).join('\n')).toBe(2);
    for (const c of calls) expect(c.targets).toEqual([]);
  });

  it("reads a need told after a delivery in an answer, and in a minister's quoted words, as a call for it", async () => {
    const draft = await briefing(NAVY_BRIEFING, 'COL. DAUKANTAS', [
      'Good afternoon. Norway has delivered a second NASAMS battery.',
      'Germany has sent two IRIS-T systems and the Netherlands has promised one, but we need at least six more to protect the capital.',
    ]);
    expect(byMinistry(draft, 'CALL_FOR'), lines(draft).join('\n')).toContain('state:LTU -');
    const wire = await extract(
      'VILNIUS, May 12 (Reuters) - Lithuania will ask its allies for more air defence, Defence Minister Laura Kaspariene said on Tuesday. "What we need is more long-range missiles," she said.',
    );
    expect(
      wire.claims.some((c) => c.kind === 'CALL_FOR'),
      lines(wire).join('\n'),
    ).toBe(true);
  });

  it('reads no call in what the side needs to do, in time or information it needs, or in a party it needs to act', async () => {
    const draft = await statement(
      LITHUANIA,
      'The Ministry has studied the report of the border service. We need to talk to our neighbours about the crossings. We need more time to study the findings. We need no lessons in sovereignty.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'CALL_FOR'),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe("another party praised as a friend, a partner or an ally of the speaker's side", () => {
  it('reads "⟨B⟩ is a true friend of ⟨A⟩", "⟨B⟩ remains an important partner", "⟨B⟩ is our ally" as positions aimed at ⟨B⟩', async () => {
    const draft = await briefing(NAVY_BRIEFING, 'COL. DAUKANTAS', [
      'Good afternoon. The first German brigade will be ready in 2027.',
      'Germany is a true friend of Lithuania. Poland remains an important partner, and Latvia is our closest ally.',
    ]);
    const positions = byMinistry(draft, 'STATE');
    expect(positions, lines(draft).join('\n')).toEqual(
      expect.arrayContaining(['state:LTU state:DEU', 'state:LTU state:POL', 'state:LTU state:LVA']),
    );
  });

  it("reads the same praise in a statement, a delegate's words and a quoted official's", async () => {
    const draft = await statement(
      LITHUANIA,
      'The Ministry welcomes the arrival of the Swedish battalion in Rukla. Sweden has always been a reliable partner of the Baltic states.',
    );
    claim(draft, 'org:lithuania-ministry-of-foreign-affairs', 'STATE', 'state:SWE');
    const un = await extract(
      'The representative of Mongolia said her country sought good relations with both its neighbours. China remains a key partner, she said, and Mongolia would never join any bloc.',
    );
    claim(un, 'state:MNG', 'STATE', 'state:CHN');
  });

  it("aims no position at the speaker's own side called a partner, at a third party's ally, or at a past relation told in an analysis", async () => {
    const own = await statement(
      LITHUANIA,
      'Lithuania remains a reliable partner in the Alliance. Belarus is a close ally of the Russian Federation.',
    );
    expect(
      own.claims.filter((c) => c.kind === 'STATE' && c.targets.length),
      lines(own).join('\n'),
    ).toEqual([]);
    const analysis = await extract(
      "Kazakh Defence Minister Yerlan Abishev told parliament that buying Turkish drones was not directed against anyone and that Russia remained the country's closest ally.",
    );
    expect(analysis.claims.filter((c) => c.kind === 'STATE' && c.targets.includes('state:RUS'))).toEqual([]);
  });
});

describe('a party told something: a notice aimed at the party informed', () => {
  it('reads "We have explained our reasons to ⟨capital⟩", "informed ⟨B⟩ of", "notified ⟨B⟩ and ⟨C⟩" as positions aimed at them', async () => {
    const draft = await briefing(NAVY_BRIEFING, 'COL. DAUKANTAS', [
      'Good afternoon. The exercise in Pabrade will go ahead as planned.',
      'We have explained our reasons to Warsaw. We also informed Riga of the dates.',
    ]);
    const positions = byMinistry(draft, 'STATE');
    expect(positions, lines(draft).join('\n')).toEqual(
      expect.arrayContaining(['state:LTU state:POL', 'state:LTU state:LVA']),
    );
  });

  it('reads what a ministry conveyed to a party and a party told in the passive as notices to it', async () => {
    const draft = await statement(
      LITHUANIA,
      'The Ministry on 3 May conveyed its decision to the Embassy of the Republic of Finland. The Polish authorities were informed in advance.',
    );
    const positions = byMinistry(draft, 'STATE');
    expect(positions, lines(draft).join('\n')).toEqual(expect.arrayContaining(['state:LTU state:POL']));
    expect(draft.claims.some((c) => c.kind === 'STATE' && c.targets.some((t) => /embassy/.test(t)))).toBe(true);
  });

  it("reads a notice in reported speech as aimed at the party told, and leaves a statement's account of the bodies it has informed aimed at no one", async () => {
    const un = await extract(
      'The representative of Armenia said his Government had informed the European Union of the incident in a letter of 4 May.',
    );
    claim(un, 'state:ARM', 'STATE', 'org:european-union');
    const own = await statement(
      LITHUANIA,
      'Belarusian border guards fired shots near Medininkai on Sunday. Lithuania has informed the European Union and NATO of the incident.',
    );
    expect(
      own.claims.filter((c) => c.kind === 'STATE' && c.targets.length),
      lines(own).join('\n'),
    ).toEqual([]);
  });

  it('reads concerns conveyed to a party as no notice, and weapons delivered to a party as none', async () => {
    const draft = await statement(
      LITHUANIA,
      'Belarusian border guards detained two Lithuanian citizens near Medininkai. We have conveyed our strong concerns to the Belarusian side. Lithuania delivered two radars to Ukraine in March.',
    );
    expect(
      draft.claims.filter((c) => c.kind === 'STATE' && c.targets.length),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe('parties thanked and asked in one sentence', () => {
  it('reads "thanks its partners, above all ⟨A⟩ and ⟨B⟩, ..., and asks them to ..." as thanks and a demand of each', async () => {
    const draft = await statement(
      LITHUANIA,
      'Russian drones crossed into Lithuanian airspace on Sunday. Lithuania thanks its allies, above all Germany and the Netherlands, for the air defence systems they have sent, and asks them to speed up deliveries.',
    );
    for (const t of ['state:DEU', 'state:NLD']) {
      expect(byMinistry(draft, 'STATE'), lines(draft).join('\n')).toContain(`state:LTU ${t}`);
      expect(byMinistry(draft, 'DEMAND'), lines(draft).join('\n')).toContain(`state:LTU ${t}`);
    }
  });

  it('reads "thanked ⟨A⟩ ... and urged them to" in UN coverage, and asks no one thanked when "them" is not asked', async () => {
    const un = await extract(
      'The representative of Lebanon thanked France and Italy for their contributions to the Force and urged them to keep their troops in the south.',
    );
    claim(un, 'state:LBN', 'DEMAND', 'state:FRA');
    claim(un, 'state:LBN', 'DEMAND', 'state:ITA');
    const welcomed = await extract(
      'Lithuania welcomed Sweden and Finland to the air policing rotation and asked them to base fighters in Siauliai.',
    );
    expect(
      welcomed.claims
        .filter((c) => c.kind === 'DEMAND')
        .flatMap((c) => c.targets)
        .sort(),
      lines(welcomed).join('\n'),
    ).toEqual(['state:FIN', 'state:SWE']);
    const thanks = await extract(
      'The representative of Lebanon thanked France and Italy for their contributions to the Force and said the mandate should be renewed.',
    );
    expect(
      thanks.claims.filter((c) => c.kind === 'DEMAND' && c.targets.length),
      lines(thanks).join('\n'),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The own voice of government statements and press briefings, by class of
 * sentence: a request for help or for a meeting made of a body or a state
 * (a demand of each party applied to); an appeal to the parties that arm
 * another (a demand of each supplier the text names); a warning that points
 * back to the wrong it answers ("reserves the right to respond to this
 * aggression": aimed at whoever did it, not at whom the claims just before
 * were aimed); a question that asks whether something is so (no one's
 * claim); what a resolution says, told by the speaker (the speaker's
 * statement, no demand of its own); another party's need to defend itself
 * (a position, not a demand of it); "all our allies" asked to act (NATO,
 * when the text names it); weapons another party supplied to the speaker's
 * adversary, told in its own words (an accusation of the supplier).
 * Sentences written for these tests.
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

describe('a warning that points back to the wrong it answers', () => {
  /** The targets of the draft's warnings. */
  const warned = (draft: Awaited<ReturnType<typeof extract>>) =>
    draft.claims.filter((c) => c.kind === 'WARN').flatMap((c) => c.targets);

  it('aims "reserves the right to respond to this aggression" at the attacker, not at the states called on before', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Republic of Tajikistan\n\nDushanbe, 12 May 2026\n\nOn Sunday night a Tajik border post near Vorukh was attacked by Kyrgyz units with mortars, and two of our guards were killed. The Republic of Tajikistan calls on Kazakhstan and Uzbekistan to condemn this crime. The Republic of Tajikistan affirms that such acts will not break its will and reserves the right to respond to this aggression by all the means at its disposal.\n',
    );
    expect(warned(draft), lines(draft).join('\n')).toEqual(['state:KGZ']);
  });

  it("aims a spokesperson's right to retaliate against these attacks at the attacker", async () => {
    const draft = await extract(
      'Press Briefing by Foreign Ministry Spokesperson Nasser Kanaani, Tehran, 10 April 2024\n\nKANAANI: Good afternoon. Israeli aircraft struck our consular building in Damascus on Monday and killed seven of our advisers.\n\nQUESTION: Has Iran asked anyone for help?\n\nKANAANI: The Islamic Republic urges Russia and China to condemn this crime in the Council, and it has said clearly that it reserves its legitimate right to retaliate against these attacks at the time and place it chooses.\n',
    );
    expect(warned(draft), lines(draft).join('\n')).toEqual(['state:ISR']);
  });

  it("aims a communiqué's right to retaliate against these attacks at the attacker", async () => {
    const draft = await extract(
      "Communiqué of the Government of the Republic of Chad\n\nN'Djamena, 4 February 2026\n\nSudanese troops shelled the town of Adré on Saturday, killing four Chadian soldiers. The Government thanks the African Union for its solidarity and calls on Cameroon and Niger to reinforce their border posts. The Government of Chad reserves its right to retaliate against these attacks.\n",
    );
    expect(warned(draft), lines(draft).join('\n')).toEqual(['state:SDN']);
  });
});

describe('a question that asks whether something is so', () => {
  it('drafts no claim from "Has ⟨A⟩ confirmed that ...?", "Did ⟨A⟩ accuse ⟨B⟩ ...?" or "Will ⟨A⟩ ask ⟨B⟩ to ...?"', async () => {
    const text =
      'Regular Press Conference of Chief Cabinet Secretary Hayashi Yoshimasa, Tokyo, 5 March 2026\n\nHAYASHI: Good afternoon. A Chinese drone flew between Yonaguni and Taiwan yesterday, and the Air Self-Defense Force scrambled fighters.\n\nQUESTION: Has Taiwan confirmed that the drone entered its airspace?\n\nHAYASHI: We are in contact with the relevant parties.\n\nQUESTION (Reuters): Did Beijing accuse Tokyo of exaggerating the incident? Will Japan ask the United States to send more patrol aircraft?\n\nHAYASHI: I will refrain from commenting on diplomatic exchanges.\n';
    const draft = await extract(text);
    const asked = draft.claims.filter((c) => /\?\s*$/.test(text.slice(c.sentence.start, c.sentence.end)));
    expect(
      asked.map((c) => `${c.speaker} ${c.kind}`),
      lines(draft).join('\n'),
    ).toEqual([]);
  });
});

describe('what a resolution says, told in a statement or an answer', () => {
  it('reads "resolution ⟨n⟩ calls on ⟨B⟩ to ..." in a statement as no demand of the issuer\'s', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Kingdom of Saudi Arabia\n\nRiyadh, 2 March 2026\n\nThe Houthi militia launched two drones at Jazan on Sunday. Security Council resolution 2216 (2015) calls on the Houthis to withdraw from all areas they have seized. The Treaty on the Non-Proliferation of Nuclear Weapons obliges Iran to declare all its nuclear material. The Kingdom calls on Iran to stop arming the militia.\n',
    );
    expect(demands(draft), lines(draft).join('\n')).toEqual(['state:IRN']);
  });

  it('reads "Resolution ⟨n⟩ already calls on ⟨B⟩ to ..." in an answer as the spokesperson\'s statement', async () => {
    const draft = await extract(
      'Press Briefing by Foreign Ministry Spokesperson Rania Haddad, Amman, 8 May 2026\n\nHADDAD: Good morning. The Security Council met yesterday on the situation in the West Bank.\n\nQUESTION: Does Jordan want new measures against Israel?\n\nHADDAD: Resolution 2334 already calls on Israel to cease all settlement activity in the occupied territory, and the resolution urges all states to distinguish between the territory of Israel and the occupied territories.\n',
    );
    expect(lines(draft)).toEqual(['person:rania-haddad STATE -']);
  });

  it('leaves a demand the speaker makes after citing a resolution its own', async () => {
    const draft = await extract(
      'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General, Miguel Ortega, United Nations Headquarters, New York, 3 January 2024\n\nMIGUEL ORTEGA: Good afternoon. Strikes killed dozens of people in Khan Younis overnight.\n\nQUESTION: What does the Council expect from Israel?\n\nMIGUEL ORTEGA: Resolution 2720, adopted last week, called on the parties to allow humanitarian aid into Gaza at scale. The Secretary-General calls on Israel to open more crossings.\n',
    );
    expect(demands(draft), lines(draft).join('\n')).toEqual(['state:ISR']);
  });
});

describe("another party's need to defend itself, and all allies asked to act", () => {
  it('reads "⟨B⟩ must be able to defend its airspace", "needs to defend its cities", "has every right to defend itself" as positions, and "all our allies" as NATO', async () => {
    const draft = await extract(
      'Press Briefing by Foreign Ministry Spokesperson Ioana Marin, Bucharest, 12 March 2026\n\nMARIN: Good afternoon. A Russian drone fell near Galați last night, the third this month. We have informed NATO and we urge all our allies to strengthen air defence on the eastern flank.\n\nQUESTION: Will Romania send more equipment to Moldova?\n\nMARIN: Moldova must be able to defend its airspace, and we are discussing with Chisinau how to help. Ukraine needs to defend its cities every night, and Taiwan has every right to defend itself as well.\n',
    );
    // "We have informed NATO": a notice, a position aimed at the party informed (corpus README).
    expect(lines(draft)).toEqual([
      'person:ioana-marin DEMAND org:nato',
      'person:ioana-marin STATE org:nato',
      'person:ioana-marin STATE -',
      'person:ioana-marin STATE -',
      'person:ioana-marin STATE -',
    ]);
  });

  it('reads "fellow allies" and "all allies" asked to act in a statement as NATO, named before', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Republic of Estonia\n\nTallinn, 9 April 2026\n\nA Russian military aircraft violated Estonian airspace near Vaindloo island this morning. Estonia has informed NATO. Estonia calls on fellow allies to keep up their support for the Baltic air policing mission. We also urge all allies to hold Russia to account.\n',
    );
    expect(demands(draft), lines(draft).join('\n')).toEqual(['org:nato', 'org:nato']);
  });
});

describe("weapons supplied to the speaker's adversary, told in its own words", () => {
  /** The targets of the draft's accusations. */
  const accused = (draft: Awaited<ReturnType<typeof extract>>) =>
    draft.claims.filter((c) => c.kind === 'ACCUSE').flatMap((c) => c.targets);

  it('reads rockets fired at the speaker "supplied to ⟨B⟩ by ⟨C⟩" as an accusation of ⟨C⟩, and a supply to the speaker as none', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Georgia\n\nTbilisi, 3 March 2026\n\nRussian forces shelled Georgian villages near Gori overnight. Georgia demands that Russia withdraw its troops from the occupied regions. We note that the rockets fired at our villages were Grad rockets supplied to Russia by Belarus. The patrol boats delivered to Georgia by the United States in 2024 guard our coast.\n',
    );
    expect(accused(draft), lines(draft).join('\n')).toEqual(['state:RUS', 'state:BLR']);
  });

  it('reads a spokesperson\'s "⟨C⟩ shipped shells to ⟨B⟩" as an accusation of ⟨C⟩', async () => {
    const draft = await extract(
      'Briefing by Foreign Ministry Spokesperson Heorhii Bondar, Kyiv, 14 March 2026\n\nBONDAR: Good afternoon. Russia struck Kharkiv again last night and killed eleven civilians. We call on Russia to stop these attacks on our cities.\n\nQUESTION: Where do the shells come from?\n\nBONDAR: North Korea shipped more than a million artillery shells to Russia last year. Russia must answer for every strike.\n',
    );
    expect(accused(draft), lines(draft).join('\n')).toEqual(['state:RUS', 'state:PRK']);
  });

  it("reads supplies to the speaker's side or to a party it holds nothing against as no accusation", async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Republic of Moldova\n\nChisinau, 3 March 2026\n\nRussian drones crossed into Moldovan airspace twice last night. Moldova condemns these violations and calls on Russia to respect its sovereignty. France delivered Ground Master 200 radars to Moldova in 2024, and Germany supplied IRIS-T air defence systems to Romania last year.\n',
    );
    expect(accused(draft), lines(draft).join('\n')).toEqual(['state:RUS']);
  });
});

import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Kinds of sentence that unseen articles of every style use and the
 * extractor read badly: briefing labels with a post or a rank and a
 * surname ("SECRETARY OROZCO:", "GENERAL TREVIÑO:"), a spokesperson
 * with no name who speaks for the body whose briefing it is, a
 * spokesperson who speaks for the state the heading places the briefing
 * in, reporting verbs of briefings and monitors ("briefed", "recorded",
 * "encouraged", "admitted"), and denials that answer what another side
 * has just said. Sentences written for these tests.
 */

describe('briefing labels', () => {
  it('reads a rank or a post before a surname as the person the heading names, two surnames included', async () => {
    const text = `Press Conference of the Interior Cabinet, Government Palace, Lima, 3 March 2026
Participants: Foreign Minister Carmen Valdivia Paredes; Minister of Defence, General Tomás Quispe Rojas

MINISTER VALDIVIA: Good morning. We urge Bolivia to withdraw its troops from the border.

QUESTION (Agencia Andina): Is the army on alert?

GENERAL QUISPE: Chile has violated our airspace twice this month.`;
    const draft = await extract(text, '2026-03-03');
    expect(claim(draft, 'person:carmen-valdivia-paredes', 'DEMAND', 'state:BOL').onBehalfOf).toBe('state:PER');
    expect(claim(draft, 'person:tomas-quispe-rojas', 'ACCUSE', 'state:CHL').onBehalfOf).toBe('state:PER');
  });

  it('gives a spokesperson with no body named the state whose capital the heading names', async () => {
    const text = `Press Conference of the Presidential Spokesman, Ana Ferreyra, Montevideo, 4 March 2026

FERREYRA: Good morning. We call on Brazil to release the detained fishermen.

JOURNALIST (El País): Will there be talks?

FERREYRA: Not at this moment.`;
    const draft = await extract(text, '2026-03-04');
    expect(claim(draft, 'person:ana-ferreyra', 'DEMAND', 'state:BRA').onBehalfOf).toBe('state:URY');
  });

  it('reads "SPOKESPERSON:" with no name given as the body whose briefing it is, not as a question', async () => {
    const text = `Daily Press Briefing by the Office of the Spokesperson for the Secretary-General, 5 March 2026

SPOKESPERSON: Good afternoon. The Secretary-General urges Ethiopia to allow aid convoys into Tigray.

QUESTION: Has Eritrea responded?

SPOKESPERSON: The Secretary-General condemns the shelling of the camp by the Rapid Support Forces.`;
    const draft = await extract(text, '2026-03-05');
    claim(draft, 'org:un-secretary-general', 'DEMAND', 'state:ETH');
    claim(draft, 'org:un-secretary-general', 'CRITICIZE', 'org:rapid-support-forces');
  });
});

describe('reporting verbs of briefers and monitors', () => {
  it('reads "briefed the Council, saying that ..." and "had recorded" as findings of a monitor', async () => {
    const draft = await extract(
      "The UN Mission in South Sudan (UNMISS) opened a base in Wau. UNMISS briefed the Council on the ceasefire, saying that Sudan had moved troops to the border. The Mission had recorded 40 attacks by the Sudan People's Liberation Army since January.",
    );
    claim(draft, 'org:unmiss', 'REPORT', 'state:SDN');
    claim(draft, 'org:unmiss', 'REPORT', 'org:sudan-peoples-liberation-army');
    // What the Council was briefed on is a topic, not a claim.
    expect(draft.claims.filter((c) => c.allegation.includes('ceasefire'))).toEqual([]);
  });

  it('reads "encouraged ⟨B⟩ to" as a demand of ⟨B⟩ and "admitted that" as a statement', async () => {
    const draft = await extract(
      'The representative of Norway encouraged Serbia to resume the dialogue with Kosovo. Serbia admitted that talks had stalled.',
    );
    claim(draft, 'state:NOR', 'DEMAND', 'state:SRB');
    expect(lines(draft)).toContain('state:SRB STATE -');
  });
});

describe('denials that answer what another side has just said', () => {
  it('aims "deny it" and "rejected the report" at whoever just said it', async () => {
    const draft = await extract(
      'Washington has said that Moscow is building a satellite that can disable others in orbit. Russian officials deny it. A research group in Colorado, the Secure World Foundation, found that Chinese satellites had approached others. Beijing rejected the report as a smear.',
    );
    claim(draft, 'state:RUS', 'DENY', 'state:USA');
    claim(draft, 'state:CHN', 'DENY', 'org:secure-world-foundation');
  });

  it('leaves a denial of an unattributed suggestion aimed at no one when nothing said before involves the denier', async () => {
    const draft = await extract(
      'The representative of France said the embargo had been breached twice. The representative of the United States rejected suggestions that its gun laws were to blame.',
    );
    expect(claim(draft, 'state:USA', 'DENY').targets).toEqual([]);
  });
});

describe('words put out in a statement, a video or a letter', () => {
  it('reads "issued a statement saying", "posted a video accusing" and "released a communiqué calling on" as the issuer\'s', async () => {
    const draft = await extract(
      'Hamas issued a statement saying Israel had violated the truce. The Jalisco New Generation Cartel posted a video accusing Mexico of protecting its rivals. Iran released a communiqué on Monday calling on Azerbaijan to expel the Israeli advisers.',
    );
    claim(draft, 'org:hamas', 'ACCUSE', 'state:ISR');
    claim(draft, 'org:jalisco-new-generation-cartel', 'ACCUSE', 'state:MEX');
    claim(draft, 'state:IRN', 'DEMAND', 'state:AZE');
  });
});

describe('targets', () => {
  it('are actors: a weapon system or a resolution named in the words is no target', async () => {
    const draft = await extract(
      "Britain's Ministry of Defence said the F-16s posed no threat to the islands. Russia said resolution 2231 was one-sided.",
    );
    expect(draft.claims.flatMap((c) => c.targets).filter((t) => !/^(?:state|org|person):/.test(t))).toEqual([]);
    expect(lines(draft)).toContain('org:united-kingdom-ministry-of-defence STATE -');
  });
});

describe('what is said: hypotheticals, judgements and hostile acts', () => {
  it('reads "any ... would be a violation" and "will be met with" as warnings, not criticism', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Mexico\n\nAny unilateral military action on our soil would be an unacceptable violation of international law. Any attack on our ships will be met with force.',
      '2026-09-29',
      'Ministry of Foreign Affairs of Mexico',
    );
    expect(draft.claims.map((c) => c.kind)).toEqual(['WARN', 'WARN']);
  });

  it('reads "disproportionate" and "unjustified" as criticism, and "had fired first on" as an accusation', async () => {
    const draft = await extract(
      "Argentina said Britain's base in the South Atlantic was disproportionate and unjustified. Tajikistan said Kyrgyzstan had fired first on a border post.",
    );
    claim(draft, 'state:ARG', 'CRITICIZE', 'state:GBR');
    claim(draft, 'state:TJK', 'ACCUSE', 'state:KGZ');
  });
});

describe('"the Government" in coverage of one country', () => {
  it("is the government of the state the text is about when one clearly is, and no state's when none is", async () => {
    const about = await extract(
      "Violence against former combatants continues to undermine Colombia's peace process, the head of the mission told the Security Council this morning. Colombia has lost 40 signatories this year. The representative of the United States criticized the Government for suspending extraditions. The representative of Brazil said Colombia needed support.",
    );
    claim(about, 'state:USA', 'CRITICIZE', 'org:colombia-government');
    const none = await extract(
      'Peru and Chile held talks on the border. The representative of France criticized the Government for delays.',
    );
    expect(claim(none, 'state:FRA', 'CRITICIZE').targets).toEqual([]);
  });
});

describe('a pronoun as the object of a verb aimed at someone', () => {
  it('aims "accused it of" and "urged them to" at what the pronoun stands for', async () => {
    const draft = await extract(
      'The representative of the United States criticized Colombia for suspending extraditions and accused it of tolerating coca cultivation.',
    );
    claim(draft, 'state:USA', 'ACCUSE', 'state:COL');
    const warned = await extract('Pakistan said it would take every measure, and warned it would respond.');
    expect(warned.claims.filter((c) => c.kind === 'WARN' && c.targets.includes('state:PAK'))).toEqual([]);
  });
});

describe('a denial of claims made by two accusers', () => {
  it('reads "rejected the claims made by ⟨A⟩ and ⟨B⟩" as a denial aimed at each', async () => {
    const draft = await extract(
      'Greece accused Turkey of building a road in the buffer zone. The representative of Türkiye rejected the claims made by Greece and Cyprus as unfounded.',
    );
    claim(draft, 'state:TUR', 'DENY', 'state:GRC');
    claim(draft, 'state:TUR', 'DENY', 'state:CYP');
  });
});

describe('demonyms news uses', () => {
  it('reads "Kyrgyz", "Tajik", "Kazakh", "Uzbek" and "Saudi" as their states', async () => {
    const draft = await extract(
      'Kyrgyz Foreign Minister Aibek Toktorov said Tajik forces had fired first on a border post. Kazakh, Uzbek and Saudi officials called for talks.',
    );
    expect(claim(draft, 'person:aibek-toktorov', 'ACCUSE', 'state:TJK').onBehalfOf).toBe('state:KGZ');
    const states = draft.entities.filter((e) => e.type === 'State').map((e) => e.key);
    expect(states).toEqual(expect.arrayContaining(['state:KAZ', 'state:UZB', 'state:SAU']));
  });
});

describe('warnings of a firm answer', () => {
  it('reads "would be dealt with firmly" and "would answer any provocation by ⟨B⟩ with force" as warnings', async () => {
    const draft = await extract(
      'China said any further intrusion would be dealt with firmly. Kyrgyzstan said it would answer any further provocation by Tajikistan with force.',
    );
    claim(draft, 'state:CHN', 'WARN');
    claim(draft, 'state:KGZ', 'WARN', 'state:TJK');
  });
});

describe('an act whose reason a participle gives', () => {
  it('reads "⟨A⟩ did something, accusing ⟨B⟩ of ..." as ⟨A⟩ accusing ⟨B⟩, a date opening the sentence included', async () => {
    const draft = await extract(
      'In March 2025 Niger expelled the French ambassador, accusing Paris of arming rebels in the north. Chad closed its border with Sudan on Sunday, calling on Khartoum to withdraw its troops.',
    );
    claim(draft, 'state:NER', 'ACCUSE', 'state:FRA');
    claim(draft, 'state:TCD', 'DEMAND', 'state:SDN');
  });

  it('lets the body after a possessive speak ("⟨A⟩\'s ministry went further, accusing ...")', async () => {
    const draft = await extract(
      "Egypt's Ministry of Foreign Affairs went further, accusing Ethiopia of filling the dam without an agreement.",
    );
    claim(draft, 'org:egypt-ministry-of-foreign-affairs', 'ACCUSE', 'state:ETH');
  });

  it('reads no claim from an act with a participle that is no verb of words', async () => {
    const draft = await extract('Turkey shelled positions near Kobani, killing four fighters of the YPG.');
    expect(lines(draft)).toEqual([]);
  });

  it('reads "have long blamed" as a speaker\'s verb', async () => {
    const draft = await extract('Saudi officials have long blamed the Houthis for the attacks on the pipeline.');
    claim(draft, 'state:SAU', 'ACCUSE', 'org:houthis');
  });
});

describe('a criticism of an act the text reported', () => {
  it('aims "called the veto a blow" at the state the text said vetoed, before whom the last claims named', async () => {
    const draft = await extract(
      'Russia vetoed a draft resolution on sanctions against Mali. The Panel of Experts had accused Mali of obstructing its work. The representative of France called the veto a blow to the victims of the conflict.',
    );
    claim(draft, 'state:FRA', 'CRITICIZE', 'state:RUS');
  });

  it('aims "condemned the raids as a violation of its own sovereignty" at whose warplanes struck', async () => {
    const draft = await extract(
      "BEIRUT, May 2 - Israeli warplanes struck two villages in southern Lebanon on Friday. Lebanon's Ministry of Foreign Affairs condemned the raids as a violation of Lebanese sovereignty.",
    );
    claim(draft, 'org:lebanon-ministry-of-foreign-affairs', 'CRITICIZE', 'state:ISR');
  });

  it('aims "..., calling the expulsion a hostile act" at the state that expelled', async () => {
    const draft = await extract(
      "Algeria expelled two French diplomats on Monday. France's foreign ministry summoned Algeria's ambassador, calling the expulsion a hostile act.",
    );
    claim(draft, 'org:france-ministry-of-foreign-affairs', 'CRITICIZE', 'state:DZA');
  });

  it('leaves a commentator judging a kind of act aimed at no one', async () => {
    const draft = await extract(
      'Russia vetoed the draft. "The veto has become a tool to shield allies from accountability," said Anna Berg, a researcher at the Stockholm International Peace Research Institute.',
    );
    expect(draft.claims.filter((c) => c.speaker === 'person:anna-berg').map((c) => c.targets)).toEqual([[]]);
  });
});

describe('a protest made to a state', () => {
  it('reads "⟨A⟩ lodged a strong protest with ⟨B⟩" and "⟨A⟩ protests in the strongest terms ..." as criticism of ⟨B⟩', async () => {
    const lodged = await extract(
      'Kenya lodged a formal protest with Uganda on Friday over the arrest of its fishermen.',
    );
    claim(lodged, 'state:KEN', 'CRITICIZE', 'state:UGA');
    const protests = await extract(
      'Kenya protests in the strongest terms the arrest of its fishermen by Ugandan police.',
    );
    expect(lines(protests).filter((l) => l.startsWith('state:KEN CRITICIZE'))).not.toEqual([]);
  });

  it('reads a diplomatic note sent to an embassy as criticism of the state the embassy speaks for', async () => {
    const note = await extract(
      'Kenya’s foreign ministry said Kenya had sent a diplomatic note to the Embassy of Uganda in Nairobi over the arrests.',
    );
    expect(lines(note).filter((l) => l.includes(' CRITICIZE state:UGA'))).not.toEqual([]);
  });

  it('leaves a complaint lodged with a court to what else the sentence says', async () => {
    const draft = await extract('Kenya said it would lodge a complaint with the International Court of Justice.');
    expect(lines(draft)).not.toContain('state:KEN CRITICIZE org:icj');
  });
});

describe("a speaker's verb after an adverb or an act of its own", () => {
  it('reads "has since accused" and "has openly accused" as the speaker\'s accusation', async () => {
    const draft = await extract(
      'Ankara has since accused Athens of arming the islands. Baku has openly accused Yerevan of planting new mines.',
    );
    claim(draft, 'state:TUR', 'ACCUSE', 'state:GRC');
    claim(draft, 'state:AZE', 'ACCUSE', 'state:ARM');
  });

  it('reads "⟨A⟩ thanked the Council and accused ⟨B⟩ of ..." as ⟨A⟩\'s accusation', async () => {
    const draft = await extract(
      'The representative of Moldova thanked the Council and accused Russia of stationing troops in Transnistria without consent.',
    );
    claim(draft, 'state:MDA', 'ACCUSE', 'state:RUS');
  });

  it('leaves a name inside the act to the act: "⟨A⟩, which says ⟨C⟩ attacked ships, accused ⟨B⟩" is ⟨A⟩\'s', async () => {
    const draft = await extract(
      'Yemen, where the Houthis attacked ships last year and accused Saudi Arabia of blockading the port, asked for help.',
    );
    expect(lines(draft).filter((l) => l.startsWith('org:houthis ACCUSE'))).toEqual([]);
  });
});

describe('a ministry named by its state and field alone', () => {
  it('reads "⟨State⟩\'s security ministry said ... and called on ⟨B⟩ to ..." as the words of its ministry of security, for the state', async () => {
    const draft = await extract(
      'Uruguay’s security ministry said it had raised the alert on the border and called on Paraguay to explain its purchases.',
    );
    expect(claim(draft, 'org:uruguay-ministry-of-security', 'DEMAND', 'state:PRY').onBehalfOf).toBe('state:URY');
  });
});

describe('words named by a noun, their speaker after "by"', () => {
  it('reads "has taken note of the remarks by ⟨A⟩ that ..." as ⟨A⟩\'s claim, and the words after "that" as what it said', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Lesotho\n\nThe Ministry has taken note of the remarks by the South African Minister of Defence that the patrol had stayed on the South African side of the river.',
    );
    const claimed = draft.claims.find((c) => c.speaker === 'state:ZAF');
    expect(claimed?.allegation).toBe('the patrol had stayed on the South African side of the river');
  });
});

describe('an envoy summoned, talks offered, an unnamed official of a state', () => {
  it('reads "summoned ⟨B⟩\'s ambassador" and "summoned the chargé d\'affaires of ⟨B⟩\'s embassy" as criticism of ⟨B⟩', async () => {
    const draft = await extract(
      "Ghana summoned Togo's ambassador on Friday to protest the arrest of its fishermen. The Federal Government has summoned the chargé d'affaires of the Russian Embassy in Berlin. Chile summoned the ambassador of Bolivia after the shooting.",
    );
    claim(draft, 'state:GHA', 'CRITICIZE', 'state:TGO');
    claim(draft, 'org:federal-government', 'CRITICIZE', 'state:RUS');
    claim(draft, 'state:CHL', 'CRITICIZE', 'state:BOL');
    expect(draft.claims.flatMap((c) => c.targets)).not.toContain('org:embassy-of-russia-in-berlin');
  });

  it('leaves a meeting summoned alone', async () => {
    const draft = await extract('The President summoned the National Security Council on Friday.');
    expect(draft.claims.filter((c) => c.kind === 'CRITICIZE')).toEqual([]);
  });

  it('reads "offered to host talks" and "offered its good offices" as positions aimed at no one, an offer of arms as none', async () => {
    const draft = await extract(
      'Kenya offered to host talks between the two sides. The African Union offered its good offices. Russia offered Mali two more helicopters.',
    );
    expect(claim(draft, 'state:KEN', 'STATE').targets).toEqual([]);
    expect(claim(draft, 'org:african-union', 'STATE').targets).toEqual([]);
    expect(draft.claims.filter((c) => c.speaker === 'state:RUS')).toEqual([]);
  });

  it('reads "an ⟨Israeli⟩ minister" and "an ⟨Iranian⟩ general" as the state speaking', async () => {
    const draft = await extract(
      'An Iranian general warned Baku on Sunday that it would pay a price. A senior Russian minister accused Ukraine of shelling the plant.',
    );
    claim(draft, 'state:IRN', 'WARN', 'state:AZE');
    claim(draft, 'state:RUS', 'ACCUSE', 'state:UKR');
  });
});

describe('"its ambassador": the envoy of whoever the sentence or the one before is about', () => {
  it('reads "⟨A⟩ vetoed ... Its ambassador told the Council that ..." as ⟨A⟩\'s words, not the last speaker\'s', async () => {
    const draft = await extract(
      'Chile said the mission had done its work. On 4 May 1998, France vetoed a draft resolution on the islands. Its ambassador told the Security Council that the text ignored the wishes of the islanders.',
    );
    const words = draft.claims.find((c) => c.allegation.includes('ignored the wishes'));
    expect(words?.speaker).toBe('state:FRA');
  });

  it('reads "⟨A⟩ declined to take sides. Its spokesperson said ..." as ⟨A⟩\'s words', async () => {
    const draft = await extract(
      'Ecuador and Peru have argued over the river for years. The Andean Community declined to take sides. Its spokesperson said the dispute belonged in court.',
    );
    const words = draft.claims.find((c) => c.allegation.includes('belonged in court'));
    expect(words?.speaker).toBe('org:andean-community');
  });
});

describe('"expected ⟨B⟩ to ...": a demand of ⟨B⟩', () => {
  it('reads "expected both member states to ..." as a demand of each and "expects ⟨B⟩ to" as one of ⟨B⟩', async () => {
    const draft = await extract(
      'Slovenia and Croatia have argued over the bay since 1991. Slovenia said Croatia had seized a trawler. The European Commission said it expected both member states to find a solution. Montenegro expects Croatia to release the fishing boat.',
    );
    expect(
      draft.claims
        .filter((c) => c.speaker === 'org:european-commission')
        .map((c) => [c.kind, c.targets])
        .sort(),
    ).toEqual([
      ['DEMAND', ['state:HRV']],
      ['DEMAND', ['state:SVN']],
    ]);
    claim(draft, 'state:MNE', 'DEMAND', 'state:HRV');
  });

  it('leaves a forecast alone: "expects ⟨B⟩ to be ..."', async () => {
    const draft = await extract('Brazil expects Argentina to be ready for talks by March.');
    expect(draft.claims.filter((c) => c.kind === 'DEMAND')).toEqual([]);
  });
});

describe('a denial of "the accusation" after a demand', () => {
  it('answers the words that accused the denier, not the demand made after them', async () => {
    const draft = await extract(
      '"We have evidence that the gunmen were trained on Beninese soil," Burkina Faso\'s security minister told reporters. Burkina Faso expected its neighbour to hand over the organisers, he said. Benin\'s foreign ministry rejected the accusation.',
    );
    claim(draft, 'org:benin-ministry-of-foreign-affairs', 'DENY', 'state:BFA');
    expect(draft.claims.some((c) => c.kind === 'ACCUSE' && c.targets.includes('state:BEN'))).toBe(true);
  });
});

describe('a judgement in quotation marks, a quotation inside an act before the verb, "there" before the verb', () => {
  it('reads "called the decision "..." and accused ⟨B⟩ of ..." as a criticism and an accusation', async () => {
    const draft = await extract(
      'Germany approved the sale of tanks to Qatar. Iran\'s foreign ministry called the decision "reckless and provocative" on Monday and accused Berlin of hypocrisy. Moscow cancelled the "friendly" visit and accused Kyiv of sabotage.',
    );
    claim(draft, 'org:iran-ministry-of-foreign-affairs', 'CRITICIZE', 'state:DEU');
    claim(draft, 'org:iran-ministry-of-foreign-affairs', 'ACCUSE', 'state:DEU');
    claim(draft, 'state:RUS', 'ACCUSE', 'state:UKR');
  });

  it('reads "The ⟨Chinese⟩ ambassador there said ..." as the state\'s words', async () => {
    const draft = await extract(
      'The Chinese ambassador there said this week that American teams are mapping Laos for the Pentagon.',
    );
    expect(draft.claims.map((c) => c.speaker)).toContain('state:CHN');
  });
});

describe('a visit or a delivery a spokesperson announces', () => {
  it("reads the spokesperson's own announcement of a visit, a conference or a delivery as a position aimed at no one", async () => {
    const text = `Regular Briefing by the Spokesperson of the Ministry of Foreign Affairs of Uruguay, Ana Ferreyra, Montevideo, 9 March 2026

FERREYRA: Good afternoon. On Tuesday the Minister will travel to Asunción for talks with his Paraguayan counterpart.

QUESTION (El País): Will Uruguay buy the radars?

FERREYRA: Spain will deliver two coastal radars to the Navy in June. Uruguay will host a conference on river transport in April.`;
    const draft = await extract(text, '2026-03-09');
    const own = draft.claims.filter((c) => c.speaker === 'person:ana-ferreyra');
    expect(own.map((c) => c.kind)).toEqual(['STATE', 'STATE', 'STATE']);
    expect(own.flatMap((c) => c.targets)).toEqual([]);
  });

  it('leaves a question that mentions a visit to no one', async () => {
    const text = `Regular Briefing by the Spokesperson of the Ministry of Foreign Affairs of Uruguay, Ana Ferreyra, Montevideo, 9 March 2026

FERREYRA: Good afternoon.

QUESTION (El País): Will the Minister travel to Asunción? Reports say he will visit Brasília first.

FERREYRA: Nothing to add.`;
    const draft = await extract(text, '2026-03-09');
    expect(draft.claims.filter((c) => c.allegation.includes('Asunción') || c.allegation.includes('Brasília'))).toEqual(
      [],
    );
  });
});

describe('"requests ⟨B⟩ to ..." and "requested that ⟨B⟩ ..."', () => {
  it('reads a request of a party as a demand of it, and a request for a meeting as none', async () => {
    const draft = await extract(
      'The Government of Namibia requests the Government of Botswana to return the boats. Malawi requested that Tanzania withdraw its patrol boats. Chile requested a meeting of the Council.',
    );
    claim(draft, 'state:NAM', 'DEMAND', 'org:botswana-government');
    claim(draft, 'state:MWI', 'DEMAND', 'state:TZA');
    expect(draft.claims.filter((c) => c.speaker === 'state:CHL')).toEqual([]);
  });
});

describe('"he" or "she" after a sentence that opens on a person who says nothing', () => {
  it('refers to that person rather than to an earlier speaker', async () => {
    const draft = await extract(
      "Chad's foreign minister Idriss Mahamat said the border was calm. Sudan's foreign minister Amira Hassan arrived in Paris on Monday. She urged France to stop arms deliveries to the Rapid Support Forces.",
    );
    claim(draft, 'person:amira-hassan', 'DEMAND', 'state:FRA');
    expect(draft.claims.some((c) => c.speaker === 'person:idriss-mahamat' && c.kind === 'DEMAND')).toBe(false);
  });

  it('keeps "he" with the speaker when the person was named before the speaker spoke', async () => {
    const draft = await extract(
      "Sudan's foreign minister Amira Hassan arrived in Paris on Monday. Chad's foreign minister Idriss Mahamat said the border was calm. He urged Sudan to release the detained traders.",
    );
    claim(draft, 'person:idriss-mahamat', 'DEMAND', 'state:SDN');
  });
});

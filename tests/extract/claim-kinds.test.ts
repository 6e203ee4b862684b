import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Claims drafted on the right words with the wrong kind: threats and deterrence told without a verb of warning,
 * another party's guilt asserted as what it is or as the one that acted, verdicts told as plain facts, a demand told
 * as what must not end, and sanctions imposed told as done. Each class on sentences written for these tests, in the
 * styles of wire copy, UN meetings coverage and government statements.
 */

describe('a threat told without a verb of warning', () => {
  it('reads weapons called a legitimate target as a warning', async () => {
    const draft = await extract(
      'The Iranian foreign ministry said the American radars in Qatar were a legitimate target. The representative of Belarus said Polish airfields hosting the jets would become legitimate targets. The Russian embassy in Helsinki said the new depots were now a legitimate military target.',
    );
    const warnings = draft.claims.filter((c) => c.kind === 'WARN');
    expect(warnings.length, lines(draft).join('\n')).toBe(3);
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads a strike promised on all of a kind as a warning aimed at whom they belong to', async () => {
    const draft = await extract(
      'The Houthis said they would strike any tanker bound for Israel. Al-Shabaab said it will attack every convoy belonging to Kenya. The Polisario Front said it would target all vessels heading to Morocco.',
    );
    claim(draft, 'org:houthis', 'WARN', 'state:ISR');
    claim(draft, 'org:al-shabaab', 'WARN', 'state:KEN');
    claim(draft, 'org:polisario-front', 'WARN', 'state:MAR');
  });

  it('reads deterrence promised to whoever attacks, and measures named with a hyphen, as warnings', async () => {
    const draft = await extract(
      '"Anyone who fires on our ships must reckon with a swift response," Lithuania\'s defence minister Rasa Jonaitiene told reporters in Vilnius. The representative of Japan said that whoever launched missiles over Japanese territory should expect a firm reply. China would take "counter-terrorism measures" in response, the Chinese embassy in Manila said.',
    );
    const warnings = draft.claims.filter((c) => c.kind === 'WARN');
    expect(warnings.length, lines(draft).join('\n')).toBeGreaterThanOrEqual(3);
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it("aims what the speaker's own forces will go on doing at whom they pursue, not at the forces", async () => {
    const draft = await extract(
      'Statement by the Ministry of Defence of Mozambique\n\nThe Mozambique Defence Armed Forces will continue to pursue Al-Shabaab wherever it hides. The Nigerian Army will keep hunting Boko Haram in the forests, the Nigerian defence ministry said. The Somali National Army will continue to pursue Al-Shabaab in the Juba valley, the Somali defence ministry said.',
    );
    claim(draft, 'org:mozambique-ministry-of-defence', 'WARN', 'org:al-shabaab');
    expect(
      lines(draft).filter((l) => /WARN org:(?:mozambique|nigerian?|somali)[a-z-]*(?:army|forces)/.test(l)),
    ).toEqual([]);
  });
});

describe("another party's guilt asserted", () => {
  it('reads a party called the aggressor, or the one that started it, as an accusation', async () => {
    const draft = await extract(
      'The representative of Armenia said Azerbaijan was the aggressor and must be held to account. "Eritrea is the one that started this war," the Ethiopian foreign minister said. The representative of Ukraine said the Russian Federation remained an occupying power in Crimea.',
    );
    claim(draft, 'state:ARM', 'ACCUSE', 'state:AZE');
    claim(draft, 'state:UKR', 'ACCUSE', 'state:RUS');
    expect(draft.claims.filter((c) => c.kind === 'ACCUSE' && c.targets.includes('state:ERI')).length).toBe(1);
    expect(lines(draft).filter((l) => / (?:CALL_FOR|STATE) /.test(l))).toEqual([]);
  });

  it("reads a party's act singled out as the cause in a cleft as an accusation of that party", async () => {
    const statement = await extract(
      'Statement of the Ministry of Foreign Affairs of Poland\n\nIt is the aggression of the Russian Federation against Ukraine, with its daily strikes on power plants, that forces every neighbour to rearm.',
    );
    expect(
      statement.claims.some((c) => c.kind === 'ACCUSE' && c.targets.includes('state:RUS')),
      lines(statement).join('\n'),
    ).toBe(true);
    const draft = await extract(
      'The representative of Lebanon said it was the occupation by Israel of the Shebaa Farms that kept the border unstable. The representative of Guyana said it is the militarization by Venezuela of the Essequibo border that threatens the region.',
    );
    claim(draft, 'state:LBN', 'ACCUSE', 'state:ISR');
    claim(draft, 'state:GUY', 'ACCUSE', 'state:VEN');
  });

  it("reads the speaker's side cleared by contrast as a charge at its adversary", async () => {
    const draft = await extract(
      'The representative of Georgia accused the Russian Federation of moving the border fences. The representative of Georgia said it was not Georgia that occupied a fifth of a neighbour\'s land.\n\nLithuania\'s foreign minister accused Belarus of sending migrants across the border. "It is not Lithuania that threatens anyone," she said.',
    );
    const cleared = draft.claims.filter((c) => c.kind === 'ACCUSE' && /^(?:it|It) (?:is|was) not/.test(c.allegation));
    expect(
      cleared.map((c) => c.targets.join(',')),
      lines(draft).join('\n'),
    ).toEqual(['state:RUS', 'state:BLR']);
    expect(lines(draft).filter((l) => / (?:ACCUSE|DENY) state:(?:GEO|LTU)/.test(l))).toEqual([]);
    expect(lines(draft).filter((l) => /^state:GEO STATE/.test(l))).toEqual([]);
  });

  it('reads a wrong attempted, meddling and lies spread as accusations of the party said to do them', async () => {
    const draft = await extract(
      'The representative of Somalia said Al-Shabaab had attempted to storm the airport. The representative of Mali said France had long interfered in the internal affairs of Mali. The representative of Azerbaijan said Armenia was spreading disinformation about the corridor. On Sunday, the terrorist group ISWAP tried to overrun the base at Monguno, the Nigerian defence ministry said.',
    );
    claim(draft, 'state:SOM', 'ACCUSE', 'org:al-shabaab');
    claim(draft, 'state:AZE', 'ACCUSE', 'state:ARM');
    claim(draft, 'state:MLI', 'ACCUSE', 'state:FRA');
    expect(draft.claims.some((c) => c.kind === 'ACCUSE' && c.targets.includes('org:iswap'))).toBe(true);
  });
});

describe('a verdict told as a plain fact', () => {
  it('reads contempt shown, a text put forward at the last minute and one against the spirit of a deal as criticism', async () => {
    const draft = await extract(
      'The representative of Malta said the Russian Federation had shown contempt for the humanitarian corridors. The representative of China said the draft had been tabled at the last minute. The representative of India said the deployment by Pakistan ran counter to the spirit of the Simla accord. The representative of Gabon said the draft had been put to a vote without prior consultations.',
    );
    claim(draft, 'state:MLT', 'CRITICIZE', 'state:RUS');
    claim(draft, 'state:CHN', 'CRITICIZE');
    claim(draft, 'state:IND', 'CRITICIZE', 'state:PAK');
    claim(draft, 'state:GAB', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads a danger to navigation, civil aviation or peace as criticism of the party whose act it is', async () => {
    const draft = await extract(
      'The representative of Egypt said the Houthi attacks threatened freedom of navigation in the Red Sea. The representative of Finland said the Russian jamming was a danger to civil aviation. The Armenian foreign ministry said the purchases by Azerbaijan were a threat to the peace process.',
    );
    claim(draft, 'state:EGY', 'CRITICIZE', 'org:houthis');
    claim(draft, 'state:FIN', 'CRITICIZE', 'state:RUS');
    claim(draft, 'org:armenia-ministry-of-foreign-affairs', 'CRITICIZE', 'state:AZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('drafts no criticism of a danger whose doer the words leave unnamed', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Djibouti\n\nDjibouti thanks Japan for its support. The attacks on merchant ships threaten the freedom of navigation.',
    );
    expect(lines(draft).filter((l) => / CRITICIZE /.test(l))).toEqual([]);
  });

  it('reads concern about an escalation, with no act named, as a position', async () => {
    const draft = await extract(
      'The representative of Qatar said his country was deeply concerned about the escalation in the Gulf. The Djiboutian foreign ministry said it was deeply concerned by the escalation in the Red Sea.',
    );
    expect(lines(draft).filter((l) => / CRITICIZE /.test(l))).toEqual([]);
  });
});

describe('a demand told as what must not end', () => {
  it("reads a party's attention or engagement that must go on as a demand of that party", async () => {
    const draft = await extract(
      "The representative of Niger said the departure of the Mission must not mean the end of the Security Council's engagement in the Sahel. The representative of Haiti said the closure of the office should not signal an end to the Security Council's attention. The representative of Chad said the Security Council's engagement in Darfur must not waver.",
    );
    claim(draft, 'state:NER', 'DEMAND', 'org:un-security-council');
    claim(draft, 'state:HTI', 'DEMAND', 'org:un-security-council');
    claim(draft, 'state:TCD', 'DEMAND', 'org:un-security-council');
  });
});

describe('sanctions told as done', () => {
  it('reads sanctions imposed as a position aimed at whom they fall on, and sanctions to come as a warning', async () => {
    const draft = await extract(
      'The representative of the United Kingdom said London had imposed sanctions on two Sudanese generals. The European Union spokesperson said the Union adopted sanctions against Belarus last month. The representative of France said Paris would impose sanctions on Malian officers.',
    );
    claim(draft, 'state:GBR', 'STATE', 'state:SDN');
    claim(draft, 'state:FRA', 'WARN', 'state:MLI');
    expect(lines(draft).filter((l) => /^(?:state:GBR|org:european-union) WARN/.test(l))).toEqual([]);
  });
});

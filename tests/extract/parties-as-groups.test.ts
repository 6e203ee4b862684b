import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Several parties at once, named as a group the text has named before: by a count and a kind ("the three
 * governments", "both governments") speaking (claims/parties.ts, groups.json), by their part in the vote on a text
 * ("those who vetoed the text", "the States that sponsored it", claims/roles.ts, groups.json roles), or as a list
 * thanked ("its partners, above all ⟨A⟩ and ⟨B⟩", "all of them", "Council members", thanked.json) and the pronoun
 * that stands for it after ("asks them to ..."); and a denial of a group's charge, aimed at each of its members.
 * Sentences written for these tests, in the styles of wire copy, UN coverage, statements, briefings and analysis.
 */

const of = (draft: Awaited<ReturnType<typeof extract>>, speaker: string, kind?: string) =>
  lines(draft)
    .filter((l) => l.startsWith(`${speaker} `) && (!kind || l.split(' ')[1] === kind))
    .sort();

describe('a group by number or kind, speaking', () => {
  it('reads "the three governments" as the three states named together before (wire)', async () => {
    const draft = await extract(
      'Kenya, Uganda and Tanzania closed their borders to Somali traders last month. ' +
        'The three governments accused Somalia of failing to stop arms smuggling.',
    );
    expect(
      lines(draft)
        .filter((l) => l.includes(' ACCUSE '))
        .sort(),
    ).toEqual(['state:KEN ACCUSE state:SOM', 'state:TZA ACCUSE state:SOM', 'state:UGA ACCUSE state:SOM']);
  });

  it('reads a group qualified by a region, in the perfect ("the three Sahel states have since accused")', async () => {
    const draft = await extract(
      'Mali, Burkina Faso and Niger left the regional bloc in January. ' +
        'The three Sahel states have since accused France of arming the jihadists.',
    );
    for (const s of ['state:MLI', 'state:BFA', 'state:NER'])
      expect(of(draft, s, 'ACCUSE')).toEqual([`${s} ACCUSE state:FRA`]);
  });

  it('reads a group qualified by an adjective, in a look back (analysis)', async () => {
    const draft = await extract(
      'In 1967 Egypt, Syria and Jordan massed troops near the border. ' +
        'The three Arab states later accused Washington of supplying Israel with jets.',
    );
    for (const s of ['state:EGY', 'state:SYR', 'state:JOR'])
      expect(of(draft, s, 'ACCUSE')).toEqual([`${s} ACCUSE state:USA`]);
  });

  it('reads "both governments" denying as each of the two', async () => {
    const draft = await extract(
      'India and Pakistan agreed to a ceasefire in May. ' +
        'Both governments have since denied that their drones crossed the Line of Control.',
    );
    expect(of(draft, 'state:IND', 'DENY')).toHaveLength(1);
    expect(of(draft, 'state:PAK', 'DENY')).toHaveLength(1);
  });

  it('reads "these two countries" in the present tense of a statement', async () => {
    const draft = await extract(
      'Greece and Cyprus signed a defence pact last year. These two countries condemn Turkey’s drilling in their waters.',
    );
    expect(
      lines(draft)
        .filter((l) => l.includes('CRITICIZE'))
        .sort(),
    ).toEqual(['state:CYP CRITICIZE state:TUR', 'state:GRC CRITICIZE state:TUR']);
  });

  it('reads a group of four warning another state', async () => {
    const draft = await extract(
      'Denmark, Norway, Sweden and Finland raised their defence budgets this year. ' +
        'The four Nordic countries warned Russia that any attack on their cables would be answered.',
    );
    expect(
      lines(draft)
        .filter((l) => l.includes(' WARN '))
        .sort(),
    ).toEqual([
      'state:DNK WARN state:RUS',
      'state:FIN WARN state:RUS',
      'state:NOR WARN state:RUS',
      'state:SWE WARN state:RUS',
    ]);
  });

  it('reads a position of "the two governments" as each one’s', async () => {
    const draft = await extract(
      'Chile and Argentina settled the Beagle dispute in 1984. ' +
        'The two governments said on Monday that the treaty remained in force.',
    );
    expect(lines(draft).sort()).toEqual(['state:ARG STATE -', 'state:CHL STATE -']);
  });

  it('aims "accused each other" by both sides at the other one', async () => {
    const draft = await extract(
      'Ethiopia and Eritrea fought a border war in 1998. Both sides accused each other of violating the ceasefire.',
    );
    expect(lines(draft).sort()).toEqual(['state:ERI ACCUSE state:ETH', 'state:ETH ACCUSE state:ERI']);
  });

  it('does not read a count of something else as speakers ("four states have bought ...")', async () => {
    const draft = await extract('Kenya warned on Monday that four states have bought the drones from Iran.');
    expect(lines(draft)).toEqual(['state:KEN WARN -']);
  });

  it('does not read "the two leaders" as speakers when no two parties were named as leaders of a group noun', async () => {
    const draft = await extract(
      'Japan and South Korea held talks in Seoul. The two leaders said the talks had been useful.',
    );
    expect(lines(draft)).toEqual([]);
  });

  it('does not read "the three countries" when the text named only two together', async () => {
    const draft = await extract(
      'Japan and South Korea held talks in Seoul. The three countries accused China of violating their airspace.',
    );
    expect(lines(draft)).toEqual([]);
  });
});

describe('a denial of a group’s charge', () => {
  it('aims "a charge ⟨B⟩ rejects" at each state of the group that made it', async () => {
    const draft = await extract(
      'Kenya, Uganda and Tanzania closed their borders to Somali traders last month. ' +
        'The three governments accuse Somalia of failing to stop arms smuggling, a charge Mogadishu rejects.',
    );
    expect(of(draft, 'state:SOM', 'DENY')).toEqual([
      'state:SOM DENY state:KEN',
      'state:SOM DENY state:TZA',
      'state:SOM DENY state:UGA',
    ]);
  });

  it('aims a later denial by the accused state’s minister at each of the accusers', async () => {
    const draft = await extract(
      'Lithuania, Latvia and Estonia closed their border crossings on Friday. ' +
        'The three Baltic states accused Belarus of sending migrants across the border. ' +
        'Belarus denied the accusation on Saturday.',
    );
    expect(of(draft, 'state:BLR', 'DENY')).toEqual([
      'state:BLR DENY state:EST',
      'state:BLR DENY state:LTU',
      'state:BLR DENY state:LVA',
    ]);
  });

  it('aims a denial at both governments that accused together', async () => {
    const draft = await extract(
      'Rwanda and Uganda sent envoys to Kinshasa in March. Both governments accused the Democratic Republic of the Congo of arming the FDLR. ' +
        'Kinshasa rejected the charge.',
    );
    expect(of(draft, 'state:COD', 'DENY')).toEqual(['state:COD DENY state:RWA', 'state:COD DENY state:UGA']);
  });
});

describe('a group by its part in the vote', () => {
  it('aims "those who had vetoed the draft would have to answer" at the permanent members the tally lists against, as a demand', async () => {
    const draft = await extract(
      'The draft, tabled by Norway, received 12 votes in favour to 2 against (China, Russian Federation), with 1 abstention (Mozambique). ' +
        "Ireland's representative said those who had vetoed the draft would have to answer to the victims.",
    );
    expect(of(draft, 'state:IRL')).toEqual(['state:IRL DEMAND state:CHN', 'state:IRL DEMAND state:RUS']);
  });

  it('reads "would have to explain why they chose to protect ..." of those who vetoed as a criticism of each', async () => {
    const draft = await extract(
      'China and the Russian Federation vetoed the draft on Myanmar. ' +
        "Canada's delegate said those who vetoed the text would have to explain why they chose to protect the junta.",
    );
    expect(of(draft, 'state:CAN')).toEqual(['state:CAN CRITICIZE state:CHN', 'state:CAN CRITICIZE state:RUS']);
  });

  it('aims "deplored the vetoes" at each vetoing member', async () => {
    const draft = await extract(
      'China and the Russian Federation vetoed the text on Myanmar. ' +
        'The representative of Estonia deplored the vetoes and called for a new draft.',
    );
    expect(of(draft, 'state:EST', 'CRITICIZE')).toEqual([
      'state:EST CRITICIZE state:CHN',
      'state:EST CRITICIZE state:RUS',
    ]);
  });

  it('aims blame of "the countries that had sponsored the text" at the state that drafted it', async () => {
    const draft = await extract(
      'The text, drafted by the United Kingdom, was adopted by 9 votes to none. ' +
        'The representative of Venezuela said the countries that had sponsored the text were to blame for the suffering of his people.',
    );
    expect(of(draft, 'state:VEN')).toEqual(['state:VEN ACCUSE state:GBR']);
  });

  it('aims "the members that abstained" at the states the tally lists as abstaining', async () => {
    const draft = await extract(
      'The resolution was adopted by 13 votes to none, with 2 abstentions (China, Russian Federation). ' +
        "Ukraine's delegate said the members that abstained had chosen to shield the aggressor.",
    );
    expect(of(draft, 'state:UKR')).toEqual(['state:UKR CRITICIZE state:CHN', 'state:UKR CRITICIZE state:RUS']);
  });

  it('reads what "the delegations that voted against it" would bear as a warning to each', async () => {
    const draft = await extract(
      'The text received 11 votes in favour to 3 against (Algeria, China, Russian Federation). ' +
        'Speaking after the vote, the representative of Slovenia said the delegations that voted against it would bear responsibility for the famine.',
    );
    expect(of(draft, 'state:SVN')).toEqual([
      'state:SVN WARN state:CHN',
      'state:SVN WARN state:DZA',
      'state:SVN WARN state:RUS',
    ]);
  });

  it('aims "the vetoing powers" at the states told vetoing, in a look back', async () => {
    const draft = await extract(
      'The Soviet Union and China vetoed the draft in 1971. ' +
        "At the time, India's representative said the vetoing powers had betrayed the people of East Pakistan.",
    );
    expect(of(draft, 'state:IND')).toEqual(['state:IND CRITICIZE state:CHN', 'state:IND CRITICIZE state:SUN']);
  });

  it('aims "the two permanent members that cast vetoes" at those the negative votes name', async () => {
    const draft = await extract(
      'The draft failed owing to the negative votes of China and the Russian Federation. ' +
        'The representative of Japan said the two permanent members that cast vetoes had failed the people of Syria.',
    );
    expect(of(draft, 'state:JPN')).toEqual(['state:JPN CRITICIZE state:CHN', 'state:JPN CRITICIZE state:RUS']);
  });

  it('reads "had blood on their hands" of those who vetoed as an accusation of each', async () => {
    const draft = await extract(
      'In 2017 Russia and China vetoed a draft imposing sanctions. ' +
        "France's ambassador said at the time that those who vetoed it had blood on their hands.",
    );
    expect(of(draft, 'state:FRA')).toEqual(['state:FRA ACCUSE state:CHN', 'state:FRA ACCUSE state:RUS']);
  });

  it('aims "the two members" at the two the tally lists against, whatever other word gave the kind', async () => {
    const draft = await extract(
      'The draft, tabled by Albania, received 12 votes in favour to 2 against (China, Russian Federation). ' +
        "Malta's delegate said the two members had shielded Minsk from the consequences of its actions.",
    );
    expect(of(draft, 'state:MLT')).toEqual(['state:MLT CRITICIZE state:CHN', 'state:MLT CRITICIZE state:RUS']);
  });

  it('does not read "the three members" as the vetoing members when two vetoed', async () => {
    const draft = await extract(
      'The draft received 12 votes in favour to 2 against (China, Russian Federation). ' +
        "Malta's delegate said the three members had shielded Minsk from the consequences of its actions.",
    );
    expect(lines(draft).filter((l) => l.endsWith('state:CHN') || l.endsWith('state:RUS'))).toEqual([]);
  });

  it('leaves a plain position about those who vetoed aimed at no one', async () => {
    const draft = await extract(
      'The draft received 13 votes in favour to 2 against (China, Russian Federation). ' +
        "Brazil's representative said those who vetoed the text had explained their reasons in the consultations.",
    );
    expect(of(draft, 'state:BRA')).toEqual(['state:BRA STATE -']);
  });

  it('leaves the group aimed at no one when the text tells no veto', async () => {
    const draft = await extract(
      'The Council met on Tuesday. ' +
        "Brazil's representative said those who vetoed the text would have to explain why they chose to protect a regime.",
    );
    expect(of(draft, 'state:BRA')).toEqual(['state:BRA STATE -']);
  });

  it('keeps "deplored the veto" of one vetoing member aimed at it alone', async () => {
    const draft = await extract("The United States vetoed the draft. Algeria's representative deplored the veto.");
    expect(of(draft, 'state:DZA')).toEqual(['state:DZA CRITICIZE state:USA']);
  });
});

describe('a list thanked, and the pronoun that stands for it', () => {
  it('aims thanks to partners "first and foremost ⟨A⟩ and ⟨B⟩", and "asks them to", at the two (statement)', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of the Republic of Moldova\n\nChisinau, 12 January 2024\n\n' +
        'Moldova thanks its European partners, first and foremost Romania and France, for the energy aid they have provided, ' +
        'and asks them to continue it through the winter.',
    );
    expect(lines(draft).sort()).toEqual([
      'state:MDA DEMAND state:FRA',
      'state:MDA DEMAND state:ROU',
      'state:MDA STATE state:FRA',
      'state:MDA STATE state:ROU',
    ]);
  });

  it('aims "grateful to its friends, chief among them ⟨A⟩ and ⟨B⟩" at the two', async () => {
    const draft = await extract(
      "Armenia's foreign minister said his country was grateful to its friends, chief among them France and India, for the systems they had sent.",
    );
    expect(of(draft, 'state:ARM')).toEqual(['state:ARM STATE state:FRA', 'state:ARM STATE state:IND']);
  });

  it('aims thanks to contributors "starting with ⟨A⟩ and ⟨B⟩" at the two (UN coverage)', async () => {
    const draft = await extract(
      "Kenya's representative thanked the troop contributors, starting with Burundi and Uganda, for their sacrifice.",
    );
    expect(of(draft, 'state:KEN')).toEqual(['state:KEN STATE state:BDI', 'state:KEN STATE state:UGA']);
  });

  it('aims "grateful to all of them and to ⟨C⟩" at each state the paragraph named before, and at ⟨C⟩ (briefing)', async () => {
    const draft = await extract(
      'Briefing by the spokesman of the Ministry of Defence of Ukraine, Colonel Mykola Hrytsenko, Kyiv, 3 March 2024\n\n' +
        'COL. HRYTSENKO: Good afternoon. The shells came from Poland and the Czech Republic, and Slovakia will send more next month. ' +
        'Bulgaria has promised two batteries. We are grateful to all of them and to Canada, which paid for the transport.\n\n' +
        'Q (Reuters): Will more come?\n\nCOL. HRYTSENKO: We need more before the winter.',
    );
    expect(of(draft, 'person:mykola-hrytsenko', 'STATE').filter((l) => !l.endsWith(' -'))).toEqual([
      'person:mykola-hrytsenko STATE state:BGR',
      'person:mykola-hrytsenko STATE state:CAN',
      'person:mykola-hrytsenko STATE state:CZE',
      'person:mykola-hrytsenko STATE state:POL',
      'person:mykola-hrytsenko STATE state:SVK',
    ]);
  });

  it('aims "grateful to all of them" in a statement at each state named before', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Ukraine\n\nKyiv, 3 March 2024\n\n' +
        'The shells came from Poland and the Czech Republic, and Slovakia will send more next month. ' +
        'Bulgaria has promised two batteries. Ukraine is grateful to all of them and to Canada, which paid for the transport.',
    );
    expect(draft.claims.flatMap((c) => c.targets).sort()).toEqual([
      'state:BGR',
      'state:CAN',
      'state:CZE',
      'state:POL',
      'state:SVK',
    ]);
  });

  it('aims thanks to "Council members" at the Council', async () => {
    const draft = await extract(
      'The Security Council met this morning. The representative of Georgia thanked Council members for their support.',
    );
    expect(lines(draft)).toEqual(['state:GEO STATE org:un-security-council']);
  });

  it('aims "urged them to" after thanks to two states at both', async () => {
    const draft = await extract(
      'Georgia thanked France and Germany for their support and urged them to keep sanctions in place.',
    );
    expect(of(draft, 'state:GEO', 'DEMAND')).toEqual(['state:GEO DEMAND state:DEU', 'state:GEO DEMAND state:FRA']);
  });

  it('aims "asks them to" after thanks at the parties thanked, not at another named in the sentence', async () => {
    const draft = await extract(
      'Ukraine thanks the United States and the United Kingdom for their help against Russia, and asks them to speed up deliveries.',
    );
    expect(of(draft, 'state:UKR', 'DEMAND')).toEqual(['state:UKR DEMAND state:GBR', 'state:UKR DEMAND state:USA']);
  });

  it('leaves thanks to "its partners" with no list aimed at no one', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Ukraine\n\nKyiv, 3 March 2024\n\nWe are grateful to our partners for their support.',
    );
    expect(draft.claims.flatMap((c) => c.targets)).toEqual([]);
  });

  it('leaves "grateful to them" aimed at no one when the paragraph named no state before', async () => {
    const draft = await extract(
      'Statement of the Ministry of Foreign Affairs of Ukraine\n\nKyiv, 3 March 2024\n\nWe are grateful to them for their support.',
    );
    expect(draft.claims.flatMap((c) => c.targets)).toEqual([]);
  });
});

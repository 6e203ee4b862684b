import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Claims drafted on the right words with the target or the kind those words
 * give: a position about another party it makes its subject, a denial told as
 * none of a side's people doing the wrong, a wrong told as pushing or helping
 * another, a veto judged, and an act's standing refused. Each on sentences
 * written for these tests.
 */

describe("a position whose subject is another party's government or people", () => {
  it('aims a position at the state whose seat of government is its subject', async () => {
    const draft = await extract(
      'Egypt watched the fighting in Libya closely. The Egyptian envoy said the authorities in Tripoli had lost control of the port. ' +
        '"The government in Hanoi is hedging between the two powers," said Le Minh, a researcher at the Lowy Institute. ' +
        'Mali left the bloc in January. The Algerian foreign minister said the junta in Bamako would not hold elections this year.',
    );
    claim(draft, 'state:EGY', 'STATE', 'state:LBY');
    claim(draft, 'person:le-minh', 'STATE', 'state:VNM');
    claim(draft, 'state:DZA', 'STATE', 'state:MLI');
  });

  it('aims a position at the state whose people or things, named by its demonym, can do or are what it says', async () => {
    const draft = await extract(
      '"Algerian gunboats could close the strait within hours," said Omar Haddad, a researcher at the Carnegie Middle East Center. ' +
        'The representative of Kenya said the Eritrean units were too few to hold the border. ' +
        'Greece is buying submarines. Turkey said on Monday that Greek submarines could reach its coast within hours.',
    );
    claim(draft, 'person:omar-haddad', 'STATE', 'state:DZA');
    claim(draft, 'state:KEN', 'STATE', 'state:ERI');
    claim(draft, 'state:TUR', 'STATE', 'state:GRC');
  });

  it("never aims one at the speaker's own side, nor at a capital alone or an act told", async () => {
    const draft = await extract(
      'The Polish minister said his country had bought tanks from Korea and Germany. ' +
        '"Hanoi wants two things at once," said Le Minh, a researcher at the Lowy Institute. ' +
        'The representative of Chile said Argentine advisers had trained the crews.',
    );
    expect(lines(draft).filter((l) => / STATE (?!-)/.test(l))).toEqual([]);
  });
});

describe("a denial told as none of a side's people doing the wrong", () => {
  it('reads "no ⟨own⟩ crew had violated", "not a single aircraft had entered" and "none of our pilots" as denials', async () => {
    const draft = await extract(
      'Ethiopia accused Eritrea of sending troops into its territory on Monday. ' +
        "Eritrea's Foreign Minister Osman Saleh said no Eritrean unit had entered Ethiopian territory. " +
        'Lithuania accused Belarus of flying helicopters over its border villages. ' +
        'The Belarusian defence ministry said not a single Belarusian helicopter had violated Lithuanian airspace. ' +
        'Greece said Turkish jets had violated its airspace 40 times. ' +
        'The Turkish defence ministry said none of its pilots had entered Greek airspace.',
    );
    claim(draft, 'person:osman-saleh', 'DENY', 'state:ETH');
    expect(lines(draft).filter((l) => /(?:BLR|belarus\S*) (?:STATE|ACCUSE)/.test(l))).toEqual([]);
    expect(lines(draft).filter((l) => /(?:TUR|turkey\S*) (?:STATE|ACCUSE)/.test(l))).toEqual([]);
    expect(draft.claims.filter((c) => c.kind === 'DENY').length, lines(draft).join('\n')).toBeGreaterThanOrEqual(3);
  });

  it('reads "the group had nothing to do with" as the group\'s denial', async () => {
    const draft = await extract(
      'Nigeria accused Boko Haram of attacking the market in Maiduguri. A spokesman for Boko Haram said the group had nothing to do with the attack.',
    );
    claim(draft, 'org:boko-haram', 'DENY');
    expect(lines(draft).filter((l) => /^org:boko-haram STATE/.test(l))).toEqual([]);
  });
});

describe('a wrong told as pushing, helping or arming another', () => {
  it('reads "had pushed ... into", "was helping ⟨B⟩ build" and "had armed ⟨B⟩" as accusations', async () => {
    const draft = await extract(
      'The representative of China said the United States and its allies had pushed the region into a new arms race. ' +
        'The United States said Iran was helping Russia build a drone factory. ' +
        'Sudanese officials said the United Arab Emirates had armed the Rapid Support Forces.',
    );
    claim(draft, 'state:CHN', 'ACCUSE', 'state:USA');
    claim(draft, 'state:USA', 'ACCUSE', 'state:IRN');
    claim(draft, 'state:SDN', 'ACCUSE', 'state:ARE');
  });
});

describe('a warning whose subject refuses another party, or opens on any act of one', () => {
  it('aims "⟨A⟩ would not tolerate a ⟨B⟩ base" at ⟨B⟩, never at the side refusing', async () => {
    const draft = await extract(
      'Turkey is expanding its bases in northern Cyprus. Greece warned on Tuesday that it would never accept a permanent Turkish military presence on the island. ' +
        'Anna Lind, a researcher at the Swedish Institute of International Affairs, warned that Finland would not tolerate Russian warships in its waters. ' +
        'The representative of Japan warned that Tokyo would not permit Chinese survey vessels to operate near the islands.',
    );
    claim(draft, 'state:GRC', 'WARN', 'state:TUR');
    claim(draft, 'person:anna-lind', 'WARN', 'state:RUS');
    claim(draft, 'state:JPN', 'WARN', 'state:CHN');
    expect(lines(draft).filter((l) => /^person:anna-lind WARN state:FIN/.test(l))).toEqual([]);
  });

  it('aims "any transfer of ⟨B⟩ missiles ... would be met ..." at ⟨B⟩', async () => {
    const draft = await extract(
      'Israel warned that any transfer of Iranian missiles to Syria would be met with force. ' +
        "Armenia's foreign ministry warned that any attempt to station Azerbaijani troops in the corridor will be treated as an act of aggression. " +
        'The representative of Ukraine warned that any shipment of Belarusian ammunition to the front would make Minsk a party to the war.',
    );
    claim(draft, 'state:ISR', 'WARN', 'state:IRN');
    claim(draft, 'org:armenia-ministry-of-foreign-affairs', 'WARN', 'state:AZE');
    claim(draft, 'state:UKR', 'WARN', 'state:BLR');
  });
});

describe('a veto judged', () => {
  it('aims "the veto was a missed opportunity", "sent the wrong message" and "a single member had blocked" at the vetoing state', async () => {
    const draft = await extract(
      'The Security Council failed to adopt a draft resolution on the ceasefire on Tuesday after Russia vetoed it. ' +
        "Mexico's delegate said the veto was a missed opportunity. " +
        'The representative of Ireland said the veto sent a dangerous signal to the parties. ' +
        "Norway's representative regretted that one permanent member had blocked the will of the Council.",
    );
    claim(draft, 'state:MEX', 'CRITICIZE', 'state:RUS');
    claim(draft, 'state:IRL', 'CRITICIZE', 'state:RUS');
    claim(draft, 'state:NOR', 'CRITICIZE', 'state:RUS');
  });
});

describe("the standing of another side's act refused", () => {
  it('reads "rejected the legitimacy / legality of ⟨B⟩\'s ..." as a criticism of ⟨B⟩', async () => {
    const draft = await extract(
      'The representative of Ireland said her country rejected in the strongest terms the legitimacy of continued Israeli settlement activity. ' +
        'Japan rejects the legality of the Chinese air defence zone. ' +
        'The Ministry of Foreign Affairs of Ukraine rejected the validity of the Russian referendums in the occupied regions.',
    );
    claim(draft, 'state:IRL', 'CRITICIZE', 'state:ISR');
    claim(draft, 'state:JPN', 'CRITICIZE', 'state:CHN');
    claim(draft, 'org:ukraine-ministry-of-foreign-affairs', 'CRITICIZE', 'state:RUS');
    expect(lines(draft).filter((l) => / DENY /.test(l))).toEqual([]);
  });
});

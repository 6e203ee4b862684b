import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Denials told without a verb of denying, and what is no denial though it says "no": none of a side's craft said to
 * have come near a border or an airspace denies the charge that they did (said.json's noneOfOwn); harm no one
 * suffered ("No one was hurt") tells what a side suffered, while harm to others denied ("no civilians had been
 * harmed") answers a charge (positions.json's correction); and a bare "No" answers a briefing's question that asks
 * anew, what a party will do or whether it was consulted, rather than the claim the question reported
 * (answers.json's askedAnew). Findings rejected ("rejected the mission's conclusions", "dismissed the group's findings")
 * answer whoever the text said found them, over an accusation made between (claims/reports.ts). Each on sentences
 * written for these tests.
 */

const denials = (draft: Awaited<ReturnType<typeof extract>>) => draft.claims.filter((c) => c.kind === 'DENY');

describe('none of a side’s craft came near a border or an airspace', () => {
  it('reads "none of its helicopters flew near the border" as a denial of the accuser', async () => {
    const draft = await extract(
      'Lithuania accused Belarus of sending helicopters into its airspace on Sunday. The Belarusian defence ministry said none of its helicopters flew near the border that day.',
    );
    claim(draft, 'org:belarus-ministry-of-defence', 'DENY', 'state:LTU');
  });

  it('reads "came close to", "had been anywhere near" and "had flown over" as denials too', async () => {
    const drones = await extract(
      'Japan said Chinese drones had entered its airspace near Yonaguni. The Chinese defence ministry said none of its drones came close to Japanese airspace.',
    );
    claim(drones, 'org:china-ministry-of-defence', 'DENY', 'state:JPN');
    const units = await extract(
      'Armenia accused Azerbaijan of shelling border villages. Baku said none of its units had been anywhere near the frontier.',
    );
    claim(units, 'state:AZE', 'DENY', 'state:ARM');
    const jets = await extract(
      'Estonia said Russian jets had violated its airspace. Moscow said none of its aircraft had flown over Estonian territory.',
    );
    claim(jets, 'state:RUS', 'DENY', 'state:EST');
    const helicopters = await extract(
      'Poland said Belarusian helicopters had violated its airspace. Minsk said none of its helicopters had been anywhere near Polish airspace.',
    );
    claim(helicopters, 'state:BLR', 'DENY', 'state:POL');
  });

  it('reads a statement’s "None of yesterday’s strikes were near the border" as its denial', async () => {
    const draft = await extract(
      "Statement by the Ministry of Defence of Russia\n\nNone of yesterday's strikes were near the Polish border.",
    );
    claim(draft, 'org:russia-ministry-of-defence', 'DENY');
  });

  it('leaves another side’s craft, harm and presence elsewhere as statements', async () => {
    const other = await extract('Finland said none of the Russian aircraft flew near its border during the exercise.');
    expect(denials(other), lines(other).join('\n')).toEqual([]);
    const hurt = await extract('The Thai air force said none of its pilots were hurt in the crash near the border.');
    expect(denials(hurt), lines(hurt).join('\n')).toEqual([]);
    const area = await extract('Latvia said none of its citizens were in the area when the drone fell.');
    expect(denials(area), lines(area).join('\n')).toEqual([]);
  });
});

describe('harm said not to have been suffered or done', () => {
  it('reads "No one was hurt", "nobody was injured" as what the speaker’s side suffered, no denial', async () => {
    for (const text of [
      'Romania said a Russian drone had crashed near Galati. No one was hurt, the Romanian defence ministry said.',
      'The Polish foreign ministry said a rocket had fallen on a farm near Przewodow. No one was killed on our side, the ministry added.',
      'Slovakia said a stray missile had hit a field near Kosice. The Slovak defence ministry said no one had been injured.',
      'The Kenyan defence ministry said nobody was injured when the shell landed near the camp.',
      'Greece said Turkish jets had violated its airspace. Athens said no Greek pilot was hurt during the interception.',
    ]) {
      const draft = await extract(text);
      expect(denials(draft), `${text}\n${lines(draft).join('\n')}`).toEqual([]);
    }
  });

  it('reads harm to others denied ("no residents were hurt", "no fishermen had been mistreated") as a denial', async () => {
    const residents = await extract(
      'Amnesty said the air force had bombed a market. The Nigerian air force said no residents were hurt.',
    );
    claim(residents, 'org:nigeria-air-force', 'DENY');
    const fishermen = await extract(
      'Fishermen said the coast guard had beaten them. The Honduran navy said no fishermen had been mistreated.',
    );
    claim(fishermen, 'org:honduras-navy', 'DENY');
  });
});

describe('a bare "No" to a briefing question', () => {
  const briefing = (question: string, answer: string) =>
    extract(
      `Press briefing by the spokesperson of the Ministry of Foreign Affairs of Chile, Santiago, 3 July 2024\n\nQ: ${question}\n\nSpokesperson: ${answer}`,
    );

  it('answers a question asking what the answerer will do, or whether it was consulted: no denial', async () => {
    for (const [question, answer] of [
      ['Bolivia says the ruling means Chile owes it compensation. Is Chile going to pay?', 'No.'],
      ['Argentina announced a new naval exercise near Cape Horn. Were you consulted?', 'No, we were not.'],
      ['Brazil says Chile has stopped its gas exports. Will you resume them?', 'No.'],
      ['Peru accuses Chile of closing the border crossing. Will Chile apologise to Peru?', 'No.'],
      ['Bolivia says the talks have failed. Has Chile been informed of the new proposal?', 'No.'],
    ]) {
      const draft = await briefing(question!, answer!);
      expect(denials(draft), `${question}\n${lines(draft).join('\n')}`).toEqual([]);
    }
  });

  it('denies the claim the question reported when it asks whether that claim is so', async () => {
    const right = await briefing(
      'Peru accuses Chile of arming the border police illegally. Are they right?',
      'No, they are not.',
    );
    claim(right, 'org:chile-ministry-of-foreign-affairs', 'DENY', 'state:PER');
    const spied = await briefing('Venezuela claims Chile spied on its embassy. Did Chile spy on Venezuela?', 'No.');
    claim(spied, 'org:chile-ministry-of-foreign-affairs', 'DENY', 'state:VEN');
    const leading = await briefing(
      'Bolivia says Chile is hoarding the water of the Silala. Will you not admit it?',
      'No.',
    );
    claim(leading, 'org:chile-ministry-of-foreign-affairs', 'DENY', 'state:BOL');
  });
});

describe('findings rejected', () => {
  it('aims the denial at the body that found them, not at a party that judged in between', async () => {
    for (const [text, denier, finder] of [
      [
        'Human Rights Watch concluded that Ethiopian troops had killed civilians in Tigray. The United States called the killings appalling. Addis Ababa dismissed the group’s findings.',
        'state:ETH',
        'org:human-rights-watch',
      ],
      [
        'The OSCE Special Monitoring Mission established that Russian artillery had shelled the town. Ukraine condemned the shelling. Moscow rejected the mission’s conclusions as biased.',
        'state:RUS',
        'org:osce-special-monitoring-mission',
      ],
      [
        'Amnesty International found that Saudi-led coalition strikes had hit a school. The United Kingdom criticized Saudi Arabia over the strike. Riyadh rejected Amnesty’s findings.',
        'state:SAU',
        'org:amnesty-international',
      ],
      [
        'In its report, the OPCW concluded that a Syrian air force helicopter had dropped chlorine on Douma. France accused Syria of a war crime. Damascus rejected its findings as fabricated.',
        'state:SYR',
        'org:opcw',
      ],
      [
        'The Group of Experts had found that Rwandan soldiers were fighting in North Kivu. Congo accused Rwanda of invading its territory. Rwanda’s representative rejected those findings.',
        'state:RWA',
        'org:group-of-experts',
      ],
    ]) {
      const draft = await extract(text!);
      expect(claim(draft, denier!, 'DENY').targets, `${text}\n${lines(draft).join('\n')}`).toEqual([finder]);
    }
  });

  it('leaves findings no one was named as finding to answer the nearest accusation', async () => {
    const draft = await extract(
      'Poland accused Belarus of pushing migrants across the border. Minsk rejected the findings as lies.',
    );
    expect(claim(draft, 'state:BLR', 'DENY').targets).toEqual(['state:POL']);
    const balloons = await extract(
      'Lithuania accused Belarus of flying balloons into its airspace. Minsk rejected those conclusions as fantasy.',
    );
    expect(claim(balloons, 'state:BLR', 'DENY').targets).toEqual(['state:LTU']);
  });
});

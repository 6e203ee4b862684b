import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The kind of reported speech from what it says (src/extract/content.json): a
 * party's resolve to act told in the third person is a warning by that party,
 * aimed at the party it answers and never at itself; a denial, blame or a
 * criticism told by its content under a verb that gives no kind. Each on
 * sentences written for these tests.
 */

describe("a party's resolve to act, reported", () => {
  it('reads "would not hesitate to", "reserved the right to" and "would take the necessary measures" as warnings', async () => {
    const draft = await extract(
      'The representative of Peru said Ecuador had violated its maritime border, and that his country reserved the right to defend its waters. The representative of Chile said the blockade of the port by Bolivia was unacceptable and that Santiago would not hesitate to protect its shipping. The representative of Kenya said the raids by Somalia were reckless, and that Kenya would take the necessary measures to protect its citizens.',
    );
    claim(draft, 'state:PER', 'WARN', 'state:ECU');
    claim(draft, 'state:CHL', 'WARN', 'state:BOL');
    claim(draft, 'state:KEN', 'WARN', 'state:SOM');
  });

  it('never aims the warning at the party resolving, whoever reports it', async () => {
    const draft = await extract(
      'The representative of Norway warned that Norway would not hesitate to defend its fishing grounds. Lars Holm, a researcher at the Arctic Institute in Tromsø, said Russia had sent survey ships into the strait and warned that Oslo would respond by strengthening its coast guard.',
    );
    const warnings = draft.claims.filter((c) => c.kind === 'WARN');
    expect(warnings.length, lines(draft).join('\n')).toBeGreaterThanOrEqual(2);
    for (const w of warnings) expect(w.targets).not.toContain('state:NOR');
  });

  it("aims a reported resolve at the adversary the resolving side's other claims name", async () => {
    const draft = await extract(
      'The Ministry of Foreign Affairs of Guyana accused Venezuela of massing troops on the border. Ministers met in Georgetown on Monday. The Ministry of Foreign Affairs of Guyana later warned that Guyana would take all necessary measures to defend its territory.',
    );
    claim(draft, 'org:guyana-ministry-of-foreign-affairs', 'WARN', 'state:VEN');
  });
});

describe('a denial told by its content', () => {
  it('reads "had no jurisdiction", "had no political purpose" and "planned months in advance" as denials', async () => {
    const draft = await extract(
      'The representative of Colombia accused Venezuela of sending armed patrols across the river. The representative of Venezuela said the tribunal had no jurisdiction over the border dispute. The representative of Belize accused Guatemala of staging the manoeuvres to intimidate it. The representative of Guatemala said the manoeuvres had been planned months in advance and had no political purpose.',
    );
    claim(draft, 'state:VEN', 'DENY');
    claim(draft, 'state:GTM', 'DENY');
    expect(lines(draft).filter((l) => /^state:(?:VEN|GTM) STATE/.test(l))).toEqual([]);
  });
});

describe('blame told by its content', () => {
  it('reads responsibility to come, a wrong made possible by a party, and a tool of a party as accusations', async () => {
    const draft = await extract(
      'The representative of Lithuania said Belarus would bear full responsibility for the harm done to the migrants. The representative of Iraq said the drone attacks on Erbil were possible only because Iran had supplied the militias with guidance kits. The representative of Somalia said the militia was a tool of Eritrea.',
    );
    claim(draft, 'state:LTU', 'ACCUSE', 'state:BLR');
    claim(draft, 'state:IRQ', 'ACCUSE', 'state:IRN');
    claim(draft, 'state:SOM', 'ACCUSE', 'state:ERI');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });
});

describe("an act told as the answer to another's", () => {
  it('reads "a response to" an act of a party as an accusation of that party', async () => {
    const draft = await extract(
      'The representative of Azerbaijan said the shelling was a response to Armenian provocations along the border. The representative of Serbia said the deployment was a reaction to the hostile moves of Kosovo. A spokesman for the Ministry of Defence of Eritrea said the raid was a response to repeated incursions by Ethiopia.',
    );
    claim(draft, 'state:AZE', 'ACCUSE', 'state:ARM');
    claim(draft, 'state:SRB', 'ACCUSE', 'state:XKX');
    expect(
      lines(draft).some((l) => / ACCUSE state:ETH$/.test(l)),
      lines(draft).join('\n'),
    ).toBe(true);
  });

  it('leaves a response to a threat, with no act or party named, a position', async () => {
    const draft = await extract(
      'The representative of Estonia said the new air defences were a response to a changed security environment.',
    );
    claim(draft, 'state:EST', 'STATE');
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });

  it('never aims the accusation at the party the act answered was done to', async () => {
    const draft = await extract(
      'The representative of Niger said the air strikes were a response to the siege on Mali and to the raids on its border posts.',
    );
    expect(lines(draft).filter((l) => /ACCUSE state:MLI/.test(l))).toEqual([]);
  });
});

describe('criticism told by its content', () => {
  it('reads "no moral authority to lecture", "when it suits it", "posed a threat to regional security" as criticisms', async () => {
    const draft = await extract(
      'The representative of Cuba said the United States had no moral authority to lecture others on human rights. The representative of Serbia said Kosovo invoked international law when it suits it and ignored it otherwise. The representative of Armenia said Azerbaijan posed a threat to regional security.',
    );
    claim(draft, 'state:CUB', 'CRITICIZE', 'state:USA');
    claim(draft, 'state:SRB', 'CRITICIZE');
    claim(draft, 'state:ARM', 'CRITICIZE', 'state:AZE');
  });

  it('reads a vote or a measure said to put pressure on voters as a criticism', async () => {
    const draft = await extract(
      'The representative of Bolivia said a vote on the text two days before the election would put pressure on voters in Chile.',
    );
    claim(draft, 'state:BOL', 'CRITICIZE');
  });

  it('leaves a neutral position on a text a plain statement', async () => {
    const draft = await extract(
      "The representative of Brazil said the resolution could not serve as a basis for military action. The representative of India said his country's observers would stay in the region until the spring.",
    );
    claim(draft, 'state:BRA', 'STATE');
    expect(lines(draft).filter((l) => /^state:(?:BRA|IND) (?:WARN|CRITICIZE|ACCUSE|DENY)/.test(l))).toEqual([]);
  });
});

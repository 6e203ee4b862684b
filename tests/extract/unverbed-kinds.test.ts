import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The kind a claim takes from a class of sentence with no verb of its kind (round 25):
 * a verdict on a text or an act (src/extract/judgments.json, verbs.json's
 * "consider"), a side's own wrong it owned, amends owed or awaited
 * or a duty not to be shed (consequences.json) and a side's refusal of any
 * further act (content.json).
 * Each on sentences written for these tests.
 */

describe('a verdict on a text, a measure or an act', () => {
  it('reads a text or a measure said to fall short as a criticism', async () => {
    const draft = await extract(
      'The representative of Peru said the draft was far too weak to change anything on the ground. The representative of Mexico said the measures announced by the mission were too little, too late. The representative of Ghana said the compromise text had been much too timid on accountability.',
    );
    claim(draft, 'state:PER', 'CRITICIZE');
    claim(draft, 'state:MEX', 'CRITICIZE');
    claim(draft, 'state:GHA', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads an act said to be an attempt to use, exploit or manipulate a body as a criticism', async () => {
    const draft = await extract(
      'The representative of Egypt said that bringing the dispute to the Council was an attempt to exploit the Council for narrow political ends. The representative of Cuba said the inscription of the item was an attempt to manipulate the Council against a sovereign State. The Ministry of Foreign Affairs of Serbia said the resolution was nothing but an attempt to legitimise the secession of its province.',
    );
    claim(draft, 'state:EGY', 'CRITICIZE');
    claim(draft, 'state:CUB', 'CRITICIZE');
    claim(draft, 'org:serbia-ministry-of-foreign-affairs', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads a ministry that considers an act unsafe or a provocation as criticizing its doer', async () => {
    const draft = await extract(
      'The Ministry of Foreign Affairs of Japan considers the repeated launches by North Korea a grave provocation. The Ministry of Defence of Norway considers the manoeuvres of the Russian aircraft unsafe and unprofessional. The Ministry of Defence of Australia considered the use of flares by the Chinese fighter reckless and contrary to international law.',
    );
    claim(draft, 'org:japan-ministry-of-foreign-affairs', 'CRITICIZE', 'state:PRK');
    expect(draft.claims.filter((c) => c.kind === 'CRITICIZE')).toHaveLength(3);
  });

  it('leaves a ministry that considers a report, with no verdict, unread', async () => {
    const draft = await extract(
      'The Ministry of Foreign Affairs of Japan considers the report of the panel carefully.',
    );
    expect(draft.claims.filter((c) => c.kind === 'CRITICIZE')).toEqual([]);
  });
});

describe("a side's own wrong, owned", () => {
  it('reads a mistake the speaker says its own side investigated or apologised for as a position', async () => {
    const draft = await extract(
      "The representative of Australia said the raid had been a serious mistake that Australia had investigated. The Defence Minister of Canada, Paul Girard, said the shooting of the fishermen was a tragic mistake for which his government had apologised. Türkiye's representative said the shelling of the village had been a blunder that Ankara had investigated at once.",
    );
    expect(draft.claims.filter((c) => c.kind === 'CRITICIZE')).toEqual([]);
    claim(draft, 'state:AUS', 'STATE');
    claim(draft, 'state:TUR', 'STATE');
  });

  it('still reads a mistake another party is to answer for as a criticism of that party', async () => {
    const draft = await extract(
      'The representative of Chile said the closure of the border had been a mistake for which Peru should apologise.',
    );
    claim(draft, 'state:CHL', 'CRITICIZE', 'state:PER');
  });
});

describe('amends owed or awaited', () => {
  it('reads a party said to owe compensation or an apology as a demand of it', async () => {
    const draft = await extract(
      'The representative of Bolivia said Chile owes compensation for decades of use of the river. The Foreign Minister of Ghana, Kwame Mensah, said Togo owed the families of the victims a full apology. The representative of Namibia said Germany still owes reparations to the descendants of the victims.',
    );
    claim(draft, 'state:BOL', 'DEMAND', 'state:CHL');
    claim(draft, 'person:kwame-mensah', 'DEMAND', 'state:TGO');
    claim(draft, 'state:NAM', 'DEMAND', 'state:DEU');
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });

  it('reads an explanation awaited as a demand of the party named before it', async () => {
    const draft = await extract(
      "The spokesperson of Norway said the Russian chargé d'affaires had been summoned and that Oslo awaited a full explanation. The Minister for Foreign Affairs of Ireland, Niamh Kelly, said the British ambassador had been called in and that Dublin expected a prompt and credible explanation.",
    );
    claim(draft, 'state:NOR', 'DEMAND', 'state:RUS');
    claim(draft, 'person:niamh-kelly', 'DEMAND', 'state:GBR');
  });
});

describe('a duty a party may not shed', () => {
  it('reads a responsibility said to be one a party cannot hand on as a demand of that party', async () => {
    const draft = await extract(
      '"The Security Council has a responsibility that it cannot delegate to regional bodies," the representative of France said. The Ministry of Foreign Affairs of Ecuador said the European Union had a moral obligation that it must not evade. The representative of Brazil said the General Assembly had a duty which it could not abandon to the Council.',
    );
    claim(draft, 'state:FRA', 'DEMAND', 'org:un-security-council');
    claim(draft, 'org:ecuador-ministry-of-foreign-affairs', 'DEMAND', 'org:european-union');
    claim(draft, 'state:BRA', 'DEMAND', 'org:un-general-assembly');
  });
});

describe('a refusal of any further act', () => {
  it("reads a side's refusal of any act against it as a warning, not a position", async () => {
    const draft = await extract(
      'The foreign minister of Greece said on Monday that Athens will not accept any attempt to change the status of the islands. Chilean patrol boats entered the bay on Monday. "Peru will not tolerate any further incursion," Foreign Minister Ana Rojas of Peru told reporters. The representative of Armenia said his country will never accept a single violation of its border.',
    );
    claim(draft, 'state:GRC', 'WARN');
    claim(draft, 'person:ana-rojas', 'WARN');
    claim(draft, 'state:ARM', 'WARN');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it("keeps waters told as the speaker's own a position beside the warning", async () => {
    const draft = await extract(
      '"These are Greek waters, and Greece will not accept any violation of them," the Foreign Minister of Greece, Eleni Markou, said.',
    );
    claim(draft, 'person:eleni-markou', 'STATE');
    claim(draft, 'person:eleni-markou', 'WARN');
  });
});

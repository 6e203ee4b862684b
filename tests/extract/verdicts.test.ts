import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * The kind a claim takes from a verdict on an outcome rather than from its
 * verb: disappointment with what another party did or a text says, a
 * verdict adjective ("unbelievable", "incomprehensible"), and what should
 * have been done told after the fact are criticisms, not positions or calls
 * for an outcome; a clash warded off or foretold by the speaker's side
 * ("so that no one is tempted to test us", "only makes an accident more
 * likely") is a warning to no one named. Each on sentences written for
 * these tests.
 */

describe('a verdict on an outcome or a text', () => {
  it('reads disappointment with a text or a decision, and a text hoped for or preferred, as a criticism', async () => {
    const draft = await extract(
      'The representative of Ireland said his delegation noted with deep disappointment that the text ignored the findings of the commission. The Foreign Ministry of Chile said it had learned with dismay that the border crossing would close. The representative of Ghana said her delegation would have preferred a resolution with a clear timeline.',
    );
    claim(draft, 'state:IRL', 'CRITICIZE');
    claim(draft, 'org:chile-ministry-of-foreign-affairs', 'CRITICIZE');
    claim(draft, 'state:GHA', 'CRITICIZE');
    expect(lines(draft).filter((l) => / (?:STATE|CALL_FOR) /.test(l))).toEqual([]);
  });

  it('reads an outcome called unbelievable, incomprehensible or shocking as a criticism', async () => {
    const draft = await extract(
      'The representative of Algeria said the outcome of the vote was "incomprehensible". Pakistan\'s delegate said the result was unbelievable. The Kenyan Foreign Ministry said the decision to suspend the talks was shocking.',
    );
    claim(draft, 'state:DZA', 'CRITICIZE');
    claim(draft, 'state:PAK', 'CRITICIZE');
    claim(draft, 'org:kenya-ministry-of-foreign-affairs', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads what should have been done, told after the fact, as a criticism, not a call for an outcome', async () => {
    const draft = await extract(
      "The representative of Norway said the text should have been more precise about the protection of aid workers. Mexico's delegate said the mission ought to have acted months ago. The representative of Slovenia said the Council could have done far more to prevent the famine.",
    );
    claim(draft, 'state:NOR', 'CRITICIZE');
    claim(draft, 'state:MEX', 'CRITICIZE');
    claim(draft, 'state:SVN', 'CRITICIZE');
    expect(lines(draft).filter((l) => / CALL_FOR /.test(l))).toEqual([]);
  });

  it('aims a verdict on a text at no party the text is said to leave out', async () => {
    const draft = await extract(
      "The representative of Portugal said the draft should have said more about Ukraine's right to self-defence. The representative of Canada said her delegation had hoped that the text would mention Armenia's rights.",
    );
    expect(claim(draft, 'state:PRT', 'CRITICIZE').targets).toEqual([]);
    expect(claim(draft, 'state:CAN', 'CRITICIZE').targets).toEqual([]);
  });

  it('keeps a call for an outcome still to come a call for it', async () => {
    const draft = await extract(
      'The representative of India said the people of Haiti should have access to clean water. The representative of Peru said the mission should be funded from assessed contributions.',
    );
    claim(draft, 'state:IND', 'CALL_FOR');
    claim(draft, 'state:PER', 'CALL_FOR');
    expect(lines(draft).filter((l) => / CRITICIZE /.test(l))).toEqual([]);
  });
});

describe('a clash warded off or foretold', () => {
  it('reads arms bought or forces kept so that no one dares attack as a warning to no one', async () => {
    const draft = await extract(
      '"We are modernising the fleet so that no adversary is tempted to challenge us," the Estonian defence minister, Kadri Tamm, said in Tallinn. The Finnish defence ministry said in a statement that the batteries were ordered so that nobody would dare to threaten Finland\'s airspace. "We keep the reserve ready so that no one ever dares to test our borders," said Ivo Kask, the Latvian defence minister.',
    );
    expect(claim(draft, 'person:kadri-tamm', 'WARN').targets).toEqual([]);
    expect(claim(draft, 'org:finland-ministry-of-defence', 'WARN').targets).toEqual([]);
    expect(claim(draft, 'person:ivo-kask', 'WARN').targets).toEqual([]);
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads a build-up said to make a clash likelier as a warning, not a criticism or a position', async () => {
    const draft = await extract(
      '"Each new launcher only makes a miscalculation more likely," said Mateo Ibarra, a retired Chilean admiral. The Swiss delegate said every new deployment along the line raised the risk of a collision at sea. "Every extra patrol over the strait increases the danger of an accident," said Laila Nouri, an analyst in Doha.',
    );
    claim(draft, 'person:mateo-ibarra', 'WARN');
    claim(draft, 'state:CHE', 'WARN');
    claim(draft, 'person:laila-nouri', 'WARN');
    expect(lines(draft).filter((l) => / (?:STATE|CRITICIZE) /.test(l))).toEqual([]);
  });
});

describe('wrongdoing charged by what another party is said to serve or prepare', () => {
  it('reads a party or craft said to spy for another as an accusation of the party it spies for', async () => {
    const draft = await extract(
      'The Venezuelan Foreign Ministry said the drone seized near the border had been on a reconnaissance mission for Colombia. The Iranian Foreign Ministry said the two detained engineers had been spying for Israel. The representative of Belarus told the Council that the balloon was on an espionage flight for Lithuania.',
    );
    claim(draft, 'org:venezuela-ministry-of-foreign-affairs', 'ACCUSE', 'state:COL');
    claim(draft, 'org:iran-ministry-of-foreign-affairs', 'ACCUSE', 'state:ISR');
    claim(draft, 'state:BLR', 'ACCUSE', 'state:LTU');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads a party said to serve its own interests as an accusation of bad faith', async () => {
    const draft = await extract(
      "China's delegate said the sanctions only advanced Washington's own geopolitical interests. The representative of Iran said certain Western capitals had armed militias that served their own narrow interests. The Foreign Ministry of Mali said the former partner had pursued its own agenda in the Sahel for a decade.",
    );
    claim(draft, 'state:CHN', 'ACCUSE');
    claim(draft, 'state:IRN', 'ACCUSE');
    claim(draft, 'org:mali-ministry-of-foreign-affairs', 'ACCUSE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads evidence said to prove or demonstrate a wrong as an accusation of its doer', async () => {
    const draft = await extract(
      'The Ethiopian Foreign Ministry said the video demonstrated that Eritrea had sent troops across the border. The representative of Ukraine said the debris proved that Belarus had fired the missile. Azerbaijan says the intercepted messages prove that Armenia is preparing a new offensive.',
    );
    claim(draft, 'org:ethiopia-ministry-of-foreign-affairs', 'ACCUSE', 'state:ERI');
    claim(draft, 'state:UKR', 'ACCUSE', 'state:BLR');
    claim(draft, 'state:AZE', 'ACCUSE', 'state:ARM');
  });
});

describe('money said to be wasted', () => {
  it('reads a purchase or a budget called a waste, or money said to be wasted, as a criticism', async () => {
    const draft = await extract(
      'Opposition leader Maria Santos said the frigate programme was a colossal waste of public money. Pedro Alves, an economist in Lisbon, said both governments were wasting billions the region needs. The representative of Bolivia said the arms race had squandered resources meant for development.',
    );
    claim(draft, 'person:maria-santos', 'CRITICIZE');
    claim(draft, 'person:pedro-alves', 'CRITICIZE');
    claim(draft, 'state:BOL', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });
});

describe('words that are no claim', () => {
  it('reads a debt written off or a member admitted as no one saying anything', async () => {
    const draft = await extract(
      'When Egypt ordered the corvettes from France in 2015, Paris wrote off part of its debt. The General Assembly admitted South Sudan as a member in July 2011, and the African Union admitted Morocco into its ranks in 2017. Berlin wrote down the loan to Athens the same year.',
    );
    expect(lines(draft)).toEqual([]);
  });

  it('reads "said then", "said at the time" as the end of an attribution, not the words said', async () => {
    const draft = await extract(
      '"Our fishermen were fired on in our own waters," the Senegalese fisheries minister, Awa Ndiaye, said then. "No ship will enter this port again," the Libyan coast guard commander, Salem Fituri, said at the time. "The strike killed eleven civilians," said Hana Kader, an Iraqi lawmaker, afterwards.',
    );
    for (const c of draft.claims) expect(c.quote ?? '').not.toMatch(/^(?:then|at the time|afterwards)$/);
  });
});

import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Claims drafted with the right words but the wrong target or the wrong
 * side: who a denial in apposition answers, and who speaks the verb
 * coordinated after it. Sentences written for these tests.
 */

describe('a denial in apposition to words aimed at no one', () => {
  it('makes the words an accusation of the denier and answers their speaker; the verb after it stays the first speaker’s', async () => {
    const draft = await extract(
      'Moscow accused Germany of preparing for war with Russia. Pavel Orlov, a researcher at the Carnegie Endowment, said the new airbase in Poland broke the 1997 Founding Act, which Berlin rejects, and warned that Russia would deploy more missiles in Belarus.',
    );
    claim(draft, 'person:pavel-orlov', 'ACCUSE', 'state:DEU');
    claim(draft, 'state:DEU', 'DENY', 'person:pavel-orlov');
    claim(draft, 'person:pavel-orlov', 'WARN');
    expect(lines(draft)).not.toContain('state:DEU DENY state:RUS');
    expect(lines(draft).filter((l) => l.startsWith('state:DEU WARN'))).toEqual([]);
  });

  it('reads wire copy: a charge a government denies, then "and said"', async () => {
    const draft = await extract(
      'Hussein Bashir, a spokesman for the Rapid Support Forces, said government aircraft had bombed three villages near El Fasher, which the Sudanese army denies, and said hundreds of families had fled.',
    );
    claim(draft, 'org:sudan-army', 'DENY', 'org:rapid-support-forces');
    expect(lines(draft).filter((l) => /^org:sudan-army (?:STATE|ACCUSE|REPORT)/.test(l))).toEqual([]);
  });

  it('reads UN coverage: a delegate’s charge another denies, then "and urged"', async () => {
    const draft = await extract(
      'Venezuela accused Guyana of provoking the crisis. The representative of Guyana said the disputed region had been settled by the 1899 award, which Venezuela disputes, and urged the Council to support the ruling of the International Court of Justice.',
    );
    claim(draft, 'state:GUY', 'DEMAND');
    expect(lines(draft).filter((l) => l.startsWith('state:VEN DEMAND'))).toEqual([]);
  });
});

describe('who made the accusations a denial names', () => {
  it('is named beside the accusation, never a place its reply names afterwards (UN coverage)', async () => {
    const draft = await extract(
      'The representative of Azerbaijan said Armenia had laid new mines along the border. The representative of Armenia dismissed the accusations about the mines as fabrications intended to divert attention from Nagorno-Karabakh.',
    );
    claim(draft, 'state:ARM', 'DENY', 'state:AZE');
    expect(lines(draft).filter((l) => l.includes('place:'))).toEqual([]);
  });

  it('reads wire copy: a reply that names a region "of" or "from" which', async () => {
    const draft = await extract(
      'Ukraine accused Russia of shelling a hospital. Moscow rejected the allegations as a provocation staged from Kharkiv.',
    );
    claim(draft, 'state:RUS', 'DENY', 'state:UKR');
    expect(lines(draft).filter((l) => l.includes('place:'))).toEqual([]);
  });

  it('reads a statement: the accuser named by "by" before the words of the charge', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Georgia\n\nThe Ministry rejects the claims by Russia that Georgian troops are massing near South Ossetia. No units have moved toward Abkhazia.',
    );
    claim(draft, 'org:georgia-ministry-of-foreign-affairs', 'DENY', 'state:RUS');
    expect(lines(draft).filter((l) => l.includes('place:'))).toEqual([]);
  });
});

describe('places named together after "in"', () => {
  it('reads "gangs operating in ⟨A⟩ and ⟨B⟩" as one phrase, not a clause whose subject is ⟨B⟩ (wire copy)', async () => {
    const draft = await extract(
      'President Bola Tinubu said the ambush had been carried out by "criminal gangs operating in Niger and Chad" and promised that his government would hold all those responsible to account.',
    );
    expect(lines(draft).filter((l) => l.endsWith('state:TCD'))).toEqual([]);
  });

  it('does not aim "armed groups in ⟨A⟩ and ⟨B⟩ have attacked ..." at ⟨B⟩', async () => {
    const draft = await extract(
      'Armed groups in Mali and Burkina Faso have attacked army posts more than 40 times since January, according to the French Defence Ministry.',
    );
    expect(lines(draft).filter((l) => l.endsWith('state:BFA'))).toEqual([]);
  });

  it('reads UN coverage: "militias based in ⟨A⟩ and ⟨B⟩ had attacked ..."', async () => {
    const draft = await extract(
      'The representative of France said militias based in Libya and Chad had attacked the convoy.',
    );
    expect(lines(draft).filter((l) => l.endsWith('state:TCD'))).toEqual([]);
  });
});

describe('another party’s charges called something', () => {
  it('reads "called the ⟨A⟩ accusations ⟨anything⟩" as a denial aimed at ⟨A⟩ (wire copy)', async () => {
    const draft = await extract(
      'Armenia accused Azerbaijan of shelling border villages. Baku called the Armenian accusations an attempt to derail the peace talks.',
    );
    claim(draft, 'state:AZE', 'DENY', 'state:ARM');
    expect(lines(draft)).not.toContain('state:AZE STATE -');
  });

  it('reads UN coverage: "called the claims of ⟨A⟩ a distortion of history"', async () => {
    const draft = await extract(
      'The representative of Ethiopia said Eritrean troops remained in Tigray. The representative of Eritrea called the claims of Ethiopia a distortion of history.',
    );
    claim(draft, 'state:ERI', 'DENY', 'state:ETH');
  });

  it('reads a statement’s "calls these claims ..." as a denial, and a report called alarming as no denial', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Belarus\n\nLithuania has accused Belarus of sending balloons across the border. The Ministry calls these claims a story for domestic consumption.',
    );
    claim(draft, 'org:belarus-ministry-of-foreign-affairs', 'DENY', 'state:LTU');
    const believed = await extract(
      'Amnesty International said soldiers had shot protesters. The Secretary-General called the report alarming.',
    );
    expect(believed.claims.filter((c) => c.kind === 'DENY')).toEqual([]);
  });
});

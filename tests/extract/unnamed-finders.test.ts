import { describe, expect, it } from 'vitest';
import { documentOf, extract, lines } from './drafts.js';

/**
 * Findings of researchers, panels, inquiries and courts the text names by a
 * common noun, convictions by courts, and a body's finding that confirms
 * the words before it. Sentences written for these tests, in the styles the
 * extractor reads, about other parties than the corpus texts.
 */

const said = (draft: Awaited<ReturnType<typeof extract>>, speaker: string) =>
  lines(draft).filter((l) => l.startsWith(`${speaker} `));
const names = (draft: Awaited<ReturnType<typeof extract>>) =>
  documentOf(draft).entities.map((e) => `${e.type as string}:${e.name as string}`);

describe('a finder named by a common noun', () => {
  it('reads "..., researchers found." as the researchers’ finding, one claim per supplier (analysis)', async () => {
    const draft = await extract('Belarus and Serbia sold rifles and mortars to the junta, researchers found.');
    expect(said(draft, 'org:researchers').sort()).toEqual([
      'org:researchers REPORT state:BLR',
      'org:researchers REPORT state:SRB',
    ]);
    expect(names(draft)).toContain('Organization:researchers');
  });

  it('reads "researchers found that ⟨A⟩ had supplied ..." with the finding’s words after the verb (wire)', async () => {
    const draft = await extract('Independent researchers found that Pakistan had supplied mortars to the militia.');
    expect(said(draft, 'org:researchers')).toEqual(['org:researchers REPORT state:PAK']);
  });

  it('names a panel by the text’s words and aims it at the organ its finding opens on (UN meetings)', async () => {
    const draft = await extract(
      'A United Nations commission of inquiry reported in 2019 that Myanmar’s army had burned villages in Rakhine State.',
    );
    expect(lines(draft)).toContain('org:united-nations-commission-of-inquiry REPORT org:myanmar-army');
  });

  it('aims a finding told in a relative clause at whom the passive names (UN meetings)', async () => {
    const draft = await extract(
      'The convoy was hit near the border, which a fact-finding mission had found was ordered by Chad.',
    );
    expect(lines(draft)).toContain('org:fact-finding-mission REPORT state:TCD');
  });

  it('reads an inquiry led by a named judge as a body, aimed at the organ whose officials it found knew (statement)', async () => {
    const draft = await extract(
      'Brazil’s Ministry of Defence denied ordering the raid, and an inquiry led by Judge Paulo Ferraz found in May 2021 that officials had planned it.',
    );
    expect(lines(draft)).toContain('org:inquiry-led-by-judge-paulo-ferraz REPORT org:brazil-ministry-of-defence');
    expect(names(draft)).toContain('Organization:inquiry led by Judge Paulo Ferraz');
  });

  it('aims "⟨A⟩ sold drones to ⟨B⟩ and ⟨C⟩, arms researchers say" at the seller, not the buyers (analysis)', async () => {
    const draft = await extract('Turkey sold armed drones to Niger and Mali, arms researchers say.');
    expect(said(draft, 'org:arms-researchers')).toEqual(['org:arms-researchers REPORT state:TUR']);
  });

  it('reads what commentators say a party did as their charge (briefing question)', async () => {
    const draft = await extract('Some analysts say Hezbollah fires rockets supplied by Iran.');
    expect(said(draft, 'org:analysts')).toEqual(['org:analysts ACCUSE state:IRN']);
    const asked = await extract(
      'Q: Some observers say Russia supplied the drones to the junta. What is your response?',
    );
    expect(said(asked, 'org:observers')).toEqual(['org:observers ACCUSE state:RUS']);
  });

  it('drafts nothing when the words name no party that did something (near misses)', async () => {
    const purchases = await extract('Analysts say the purchases are meant to reduce dependence on Moscow.');
    expect(said(purchases, 'org:analysts')).toEqual([]);
    const prices = await extract('Researchers found that drone prices had fallen sharply since 2020.');
    expect(said(prices, 'org:researchers')).toEqual([]);
  });

  it('leaves a purchase from several suppliers undrafted: the buyer did no wrong (near miss)', async () => {
    const draft = await extract(
      'Angola has since bought helicopters from Russia, Belarus and Ukraine, researchers say.',
    );
    expect(said(draft, 'org:researchers')).toEqual([]);
  });

  it('leaves a finding another speaker tells to that speaker (near miss)', async () => {
    const draft = await extract('The foreign minister said the inquiry found that Kenya had shelled the camp.');
    expect(lines(draft).some((l) => l.startsWith('org:inquiry '))).toBe(false);
  });
});

describe('a court’s conviction or indictment of a party', () => {
  it('reads "convicted ⟨P⟩ of ..." as the court’s accusation (wire)', async () => {
    const draft = await extract(
      'Defence Minister Goran Vuk approved the shipments. In 2015 the Supreme Court convicted Vuk of arms trafficking.',
    );
    expect(lines(draft)).toContain('org:supreme-court ACCUSE person:goran-vuk');
    expect(lines(draft)).not.toContain('org:supreme-court REPORT person:goran-vuk');
  });

  it('reads an indictment as an accusation (analysis)', async () => {
    const draft = await extract(
      'President Omar Bashir ruled for thirty years. The International Criminal Court indicted Bashir for genocide in 2010.',
    );
    expect(lines(draft)).toContain('org:icc ACCUSE person:omar-bashir');
  });

  it('aims the conviction at the party named, not at those named by a common noun beside it (statement)', async () => {
    const draft = await extract(
      'Prime Minister Anna Lind resigned in May. The Supreme Court convicted Lind and two ministers of fraud.',
    );
    expect(said(draft, 'org:supreme-court')).toEqual(['org:supreme-court ACCUSE person:anna-lind']);
  });

  it('drafts no accusation when those convicted are not named (near miss)', async () => {
    const draft = await extract('A Dutch court convicted two men of smuggling rifles.');
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });

  it('drafts no accusation for an acquittal (near miss)', async () => {
    const draft = await extract('Colonel Ivan Kolev commanded the brigade. The court acquitted Kolev of all charges.');
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });

  it('keeps a court’s finding of a fact that is no one’s deed as no accusation (near miss)', async () => {
    const draft = await extract(
      'The International Criminal Court found that the evidence against the accused was strong.',
    );
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });

  it('drafts no accusation for a conviction told in the passive with no court (near miss)', async () => {
    const draft = await extract('Colonel Ivan Kolev commanded the brigade. Kolev was convicted of looting in 2018.');
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });

  it('drafts no accusation from a convicted party of another clause (near miss)', async () => {
    const draft = await extract(
      'The Supreme Court heard the appeal, and the prosecutors said no one had been convicted.',
    );
    expect(lines(draft).filter((l) => / ACCUSE /.test(l))).toEqual([]);
  });
});

describe('a finding that confirms the words before it: "..., as ⟨the Panel⟩ had reported"', () => {
  it('aims the panel’s finding at where the arms came from (UN meetings)', async () => {
    const draft = await extract(
      'The representative of Mozambique said the insurgents had been armed from Tanzania, as the Panel of Experts had reported.',
    );
    expect(lines(draft)).toContain('org:panel-of-experts REPORT state:TZA');
  });

  it('aims a rights group’s confirmation at the supplier a passive names (briefing)', async () => {
    const draft = await extract(
      'She said the rebels had been supplied by Uganda, as Amnesty International had documented in May.',
    );
    expect(lines(draft)).toContain('org:amnesty-international REPORT state:UGA');
  });

  it('aims it at each supplier of a list (UN meetings)', async () => {
    const draft = await extract(
      'The delegate said the rebels had been armed by Rwanda and Uganda, as the Group of Experts had documented.',
    );
    expect(said(draft, 'org:group-of-experts').sort()).toEqual([
      'org:group-of-experts REPORT state:RWA',
      'org:group-of-experts REPORT state:UGA',
    ]);
  });

  it('aims it at the party the words open on (wire)', async () => {
    const draft = await extract('He said Eritrean troops had shelled the town, as Human Rights Watch had documented.');
    expect(lines(draft)).toContain('org:human-rights-watch REPORT state:ERI');
  });

  it('reads "has found" and a panel named by its country (statement)', async () => {
    const draft = await extract(
      'The minister said the drones had been flown from Iran, as the Panel of Experts on Yemen has found.',
    );
    expect(lines(draft)).toContain('org:panel-of-experts-on-yemen REPORT state:IRN');
  });

  it('aims a finding the sentence already drafts with no target (UN meetings)', async () => {
    const draft = await extract(
      'The representative of Angola spoke next. He said the militia had been armed and commanded from Zambia, as the Group of Experts had documented in its reports.',
    );
    expect(said(draft, 'org:group-of-experts')).toContain('org:group-of-experts REPORT state:ZMB');
    expect(said(draft, 'org:group-of-experts')).not.toContain('org:group-of-experts REPORT -');
  });

  it('drafts no finding when the words name no party (near miss)', async () => {
    const draft = await extract(
      'The spokesperson said the violence was worsening, as the Panel of Experts had reported.',
    );
    expect(said(draft, 'org:panel-of-experts')).toEqual([]);
  });

  it('drafts no finding for one who only says so (near miss)', async () => {
    const draft = await extract('He said the rebels had been armed from Rwanda, as the President had said.');
    expect(lines(draft).filter((l) => / REPORT /.test(l))).toEqual([]);
  });
});

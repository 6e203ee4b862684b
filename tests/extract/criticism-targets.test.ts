import { describe, expect, it } from 'vitest';
import { claim, extract, lines } from './drafts.js';

/**
 * Criticism and its target by class of sentence: an act judged by its noun is aimed at whoever the text told doing
 * it (however the telling words its subject), an act judged in apposition at whom the words before it are, a verdict
 * given by its words alone (a text doing more harm than good, questions unanswered, a colonial manoeuvre, scrap
 * iron), a protest told in the third person, and a verdict on a text that is no act of whom the speaker accuses.
 * Each on sentences written for these tests.
 */

describe('an act judged by its noun, aimed at its doer as the text told it', () => {
  it('reads the doer past a verb coordinated before the act\'s: "fired on and seized", "chased and seized"', async () => {
    const draft = await extract(
      'Indian coast guard vessels chased and seized two Sri Lankan trawlers off Jaffna on Tuesday. The representative of Sri Lanka called the seizure "a flagrant violation of Sri Lankan waters".',
    );
    claim(draft, 'state:LKA', 'CRITICIZE', 'state:IND');
    expect(lines(draft)).not.toContain('state:LKA CRITICIZE state:LKA');
  });

  it('reads the doer past where its forces flew from: "⟨A⟩ drones flying from ⟨X⟩ struck"', async () => {
    const draft = await extract(
      'Ethiopian drones flying from Bahir Dar struck a market in Gedaref on Friday. Sudan condemned the strikes as naked aggression.',
    );
    claim(draft, 'state:SDN', 'CRITICIZE', 'state:ETH');
  });

  it('reads the doer after a date opening the sentence: "In March 2021, ⟨A⟩ jets bombed ..."', async () => {
    const draft = await extract(
      'In March 2021, Turkish jets based at Diyarbakir bombed villages near Sinjar, where Yazidi families had returned. Iraq condemned the raids as aggression against its sovereignty.',
    );
    claim(draft, 'state:IRQ', 'CRITICIZE', 'state:TUR');
  });
});

describe('an act judged in apposition: "..., an act ⟨P⟩ called ..."', () => {
  it('aims the judgement at whom the words before the comma accuse', async () => {
    const greece = await extract(
      'ATHENS, May 6 - Greece accused Turkey on Monday of sending a survey ship onto its continental shelf, a move Foreign Minister Giorgos Gerapetritis called "a blatant provocation".',
    );
    claim(greece, 'person:giorgos-gerapetritis', 'CRITICIZE', 'state:TUR');
    const lithuania = await extract(
      'Lithuania accused Belarus on Tuesday of flying balloons into its airspace, what Lithuanian Prime Minister Gintautas Paluckas termed "a flagrant provocation".',
    );
    claim(lithuania, 'person:gintautas-paluckas', 'CRITICIZE', 'state:BLR');
  });

  it("reads an act said to be extremely dangerous, and a judgement in a government's name", async () => {
    const chile = await extract(
      'The representative of Chile said Peruvian troops had crossed the border near Tacna, an action the Chilean Government described as "extremely dangerous".',
    );
    expect(lines(chile).filter((l) => / CRITICIZE state:PER$/.test(l))).not.toEqual([]);
    expect(lines(chile).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('leaves an act called something that finds no fault a position', async () => {
    const draft = await extract(
      'Norway said Russian bombers had flown along its coast on Sunday, a flight Defence Minister Tore Sandvik called "routine".',
    );
    expect(lines(draft).filter((l) => l.startsWith('person:tore-sandvik') && / CRITICIZE /.test(l))).toEqual([]);
  });
});

describe('a verdict told by its words alone', () => {
  it('reads a text said to do more harm than good, and questions said to have gone unanswered, as criticism', async () => {
    const draft = await extract(
      "The representative of Bolivia said the resolution would do more harm than good. Indonesia's delegate said questions about who would pay for the mission had remained unanswered. The representative of Peru said the text could cause far more harm than good.",
    );
    claim(draft, 'state:BOL', 'CRITICIZE');
    claim(draft, 'state:IDN', 'CRITICIZE');
    claim(draft, 'state:PER', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads a move called a colonial or imperialist one, a text called anti-⟨A⟩ and weapons called scrap as criticism', async () => {
    const draft = await extract(
      'The Venezuelan foreign minister, Yvan Gil, called the proposal "an imperialist ploy". The representative of China said the text was "anti-Chinese". A spokesman for the Iranian foreign ministry, Nasser Kanaani, said the jets were "scrap metal".',
    );
    claim(draft, 'person:yvan-gil', 'CRITICIZE');
    claim(draft, 'state:CHN', 'CRITICIZE');
    claim(draft, 'person:nasser-kanaani', 'CRITICIZE');
    expect(lines(draft).filter((l) => / STATE /.test(l))).toEqual([]);
  });

  it('reads a purchase said to add to an arms build-up as a criticism', async () => {
    const draft = await extract(
      'A spokesman for the Greek foreign ministry, Nikos Pappas, said the sale added to "a dangerous arms build-up" in the Aegean. The representative of Armenia said the deliveries contributed to an arms race in the South Caucasus.',
    );
    claim(draft, 'person:nikos-pappas', 'CRITICIZE');
    claim(draft, 'state:ARM', 'CRITICIZE');
  });
});

describe("a protest told in the third person inside a speaker's words", () => {
  it('aims "⟨A⟩ had protested to ⟨capital⟩" at the state whose capital it is', async () => {
    const manila = await extract(
      'The Philippine defence secretary, Gilberto Teodoro, told reporters that Manila had protested to Beijing through diplomatic channels.',
    );
    claim(manila, 'person:gilberto-teodoro', 'CRITICIZE', 'state:CHN');
    const nairobi = await extract(
      'Kenyan Foreign Minister Musalia Mudavadi told parliament on Tuesday that Nairobi had protested strongly to Kampala over the arrest of the fishermen.',
    );
    claim(nairobi, 'person:musalia-mudavadi', 'CRITICIZE', 'state:UGA');
    const canberra = await extract(
      'Australian Defence Minister Richard Marles spoke in Darwin on Monday. "The manoeuvre was unsafe," Marles told reporters, adding that Canberra had protested to Beijing through diplomatic channels.',
    );
    claim(canberra, 'person:richard-marles', 'CRITICIZE', 'state:CHN');
  });
});

describe('a verdict on a text beside an accusation', () => {
  it('is not aimed at whom the speaker accuses or at who delivered the weapons it names', async () => {
    const draft = await extract(
      'The representative of Iran accused the United States of supplying Patriot missiles to Israel, and said the draft was "anti-Iranian".',
    );
    claim(draft, 'state:IRN', 'ACCUSE', 'state:USA');
    expect(lines(draft)).toContain('state:IRN CRITICIZE -');
  });
});

describe('a criticism of what leaders signed', () => {
  it('is aimed at the states they sign for, not at the leaders', async () => {
    const draft = await extract(
      'The representative of Ukraine condemned the treaty signed in Minsk by President Vladimir Putin of Russia and President Alexander Lukashenko of Belarus. Poland criticised the accord concluded last week by Prime Minister Mikhail Mishustin of Russia.',
    );
    claim(draft, 'state:UKR', 'CRITICIZE', 'state:RUS');
    claim(draft, 'state:UKR', 'CRITICIZE', 'state:BLR');
    claim(draft, 'state:POL', 'CRITICIZE', 'state:RUS');
    expect(lines(draft).filter((l) => / CRITICIZE person:/.test(l))).toEqual([]);
  });
});

describe('an aside on what is criticised', () => {
  it('does not make a party it names the target: "criticised the deal, which includes offsets for ⟨A⟩ industry, for ..."', async () => {
    const draft = await extract(
      'The representative of Ecuador condemned the raid, which killed three Colombian soldiers, as a breach of the truce. Mexico criticised the agreement, which gives American companies access to the port, for being negotiated in secret. Kenya criticised the loan, which was arranged with Chinese banks, for its hidden terms.',
    );
    claim(draft, 'state:ECU', 'CRITICIZE');
    claim(draft, 'state:MEX', 'CRITICIZE');
    claim(draft, 'state:KEN', 'CRITICIZE');
    expect(lines(draft).filter((l) => /CRITICIZE state:(?:COL|USA|CHN)$/.test(l))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract, lines } from './drafts.js';

/**
 * Parties named by reference rather than by name: a pronoun speaking, a pronoun object, and the side that threatens to
 * respond in a warning. Sentences written for these tests.
 */

describe('"it" speaking after a sentence about a state', () => {
  it('is the state the sentence before opened on, not a body that spoke further back', async () => {
    const draft = await extract(
      'The Chilean foreign ministry said the 1904 treaty had settled the border for good. Bolivia has long sought a way back to the sea. In 2013 it accused Chile at the court in The Hague of refusing to negotiate in good faith.',
    );
    expect(lines(draft)).toContain('state:BOL ACCUSE state:CHL');
    expect(lines(draft)).not.toContain('org:chile-ministry-of-foreign-affairs ACCUSE state:CHL');
  });

  it('reads a second text of the same form', async () => {
    const draft = await extract(
      'The Kenyan foreign ministry said the talks in Nairobi had been useful. Somalia recalled its ambassador the following week. On Monday it accused Kenya of meddling in the affairs of Jubaland.',
    );
    expect(lines(draft)).toContain('state:SOM ACCUSE state:KEN');
  });

  it('stays the speaker when someone spoke in the sentence before', async () => {
    const draft = await extract(
      'The Serbian foreign ministry accused Kosovo of provoking the clashes in the north. It said the raids on Serbian institutions had to stop.',
    );
    expect(draft.claims.every((c) => c.speaker === 'org:serbia-ministry-of-foreign-affairs')).toBe(true);
  });
});

describe('"accused it of ..." with no claim before to stand for', () => {
  it('is the doer the clause before it in the sentence is about', async () => {
    const draft = await extract(
      "The Ethiopian foreign ministry said Eritrea's troops were still inside the Tigray region and accused it of blocking aid convoys.",
    );
    expect(lines(draft)).toContain('org:ethiopia-ministry-of-foreign-affairs ACCUSE state:ERI');
  });

  it('reads a possessive subject in another sentence of the form', async () => {
    const draft = await extract(
      "A State Department spokesperson said Nicaragua's ties with Moscow posed a threat to regional security, and accused it of crushing the opposition.",
    );
    expect(lines(draft)).toContain('org:us-department-of-state ACCUSE state:NIC');
  });

  it('is the state the sentence before opened on when nothing comes before it in its own', async () => {
    const draft = await extract(
      "Venezuela moved troops to the Essequibo border last week. Guyana's foreign minister accused it of threatening the region's peace.",
    );
    expect(lines(draft)).toContain('state:GUY ACCUSE state:VEN');
  });
});

describe('a warning that the side named will respond', () => {
  it('is aimed at the parties the words before it are about, not at the side that responds', async () => {
    const draft = await extract(
      'Lars Hedin, an analyst in Stockholm, said Russia was probing the Baltic cables and warned that Sweden would respond by closing its waters to Russian ships.',
    );
    expect(lines(draft)).toContain('person:lars-hedin WARN state:RUS');
    expect(lines(draft)).not.toContain('person:lars-hedin WARN state:SWE');
  });

  it('aims at each of two parties named together before it', async () => {
    const draft = await extract(
      'Rahul Menon, of a research institute in New Delhi, said China and Pakistan were building a joint naval base and warned that India would take the necessary measures to protect its interests.',
    );
    expect(lines(draft)).toEqual(
      expect.arrayContaining(['person:rahul-menon WARN state:CHN', 'person:rahul-menon WARN state:PAK']),
    );
    expect(lines(draft)).not.toContain('person:rahul-menon WARN state:IND');
  });

  it('aims at no one when the words before it name no doer', async () => {
    const draft = await extract(
      'Erhan Kaya, a researcher in Istanbul, said the new radars could see deep into the region and warned that Ankara would respond by strengthening its forces in the north.',
    );
    expect(lines(draft)).toContain('person:erhan-kaya WARN -');
    expect(lines(draft)).not.toContain('person:erhan-kaya WARN state:TUR');
  });

  it('still aims "⟨B⟩ would pay a price" at ⟨B⟩', async () => {
    const draft = await extract('The Kremlin warned that Finland would pay a price for joining NATO.');
    expect(lines(draft).some((l) => /WARN state:FIN$/.test(l))).toBe(true);
  });
});

describe('a denial in a government statement of what the statement tells', () => {
  it("answers the government whose statement it is ('dismissed these findings')", async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Lithuania\n\nVilnius, 12 May 2025\n\nOver the past month, balloons launched from Belarus have carried contraband across our border on more than forty nights. The Ministry of Foreign Affairs of Belarus has dismissed these findings as fabrications. Lithuania will keep its border crossings closed.',
      '2025-05-12',
      'Ministry of Foreign Affairs of Lithuania',
    );
    expect(lines(draft)).toContain('org:belarus-ministry-of-foreign-affairs DENY state:LTU');
  });

  it("reads 'called these facts baseless' as such a denial", async () => {
    const draft = await extract(
      'Statement of the Government of Guyana\n\nGeorgetown, 3 March 2024\n\nVenezuelan soldiers crossed the Cuyuní River on two occasions in February and cut down a Guyanese flag. The Embassy of Venezuela in Georgetown has called these facts baseless. Guyana will raise the matter with the Commonwealth.',
      '2024-03-04',
      'Government of Guyana',
    );
    expect(lines(draft)).toContain('org:embassy-of-venezuela-in-georgetown DENY state:GUY');
  });

  it('leaves a news report of the same denial to the claims it answers', async () => {
    const draft = await extract(
      'GEORGETOWN, March 3 - Venezuelan soldiers crossed the Cuyuní River twice in February, a Guyanese army officer said. The Embassy of Venezuela in Georgetown has called these facts baseless.',
    );
    expect(lines(draft)).not.toContain('org:embassy-of-venezuela-in-georgetown DENY state:GUY');
  });
});

describe('"all members" of the Council a text names', () => {
  it('is the Security Council asked', async () => {
    const draft = await extract(
      'The Security Council met on Tuesday on the crossing at Bab al-Hawa. The representative of Ireland urged all members to renew the mandate before it lapsed.',
    );
    expect(lines(draft)).toContain('state:IRL DEMAND org:un-security-council');
  });

  it('reads "all other members" too', async () => {
    const draft = await extract(
      'The delegate of Mexico called on all other members to back the text. The Security Council adopted it on Friday.',
    );
    expect(lines(draft)).toContain('state:MEX DEMAND org:un-security-council');
  });

  it('is no one in a text that names no Council', async () => {
    const draft = await extract(
      'The African Union summit opened in Addis Ababa on Sunday. The delegate of Kenya called on all members to pay their dues on time.',
    );
    expect(lines(draft)).not.toContain('state:KEN DEMAND org:un-security-council');
  });
});

describe('"the government" faulted by a commentator', () => {
  it('is the state the words before it in the sentence are about, not a state named after it', async () => {
    const draft = await extract(
      "Priya Nair, a professor at Jawaharlal Nehru University, said India's shipyards could now compete abroad, but criticised the government for still refusing to sell arms to countries at war, such as Armenia.",
    );
    // The government criticised is India's, named as such: aimed at the organ (the corpus README's rule), not Armenia.
    expect(lines(draft)).toContain('person:priya-nair CRITICIZE org:india-government');
    expect(lines(draft)).not.toContain('person:priya-nair CRITICIZE state:ARM');
  });

  it('is the government of the state the sentence before opened on, not the last one it named', async () => {
    const draft = await extract(
      'Brazil has sold fighter jets to Colombia. Ana Souza, an analyst in São Paulo, accused the government of hiding the price of the deal from Congress.',
    );
    expect(lines(draft)).toContain('person:ana-souza ACCUSE org:brazil-government');
  });

  it('reads a third passage of the same shape', async () => {
    const draft = await extract(
      'Indonesia bought two submarines from France last year. Budi Santoso, a defence analyst in Jakarta, criticised the government for paying far more than Malaysia did.',
    );
    expect(lines(draft)).toContain('person:budi-santoso CRITICIZE org:indonesia-government');
  });
});

describe('"we" in a government statement whose heading names no issuing body', () => {
  it('is the government, not an embassy of another state the statement reports', async () => {
    const draft = await extract(
      'Statement of the President of Palau\n\nKoror, 4 June 2024\n\nChinese survey ships entered our exclusive economic zone six times this spring. The Embassy of China in Koror has dismissed these facts as fabrications. We have documented every incident and will publish the records.',
      '2024-06-04',
      'Office of the President of Palau',
    );
    expect(draft.claims.filter((c) => c.speaker === 'org:embassy-of-china-in-koror').map((c) => c.kind)).toEqual([
      'DENY',
    ]);
    expect(lines(draft)).toContain('state:PLW REPORT -');
  });

  it('is the government after another state’s ministry spoke', async () => {
    const draft = await extract(
      'Statement of the President of Guyana on the Essequibo\n\nGeorgetown, 4 December 2023\n\nThe Ministry of Foreign Affairs of Venezuela said on Sunday that the Essequibo belonged to Venezuela. We urge the Commonwealth to stand by the award of 1899.',
      '2023-12-04',
      'Office of the President of Guyana',
    );
    expect(lines(draft).some((l) => l.startsWith('state:GUY DEMAND'))).toBe(true);
    expect(lines(draft).some((l) => l.startsWith('org:venezuela-ministry-of-foreign-affairs DEMAND'))).toBe(false);
  });

  it('stays the issuing body a heading names', async () => {
    const draft = await extract(
      'Statement by the Ministry of Foreign Affairs of Lithuania\n\nVilnius, 12 May 2025\n\nThe Ministry of Foreign Affairs of Belarus said the balloons were launched by smugglers. We call on Belarus to stop the balloons at once.',
      '2025-05-12',
      'Ministry of Foreign Affairs of Lithuania',
    );
    expect(lines(draft)).toContain('org:lithuania-ministry-of-foreign-affairs DEMAND state:BLR');
  });
});

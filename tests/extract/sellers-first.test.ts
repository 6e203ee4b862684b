import { describe, expect, it } from 'vitest';
import { extract, transfers } from './drafts.js';

/**
 * An arsenal told seller by seller, each seller put first: "From ⟨A⟩ it bought ⟨W⟩", "From ⟨A⟩ came ⟨W⟩", with further
 * items that carry no verb ("and from ⟨C⟩ the frigate ⟨W⟩"). The buyer is the clause's subject, else whom the list is
 * about. Sentences written for these tests.
 */
describe('transfers told seller first', () => {
  it('reads a fronted seller with the buyer as the subject, and a vessel named after what it is', async () => {
    const d = await extract(
      'From the Netherlands, Indonesia bought four Sigma-class corvettes between 2007 and 2009, and from Britain the frigate Usman Harun Bung in 2014.',
    );
    expect(transfers(d)).toEqual([
      'state:GBR > state:IDN: weapon:usman-harun-bung',
      'state:NLD > state:IDN: weapon:sigma-class-corvette',
    ]);
  });

  it('reads "came" with no subject as going to the state the text is datelined in', async () => {
    const d = await extract(
      'LIMA, March 3 - Peru has rebuilt its fleet over two decades. From South Korea came two Pohang-class corvettes in 2016, and from Italy the landing ship Pisco Nueva Era in 2018.',
    );
    expect(transfers(d)).toEqual([
      'state:ITA > state:PER: weapon:pisco-nueva-era',
      'state:KOR > state:PER: weapon:pohang-class-corvette',
    ]);
  });

  it('reads a buyer named by its armed service after a capital, and a pronoun for the state the text is about', async () => {
    const d = await extract(
      'CAIRO, June 9 - Egypt has spread its orders since 2013. From Paris, the Egyptian Air Force has received 24 Rafale jets. From Germany it took delivery of four Type 209 submarines, along with MEKO A-200 frigates.',
    );
    expect(transfers(d)).toEqual([
      'state:DEU > state:EGY: weapon:meko-a-200',
      'state:DEU > state:EGY: weapon:type-209',
      'state:FRA > state:EGY: weapon:rafale',
    ]);
  });

  it('reads nothing where "from" is no seller', async () => {
    const d = await extract('Apart from Russia, Vietnam received Su-30 fighters. Far from Moscow, the talks went on.');
    expect(transfers(d)).toEqual([]);
  });
});

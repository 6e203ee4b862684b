/**
 * The Security Council's sanctions committees, named by the resolution that
 * set each up: "the Committee established pursuant to resolution 1970
 * (2011)", "its committee established pursuant to resolution 1718 (2006)",
 * "the Security Council's 1718 Committee". Each is one body whatever the
 * wording, named the way the Council names it, with the number it goes by
 * ("1718 Committee") as an alias. The words found stop before the
 * resolution, so that the resolution is still read as a resolution.
 */

export interface FoundCommittee {
  start: number;
  end: number;
  key: string;
  name: string;
  aliases: string[];
}

const ESTABLISHED =
  /\b(?:(?:[Tt]he |[Ii]ts )?(?:Security Council(?:[’']s)? |Council[’']s )?)(?:[Ss]anctions )?[Cc]ommittee established pursuant to (?=(?:Security Council )?resolution (?<number>\d{3,4})(?: \((?<year>\d{4})\))?)/g;
const NUMBERED =
  /\b(?:(?:[Tt]he )?(?:Security Council|Council)[’']s )?(?<number>\d{3,4}) (?:[Ss]anctions )?Committee\b/g;

export function committeesIn(text: string): FoundCommittee[] {
  const found: FoundCommittee[] = [];
  for (const m of [...text.matchAll(ESTABLISHED), ...text.matchAll(NUMBERED)]) {
    const { number, year } = m.groups!;
    const lead = /^(?:[Tt]he |[Ii]ts )?/.exec(m[0])![0].length;
    const surface = m[0].slice(lead).trim();
    found.push({
      start: m.index! + lead,
      end: m.index! + lead + surface.length,
      key: `org:un-${number}-committee`,
      name: `Security Council Committee established pursuant to resolution ${number}${year ? ` (${year})` : ''}`,
      aliases: [
        `${number} Committee`,
        `Committee established pursuant to resolution ${number}${year ? ` (${year})` : ''}`,
      ],
    });
  }
  return found;
}

import { z } from 'zod';
import { dataTable } from './tables.js';
import { escapeRegExp } from './text.js';

/**
 * Weapon systems named bare (systems.json): a family name news gives with no word for what it is ("offered the
 * Tejas", "asked for Iron Dome", "a TOW anti-tank missile"), and a class of ship named with no word after it ("the
 * Attack-class programme"). mentions.ts reads a system beside the word for what it is; these have none.
 */

const SYSTEMS = z
  .object({
    about: z.string(),
    names: z.array(
      z.object({ name: z.string(), plural: z.string().optional(), aliases: z.array(z.string()).optional() }),
    ),
    classNote: z.string(),
    notClassNames: z.array(z.string()),
  })
  .parse(dataTable('systems.json'));

export interface NamedSystem {
  start: number;
  /** The words as the text gives them. */
  surface: string;
  /** The system's name: the family's, or the class as written. */
  name: string;
}

/**
 * Not inside a longer capitalised name ("Black Hawk", "the Patriot Act", "Hawk Eye" are read whole), though after a
 * capitalised article or count opening a sentence ("Two Javelins were found").
 */
const BEFORE =
  "(?<![\\p{L}\\p{N}’'-])(?<!(?:^|[^\\p{L}])(?!(?:The|A|An|Our|Its|Their|His|Her|Both|All|Some|Several|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty) )\\p{Lu}[\\p{L}-]* )";
const AFTER = '(?![\\p{L}\\p{N}’-])(?! \\p{Lu}\\p{Ll})';

const FORMS = SYSTEMS.names.flatMap((s) =>
  [s.plural, s.name, ...(s.aliases ?? [])].filter((f): f is string => !!f).map((form) => ({ form, name: s.name })),
);
const FAMILY = new RegExp(
  `${BEFORE}(?:${FORMS.map((f) => escapeRegExp(f.form))
    .sort((a, b) => b.length - a.length)
    .join('|')})${AFTER}`,
  'gu',
);
const NAME_OF = new Map(FORMS.map((f) => [f.form, f.name]));
const CLASS = /(?<![\p{L}\p{N}-])(?<word>\p{Lu}\p{Ll}+)-class(?![\p{L}-])/gu;
const NOT_CLASS = new Set(SYSTEMS.notClassNames);

export function namedSystemsIn(text: string): NamedSystem[] {
  const out: NamedSystem[] = [];
  for (const m of text.matchAll(FAMILY)) out.push({ start: m.index!, surface: m[0], name: NAME_OF.get(m[0])! });
  for (const m of text.matchAll(CLASS)) {
    if (NOT_CLASS.has(m.groups!.word!)) continue;
    out.push({ start: m.index!, surface: m[0], name: m[0] });
  }
  return out;
}

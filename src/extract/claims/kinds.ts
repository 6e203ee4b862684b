import { z } from 'zod';
import type { Entities, EntityRecord } from '../entities.js';
import { dataTable } from '../tables.js';

/**
 * A body named again by the kind of body it is ("The group called on ⟨B⟩ to ...", "..., the institute says"): wire
 * copy names a body once and then by its kind, so the kind noun as a subject is the body of that kind named last.
 */

const table = z
  .object({
    kinds: z.object({
      note: z.string(),
      entries: z.array(
        z.object({
          nouns: z.array(z.string()).min(1),
          name: z.string().optional(),
          categories: z.array(z.string()).optional(),
          independent: z.boolean().optional(),
        }),
      ),
    }),
  })
  .parse(dataTable('referents.json'));

const entries = table.kinds.entries.map((e) => ({
  noun: new RegExp(`^(?:${e.nouns.join('|')})$`, 'i'),
  name: e.name ? new RegExp(e.name) : null,
  categories: e.categories ?? [],
  independent: e.independent ?? false,
}));

const nouns = table.kinds.entries.flatMap((e) => e.nouns).sort((a, b) => b.length - a.length);

/** "the group", "The court": a kind of body as a subject, for the patterns of speakers. */
export const BODY_KIND = `[Tt]he (?:${nouns.join('|')})(?![\\w-])`;
const KIND = new RegExp(`^${BODY_KIND}$`);

/** How far back the body may have been named: a kind noun refers to the paragraph before, not to the text's opening. */
const NAMED_NEAR = 700;

/**
 * The body a kind noun speaking refers to, or null when the subject is no kind noun; none when no body of that
 * kind was named near before it. The body of the kind named last, unless one spoke in the two sentences before and
 * none was named after that sentence: a body named in the speaker's own words ("said ..., in violation of a U.N.
 * arms embargo. The group called on ...") is not what the writer turns back to.
 */
export function bodyOfKind(
  subject: string,
  entities: Entities,
  at: { text: number; sentence: number },
  speakers: {
    recent: { key: string; at: number }[];
    stateOf: (key: string) => string | null;
    sentenceStart: (index: number) => number | undefined;
  },
): string[] | null {
  if (!KIND.test(subject)) return null;
  const noun = subject.replace(/^the\s+/i, '');
  const entry = entries.find((e) => e.noun.test(noun));
  if (!entry) return [];
  const fits = (e: EntityRecord | undefined): e is EntityRecord =>
    !!e &&
    e.type === 'Organization' &&
    ((!!entry.name && [e.name, ...e.aliases].some((n) => entry.name!.test(n))) ||
      entry.categories.includes(String(e.props.category))) &&
    !(entry.independent && speakers.stateOf(e.key));
  const named = entities.lastMentionBefore(at.text, fits, NAMED_NEAR);
  const spoke = [...speakers.recent]
    .reverse()
    .find((s) => s.at >= at.sentence - 2 && s.at < at.sentence && fits(entities.get(s.key)));
  const spokeEnd = spoke ? speakers.sentenceStart(spoke.at + 1) : undefined;
  if (spoke && (!named || spokeEnd === undefined || named.start < spokeEnd)) return [spoke.key];
  return named ? [named.key] : [];
}

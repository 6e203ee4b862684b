/**
 * A closed set of values, each with the sentence that explains it. The
 * domain tables below are written this way once, and every layer takes what
 * it needs from them: the document schema its `z.enum`, the GraphQL schema
 * its enum values and descriptions, the importers and the extractor their
 * types. A value added here is known everywhere.
 */
export type Vocabulary<V extends string = string> = Readonly<Record<V, string>>;

/** The values of a vocabulary, in the order they are written, as a tuple `z.enum` accepts. */
export function valuesOf<V extends string>(vocabulary: Vocabulary<V>): [V, ...V[]] {
  return Object.keys(vocabulary) as [V, ...V[]];
}

/** A vocabulary as Pothos enum values: each value with its description. */
export function enumValuesOf<V extends string>(vocabulary: Vocabulary<V>): Record<V, { description: string }> {
  return Object.fromEntries(
    Object.entries(vocabulary).map(([value, description]) => [value, { description }]),
  ) as Record<V, { description: string }>;
}

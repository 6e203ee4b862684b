import type { ClaimKind, EntityType } from '../domain/index.js';

/**
 * The extractor's shapes: what goes in (an article's text and its
 * metadata), what comes out (a draft ingest document with, beside it, the
 * typed view a reviewing screen shows), and the interface every extractor
 * implements, rule-based or not.
 */

/** Character offsets into the article's text, as JavaScript strings count them (UTF-16), end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface ExtractInput {
  text: string;
  title?: string | null;
  publisher?: string | null;
  /** YYYY-MM-DD; relative dates ("last week", "on Friday") resolve against it. */
  publishedOn: string;
  url?: string | null;
}

/** An entity the graph already holds, found for a mention. */
export interface GroundedEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** A resolution's UN symbol and title, by which one named by number or description is found. */
  symbol?: string | null;
  title?: string | null;
}

/** An accusation the graph holds against someone: what a denial in a later article may answer. */
export interface HeldAccusation {
  key: string;
  speaker: string;
  onBehalfOf: string | null;
  allegation: string;
  madeOn: string | null;
}

/**
 * What the extractor may ask of a graph. Without one (offline), mentions
 * resolve against the built-in gazetteers only.
 */
export interface Grounding {
  /** For each draft entity, the graph entity it names, if any (by key, name, alias or close spelling). */
  ground(candidates: GroundingCandidate[]): Promise<Map<string, GroundedEntity>>;
  /** The latest accusations the graph holds against each of these keys. */
  accusationsAgainst(keys: string[]): Promise<Map<string, HeldAccusation>>;
}

export interface GroundingCandidate {
  /** The draft's own key for the entity. */
  key: string;
  type: EntityType;
  /** Its name and the other names the text uses for it. */
  names: string[];
}

export interface ExtractContext {
  grounding?: Grounding;
}

export interface ExtractedEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  isNew: boolean;
  /** The key of the graph entity it resolved to, when not new. */
  existingKey: string | null;
  mentions: Span[];
}

export interface ExtractedClaim {
  key: string;
  kind: ClaimKind;
  speaker: string;
  onBehalfOf: string | null;
  targets: string[];
  about: string[];
  allegation: string;
  madeOn: string | null;
  quote: string | null;
  answers: string | null;
  sentence: Span;
  quoteSpans: Span[];
}

export interface ExtractedArticle {
  key: string;
  title: string;
  publisher: string | null;
  publishedOn: string;
  url: string | null;
}

export interface Draft {
  /** The ingest document (docs/model.md), which ingest takes unchanged; entities and claims carry `spans`. */
  document: Record<string, unknown>;
  article: ExtractedArticle;
  entities: ExtractedEntity[];
  claims: ExtractedClaim[];
  warnings: string[];
}

export interface Extractor {
  extract(input: ExtractInput, context: ExtractContext): Promise<Draft>;
}

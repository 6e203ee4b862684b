import { RulesExtractor } from './rules.js';
import type { Extractor } from './types.js';

/**
 * From article text to a draft ingest document (docs/model.md). The
 * rule-based extractor runs offline; see rules.ts for how it reads.
 */

let rules: Extractor | undefined;

/** The extractor the server and the CLI use. */
export function extractor(): Extractor {
  return (rules ??= new RulesExtractor());
}

export type { Draft, ExtractContext, Extractor, ExtractInput } from './types.js';

import type { Config } from '../config.js';
import { LlmExtractor } from './llm.js';
import { RulesExtractor } from './rules.js';
import type { Extractor } from './types.js';

/**
 * From article text to a draft ingest document (docs/model.md). The
 * rule-based extractor runs offline (rules.ts); with EXTRACT_LLM_URL and
 * EXTRACT_LLM_MODEL set, an OpenAI-compatible model is asked instead
 * (llm.ts), and the rule-based extractor answers when the model cannot.
 */

type LlmConfig = Pick<Config, 'EXTRACT_LLM_URL' | 'EXTRACT_LLM_MODEL' | 'EXTRACT_LLM_API_KEY'>;

const rules = new RulesExtractor();
let chosen: Extractor = rules;

/** The model's draft, or the rules' with a warning saying why when the model fails. */
class WithFallback implements Extractor {
  constructor(private readonly primary: Extractor) {}

  async extract(...args: Parameters<Extractor['extract']>) {
    try {
      return await this.primary.extract(...args);
    } catch (err) {
      const draft = await rules.extract(...args);
      draft.warnings.unshift(
        `the language model could not be used (${(err as Error).message}); this draft is the rule-based extractor's`,
      );
      return draft;
    }
  }
}

export function extractorFor(config: LlmConfig): Extractor {
  if (!config.EXTRACT_LLM_URL || !config.EXTRACT_LLM_MODEL) return rules;
  return new WithFallback(
    new LlmExtractor({
      url: config.EXTRACT_LLM_URL,
      model: config.EXTRACT_LLM_MODEL,
      apiKey: config.EXTRACT_LLM_API_KEY,
    }),
  );
}

/** Chooses the extractor once, from the configuration (the server does at start). */
export function useExtractor(config: LlmConfig) {
  chosen = extractorFor(config);
}

/** The extractor the server and the CLI use. */
export function extractor(): Extractor {
  return chosen;
}

export type { Draft, ExtractContext, Extractor, ExtractInput } from './types.js';

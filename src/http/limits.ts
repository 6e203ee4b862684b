import { EnvelopArmor, EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import {
  getNamedType,
  getOperationAST,
  GraphQLError,
  isIntrospectionType,
  Kind,
  parse,
  validate,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Limits on what one GraphQL document may ask for, checked before any
 * resolver runs (GraphQL Armor's rules). Calibrated for this schema and
 * measured by tests/hardening/limits.test.ts against the contract
 * operations (operations/) and the explorer's, which must pass
 * with room to spare:
 *
 * - depth (fields and fragments nested): the contract operations reach 6,
 *   the explorer's 7; 12 leaves room for an entity's claims' sources'
 *   entities, and stops recursive bombs (answers → answersTo → answers ...).
 * - cost (Armor's formula: objects 2, scalars 1, ×1.5 per level, × the
 *   `first`/`last` of a list): the heaviest contract operation costs 3.5k
 *   at its default page size and 17.7k at the largest page (100); the
 *   explorer's two lists of claims 27.9k. 100k refuses lists nested in
 *   lists at full pages (100 × 100 items). Armor only reads literal page
 *   sizes: the server counts again with the sizes the variables supply
 *   (useVariableAwareCost), so `first: $n` cannot hide a multiplier.
 * - aliases, directives, tokens: far above any hand-written query (at most
 *   2 aliases, 0 directives, 106 tokens today), far below the floods that
 *   cost parser, validator and database time.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 100_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 1_500,
} as const;

export type LimitName = keyof typeof QUERY_LIMITS;

/** The code every rejected-by-a-limit error carries, with the limit's name, maximum and the value found. */
export const LIMIT_CODE = 'QUERY_LIMIT_EXCEEDED';

export function limitError(limit: LimitName, max: number, message: string, found?: number) {
  return new GraphQLError(message, {
    extensions: {
      code: LIMIT_CODE,
      limit,
      max,
      ...(found !== undefined ? { found } : {}),
      // As for other validation errors: 400 for application/graphql-response+json, 200 for legacy JSON.
      http: { status: 400, spec: true },
    },
  });
}

/** Armor reports "Syntax Error: Query depth limit of 10 exceeded, found 12."; keep the sentence, add the code. */
function rejectWith(limit: LimitName) {
  return (ctx: ValidationContext | null, error: GraphQLError) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    const found = /found (\d+(?:\.\d+)?)/.exec(message);
    const coded = limitError(limit, QUERY_LIMITS[limit], message, found ? Number(found[1]) : undefined);
    // The token limit runs inside the parser, with no validation context: throwing ends the parse.
    if (ctx) ctx.reportError(coded);
    else throw coded;
  };
}

function armorConfig(options: { hideSuggestions: boolean }): GraphQLArmorConfig {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return {
    maxDepth: { ...common, n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, onReject: [rejectWith('maxDepth')] },
    costLimit: {
      ...common,
      maxCost: QUERY_LIMITS.maxCost,
      ignoreIntrospection: true,
      onReject: [rejectWith('maxCost')],
    },
    maxAliases: { ...common, n: QUERY_LIMITS.maxAliases, onReject: [rejectWith('maxAliases')] },
    maxDirectives: { ...common, n: QUERY_LIMITS.maxDirectives, onReject: [rejectWith('maxDirectives')] },
    maxTokens: { ...common, n: QUERY_LIMITS.maxTokens, onReject: [rejectWith('maxTokens')] },
    // An empty mask: 'Cannot query field "serch" on type "Query".' without the "Did you mean" part.
    blockFieldSuggestion: { enabled: options.hideSuggestions, mask: '' },
  };
}

/**
 * Introspection switched off (INTROSPECTION=false, the production default):
 * any field of an introspection type is refused, `__typename` stays allowed.
 * graphql-js's own MaxIntrospectionDepthRule bounds introspection queries
 * when it is on (Armor's depth and cost ignore `__schema`).
 */
export function introspectionDisabledRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      // __schema and __type are the only ways in: one error each, not one per field beneath.
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      const type = getNamedType(context.getType());
      if (type && isIntrospectionType(type)) {
        context.reportError(
          new GraphQLError(
            `Introspection is disabled on this server (INTROSPECTION=false); the query asks for "${node.name.value}".`,
            { nodes: node, extensions: { code: 'INTROSPECTION_DISABLED' } },
          ),
        );
      }
    },
  };
}

/**
 * Armor's cost rule multiplies by `first`/`last` only when they are
 * literals. Before executing, count again with the page sizes the variables
 * (or their defaults) supply, so the same query costs the same either way.
 */
function useVariableAwareCost(costRule: ValidationRule): Plugin {
  // Yoga reuses one parsed document per query text, so the verdict is kept per
  // document and page sizes: a client repeating a query pays for it once.
  const verdicts = new WeakMap<DocumentNode, Map<string, readonly GraphQLError[]>>();
  const check = ({ args, setResultAndStopExecution }: CheckPayload) => {
    const sizes = pageSizeValues(args.document, args.operationName, args.variableValues ?? {});
    if (!sizes || Object.keys(sizes).length === 0) return;
    const key = `${args.operationName ?? ''}|${JSON.stringify(sizes)}`;
    let byKey = verdicts.get(args.document);
    if (!byKey) verdicts.set(args.document, (byKey = new Map()));
    let errors = byKey.get(key);
    if (!errors) {
      const inlined = inlinePageSizes(args.document, args.operationName, args.variableValues ?? {});
      errors = inlined ? validate(args.schema, inlined, [costRule]) : [];
      if (byKey.size < 100) byKey.set(key, errors);
    }
    if (errors.length) setResultAndStopExecution({ errors });
  };
  // Subscriptions are checked as queries are, before their first event.
  return { onExecute: check, onSubscribe: check };
}

interface CheckPayload {
  args: {
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: Record<string, unknown> | null;
    schema: GraphQLSchema;
  };
  setResultAndStopExecution: (result: { errors: readonly GraphQLError[] }) => void;
}

/** The integer values the variables (or their defaults) give; null without an operation. */
function pageSizeValues(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): Record<string, number> | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const values: Record<string, number> = {};
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    const given = variables[name];
    if (Number.isInteger(given)) values[name] = given as number;
    else if (given === undefined && def.defaultValue?.kind === Kind.INT) values[name] = Number(def.defaultValue.value);
  }
  return values;
}

/** The document with `first: $n` / `last: $n` replaced by the variable's integer value; null when none is. */
export function inlinePageSizes(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): DocumentNode | null {
  const values = pageSizeValues(document, operationName, variables);
  if (!values) return null;
  let changed = false;
  const inlined = visit(document, {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) {
        const value = values[node.value.name.value];
        if (value === undefined) return undefined;
        changed = true;
        return { ...node, value: { kind: Kind.INT, value: String(value) } };
      }
      return undefined;
    },
  });
  return changed ? inlined : null;
}

/** The hooks of Armor's plugins called here, outside a Yoga pipeline. */
interface ArmorHooks {
  onValidate?: (api: { addValidationRule: (rule: ValidationRule) => void }) => void;
  onParse?: (api: { setParseFn: (fn: (s: string) => DocumentNode) => void }) => void;
}

/** Validation rules the Armor plugins add (to reuse them outside a Yoga pipeline). */
function armorRules(config: GraphQLArmorConfig): ValidationRule[] {
  const rules: ValidationRule[] = [];
  for (const plugin of new EnvelopArmor(config).protect().plugins as ArmorHooks[]) {
    plugin.onValidate?.({ addValidationRule: (rule: ValidationRule) => rules.push(rule) });
  }
  return rules;
}

const OFF = { enabled: false } as const;
const OFF_ALL: GraphQLArmorConfig = {
  maxDepth: OFF,
  costLimit: OFF,
  maxAliases: OFF,
  maxDirectives: OFF,
  maxTokens: OFF,
  blockFieldSuggestion: OFF,
};

/** The Yoga plugins that enforce the limits, and hide suggestions and introspection when asked. */
export function limitPlugins(options: { introspection: boolean }): Plugin[] {
  const config = armorConfig({ hideSuggestions: !options.introspection });
  const [costRule] = armorRules({
    ...OFF_ALL,
    costLimit: config.costLimit,
  });
  const plugins: Plugin[] = [EnvelopArmorPlugin(config) as Plugin, useVariableAwareCost(costRule!)];
  if (!options.introspection) {
    plugins.push({
      onValidate({ addValidationRule }) {
        addValidationRule(introspectionDisabledRule);
      },
    });
  }
  return plugins;
}

export interface OperationMeasures {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  tokens: number;
}

/**
 * What Armor counts for one document (variables' page sizes inlined), to
 * check the contract operations against the limits with room to spare.
 */
export function measureOperation(
  schema: GraphQLSchema,
  source: string,
  variables: Record<string, unknown> = {},
): OperationMeasures {
  const found: Partial<OperationMeasures> = {};
  const record = (key: keyof OperationMeasures) => [
    (_ctx: unknown, details: { n: number }) => {
      found[key] = Math.max(found[key] ?? 0, details.n);
    },
  ];
  const unbounded = { propagateOnRejection: false, onReject: [] };
  let document = parse(source);
  document = inlinePageSizes(document, undefined, variables) ?? document;
  // Token count: Armor's parser with an onAccept hook on every token.
  const [parseHook] = new EnvelopArmor({
    ...OFF_ALL,
    maxTokens: { n: Number.MAX_SAFE_INTEGER, ...unbounded, onAccept: record('tokens') },
  }).protect().plugins as ArmorHooks[];
  parseHook!.onParse!({ setParseFn: (fn: (s: string) => DocumentNode) => fn(source) });
  const rules = armorRules({
    ...OFF_ALL,
    maxDepth: { n: Number.MAX_SAFE_INTEGER, ignoreIntrospection: true, ...unbounded, onAccept: record('depth') },
    costLimit: { maxCost: Number.MAX_SAFE_INTEGER, ignoreIntrospection: true, ...unbounded, onAccept: record('cost') },
    maxAliases: { n: Number.MAX_SAFE_INTEGER, ...unbounded, onAccept: record('aliases') },
    maxDirectives: { n: Number.MAX_SAFE_INTEGER, ...unbounded, onAccept: record('directives') },
  });
  const errors = validate(schema, document, rules);
  if (errors.length) throw errors[0];
  return {
    depth: found.depth ?? 0,
    cost: found.cost ?? 0,
    aliases: found.aliases ?? 0,
    directives: found.directives ?? 0,
    tokens: found.tokens ?? 0,
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type FragmentDefinitionNode } from 'graphql';

/**
 * The API contract: the operations front-ends and analysts run, kept as
 * files in operations/ at the top of the project. Each must run as written;
 * the tests, the benchmark, the limits check and the start-up warm-up read
 * them from here.
 */
export const operationsDir = fileURLToPath(new URL('../operations/', import.meta.url));

export interface ContractOperation {
  /** The file's name without `.graphql` (search, entity, accusations...). */
  file: string;
  /** The operation's name in the document (Search, Entity, WhoAccusedWhom...). */
  name: string;
  /** Queries are safe to run at will (the warm-up does); mutations write or need a token. */
  kind: 'query' | 'mutation' | 'subscription';
  source: string;
}

/** One contract operation's text, by file name. */
export function contractOperation(file: string): string {
  return readFileSync(`${operationsDir}${file}.graphql`, 'utf8');
}

/**
 * The operations of a folder of `.graphql` files, one operation each, sorted
 * by file. A fragment one file defines and another spreads (as the Explorer's
 * codegen allows) is appended to the document that spreads it, so each
 * source runs as it stands.
 */
export function operationsIn(dir: string): ContractOperation[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ f, source: readFileSync(`${dir.endsWith('/') ? dir : `${dir}/`}${f}`, 'utf8') }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { source } of files)
    for (const def of parse(source).definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return files.map(({ f, source }) => {
    const [, kind, name] = /\b(query|mutation|subscription)\s+(\w+)/.exec(source) ?? [];
    if (!name) throw new Error(`${dir}${f} holds no named operation`);
    return {
      file: f.replace(/\.graphql$/, ''),
      name,
      kind: kind as ContractOperation['kind'],
      source: withFragments(source, fragments),
    };
  });
}

/** The source with the definitions of the fragments it spreads but does not define, and theirs in turn. */
function withFragments(source: string, fragments: Map<string, FragmentDefinitionNode>): string {
  const defined = new Set(
    parse(source)
      .definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => (d as FragmentDefinitionNode).name.value),
  );
  const added: FragmentDefinitionNode[] = [];
  const spreads = (node: Parameters<typeof visit>[0]) => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
    return names;
  };
  const pending = spreads(parse(source));
  while (pending.length) {
    const name = pending.pop()!;
    const fragment = fragments.get(name);
    if (defined.has(name) || !fragment) continue;
    defined.add(name);
    added.push(fragment);
    pending.push(...spreads(fragment));
  }
  return added.length ? `${source.trimEnd()}\n\n${added.map((d) => print(d)).join('\n\n')}\n` : source;
}

export function contractOperations(): ContractOperation[] {
  return operationsIn(operationsDir);
}

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** The operations of a folder of `.graphql` files, one operation each, sorted by file. */
export function operationsIn(dir: string): ContractOperation[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => {
      const source = readFileSync(`${dir.endsWith('/') ? dir : `${dir}/`}${f}`, 'utf8');
      const [, kind, name] = /\b(query|mutation|subscription)\s+(\w+)/.exec(source) ?? [];
      if (!name) throw new Error(`${dir}${f} holds no named operation`);
      return { file: f.replace(/\.graphql$/, ''), name, kind: kind as ContractOperation['kind'], source };
    });
}

export function contractOperations(): ContractOperation[] {
  return operationsIn(operationsDir);
}

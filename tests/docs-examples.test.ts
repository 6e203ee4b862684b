import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { testApp } from './support/app.js';
import { parseMarkdown } from './support/markdown.js';

/**
 * The GraphQL in the README and the guides is run as written: every block
 * fits the schema, and every query that needs no variable answers from the
 * seed graph without an error. Mutations are only validated here (tests/mutations.test.ts runs
 * the writes), since several of them hold placeholders such as a change id.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const pages = ['README.md', 'docs/querying.md', 'docs/writing.md', 'docs/front-end.md'];

const blocks = pages.flatMap((page) =>
  parseMarkdown(readFileSync(`${root}/${page}`, 'utf8'))
    .code.filter((block) => block.lang === 'graphql')
    .map((block, i) => ({ name: `${page} block ${i + 1}`, text: block.text })),
);

const operationOf = (text: string) =>
  parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

describe('GraphQL examples in the documentation', () => {
  const app = testApp();

  it('are there to check', () => {
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.filter((b) => operationOf(b.text).operation === 'query').length).toBeGreaterThan(6);
  });

  it.each(blocks)('$name fits the schema', ({ text }) => {
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });

  // Queries that need no variable run as written; the others are an app's operations, run by its own tests.
  const queries = blocks.filter((b) => {
    const operation = operationOf(b.text);
    return (
      operation.operation === 'query' &&
      (operation.variableDefinitions ?? []).every((v) => v.defaultValue || v.type.kind !== Kind.NON_NULL_TYPE)
    );
  });
  it.each(queries)('$name answers from the seed graph', async ({ text }) => {
    const res = await app.query(text);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const fields = Object.values(res.body.data as Record<string, unknown>);
    // Every root field answers something: a node, a non-empty list, or a connection with items.
    for (const value of fields) {
      const items = Array.isArray(value)
        ? value
        : ((value as { edges?: unknown[]; nodes?: unknown[] }).edges ??
          (value as { nodes?: unknown[] }).nodes ?? [value]);
      expect(items.length, JSON.stringify(value).slice(0, 200)).toBeGreaterThan(0);
    }
  });
});

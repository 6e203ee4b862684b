import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/**
 * Compiled execution: each operation is compiled once by graphql-jit into a
 * JavaScript function (cached per parsed document, which Yoga reuses for
 * every request with the same text) and run instead of graphql-js's
 * interpreter, which walks the document anew on every request.
 *
 * What clients see stays what graphql-js gives them:
 * - variables are coerced by graphql-js first, so a variable of the wrong
 *   type is refused with graphql-js's own message (BAD_USER_INPUT), before
 *   the compiled function runs;
 * - a document the compiler refuses, and subscriptions, run on graphql-js;
 * - errors are handed on as graphql-js would build them (`locatedError`):
 *   the resolver's own GraphQLError as thrown, anything else wrapped with it
 *   as the original error, so masking and error codes treat both alike.
 */

type Compiled = CompiledQuery | null;

const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();

function compiled(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  onRefused: (errors: readonly GraphQLError[]) => void,
): Compiled {
  let byOperation = compiledByDocument.get(document);
  if (!byOperation) compiledByDocument.set(document, (byOperation = new Map()));
  const name = operationName ?? '';
  let query = byOperation.get(name);
  if (query === undefined) {
    const result = compileQuery(schema, document, operationName);
    query = isCompiledQuery(result) ? result : null;
    if (!isCompiledQuery(result)) onRefused(result.errors ?? []);
    byOperation.set(name, query);
  }
  return query;
}

/** An error as graphql-js's locatedError would have built it from what the resolver threw. */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  if (original instanceof GraphQLError && original.path) return original;
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    // graphql-jit builds its own non-null and type-resolution errors without one: graphql-js throws plain Errors there.
    originalError: original ?? new Error(error.message),
  });
  if (error.locations) (rebuilt as { locations?: unknown }).locations = error.locations;
  return rebuilt;
}

function graphqlJsResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map(asGraphqlJsError) };
}

/**
 * Place it before plugins that wrap the executor (the response cache), so
 * that they wrap the compiled one.
 */
export function useCompiledExecution(options: { onRefused?: (errors: readonly GraphQLError[]) => void } = {}): Plugin {
  const onRefused = options.onRefused ?? (() => undefined);
  return {
    onExecute({ args, setExecuteFn, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation || operation.operation === 'subscription') return;
      const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}, {
        maxErrors: 50,
      });
      if (coerced.errors) {
        setResultAndStopExecution({ errors: coerced.errors });
        return;
      }
      setExecuteFn((run: ExecutionArgs) => {
        // The document run may be another plugin's rewrite of the one parsed (the response cache adds fields).
        const query = compiled(run.schema, run.document, run.operationName ?? undefined, onRefused);
        if (!query) return execute(run);
        const result = query.query(run.rootValue, run.contextValue, run.variableValues ?? {});
        return result instanceof Promise ? result.then(graphqlJsResult) : graphqlJsResult(result as ExecutionResult);
      });
    },
  };
}

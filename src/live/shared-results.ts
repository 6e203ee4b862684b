import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { map } from './operators.js';
import { turns } from './turns.js';

/** Subscribers handed an event per turn of the event loop (some 25 ms of work at the 0.1 ms each that bench:live measures). */
const turn = turns(250);

/**
 * One execution per event for the subscribers that would all compute the
 * same thing: same role (they share the event's read, src/live/event-reads.ts),
 * same operation, same variables. A thousand dashboards on one page send
 * the same subscription; each event is run once for them, and its JSON is
 * written once (Yoga's SSE answer uses a result's own `stringify`).
 *
 * The stream of events is still each subscriber's own (its filters, its
 * buffer, its connection); only the running of an event is shared. A
 * subscription that does not open (bad arguments, no token) is answered
 * by Yoga's own subscribe, exactly as before.
 */
export function useSharedEventResults(): Plugin<Context> {
  return {
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      const stock = subscribeFn;
      setSubscribeFn(async (args: ExecutionArgs) => {
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) return stock(args);
        const ctx = args.contextValue as Context;
        const key = operationKey(args);
        const run = (payload: unknown) => () => shareable(execute({ ...args, rootValue: payload }));
        return map(async (payload: unknown) => {
          const result = await (ctx.live ? ctx.live.reads.shared(ctx, key, run(payload)) : run(payload)());
          await turn();
          return result;
        })(source);
      });
    },
  };
}

/** Documents by identity, for the texts Yoga has not kept (it reuses one parsed document per query text). */
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

function operationKey(args: ExecutionArgs): string {
  const text = args.document.loc?.source.body;
  let id = documentIds.get(args.document);
  if (text === undefined && id === undefined) documentIds.set(args.document, (id = ++nextDocumentId));
  return JSON.stringify([text ?? id, args.operationName ?? null, args.variableValues ?? {}]);
}

/** A result whose JSON text is made once, however many subscribers write it. */
async function shareable(result: ExecutionResult | Promise<ExecutionResult>): Promise<ExecutionResult> {
  const done = await result;
  let text: string | undefined;
  // Yoga serialises an answer with its own `stringify` when it has one; a masked copy (new object) is serialised as usual.
  Object.defineProperty(done, 'stringify', {
    value: (value: unknown) => (value === done ? (text ??= JSON.stringify(value)) : JSON.stringify(value)),
  });
  return done;
}

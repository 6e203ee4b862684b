import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createYoga, type Plugin } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Config } from './config.js';
import { createContext, type Context } from './context.js';
import { graphiqlTabs } from './graphiql-examples.js';
import type { Logger } from './log.js';
import type { Graph } from './neo4j/graph.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  config: Config;
  graph: Graph;
  logger: Logger;
}

interface RequestState {
  requestId: string;
  started: number;
  context?: Context;
  operationName?: string | null;
  errorCodes: string[];
}
const requestStates = new WeakMap<Request, RequestState>();

/** One structured log line per GraphQL request, with its Cypher statement count. */
function requestLog(logger: Logger): Plugin<Context> {
  return {
    onExecute({ args }) {
      const state = requestStates.get((args.contextValue as any).request as Request);
      if (state) {
        state.context = args.contextValue as Context;
        state.operationName = args.operationName ?? null;
      }
    },
    onResultProcess({ request, result }) {
      const state = requestStates.get(request);
      if (!state) return;
      const results = Array.isArray(result) ? result : [result];
      for (const r of results as any[]) {
        for (const e of r?.errors ?? []) state.errorCodes.push(e.extensions?.code ?? 'UNKNOWN');
      }
      logger.info(
        {
          requestId: state.requestId,
          operation: state.operationName ?? null,
          ms: Math.round(performance.now() - state.started),
          cypher: state.context?.graph.stats.statements ?? 0,
          outcome: state.errorCodes.length ? 'error' : 'ok',
          errors: state.errorCodes.length ? state.errorCodes : undefined,
        },
        'graphql request',
      );
    },
  };
}

export function createApp({ config, graph, logger }: AppOptions) {
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: false,
    graphiql: config.graphiql
      ? { title: 'News graph', defaultTabs: graphiqlTabs, defaultQuery: graphiqlTabs[0]!.query }
      : false,
    renderGraphiQL,
    maskedErrors: { isDev: config.NODE_ENV === 'development' },
    context: ({ request }) => {
      const state = requestStates.get(request);
      const requestId = state?.requestId ?? randomUUID();
      return createContext(graph.forRequest(request.signal), null, requestId);
    },
    plugins: [
      {
        onRequest({ request }) {
          requestStates.set(request, {
            requestId: request.headers.get('x-request-id') ?? randomUUID(),
            started: performance.now(),
            errorCodes: [],
          });
        },
        onResponse({ request, response }) {
          const state = requestStates.get(request);
          if (state) response.headers.set('x-request-id', state.requestId);
        },
      },
      requestLog(logger),
    ],
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health') return json(res, 200, { status: 'ok' });
    if (path === '/ready') {
      const up = await graph.ping();
      return json(res, up ? 200 : 503, { status: up ? 'ready' : 'unavailable', neo4j: up ? 'up' : 'down' });
    }
    if (path === '/' && req.method === 'GET') {
      res.writeHead(302, { location: '/graphql' });
      return res.end();
    }
    return yoga(req, res);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      logger.error({ err }, 'request failed outside GraphQL');
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
      else res.end();
    });
  });

  return { yoga, server };
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

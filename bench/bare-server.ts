import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { ChangeFeed } from '../src/changes.js';
import { createContext } from '../src/context.js';
import { createDriver, Graph } from '../src/neo4j/graph.js';
import { schema } from '../src/schema/index.js';
import { run, serveUntilStopped } from './serve.js';

/**
 * A diagnostic, not one of the three systems: our schema, resolvers and
 * loaders on a bare Yoga, without the server's HTTP guard, limits, auth,
 * error mapping and request log. `npm run bench -- --with-bare` runs it
 * beside the others, so the gap between it and `this` is what those layers
 * cost per request, and the gap between it and the floor is GraphQL's.
 */
async function main() {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const driver = createDriver({ uri, database: 'neo4j' });
  const graph = new Graph(driver, 'neo4j', 10_000);
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: false,
    graphiql: false,
    context: () => createContext(graph.forRequest(), null, 'bench', new ChangeFeed()),
  });
  const server = createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"status":"ok"}');
    }
    return yoga(req, res);
  });
  await serveUntilStopped(server, driver);
}

run('bare server', main);

import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../cypher.js';
import { RequestTimeoutError } from '../database-errors.js';

/** How to reach Neo4j; the same fields whether it is embedded or external. */
export interface Neo4jSettings {
  uri: string;
  username?: string;
  password?: string;
  database: string;
}

export function createDriver(settings: Neo4jSettings): Driver {
  const auth = settings.password ? neo4j.auth.basic(settings.username ?? 'neo4j', settings.password) : undefined;
  return neo4j.driver(settings.uri, auth, {
    // Our counts and sizes fit in doubles; plain numbers keep resolvers simple.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    logging: { level: 'error', logger: () => {} },
  });
}

/** Counts the Cypher statements one request sends (logged, and checked by the N+1 tests). */
export interface CypherStats {
  statements: number;
}

/**
 * A record as a statement returns it. A caller that knows what its statement
 * returns names that shape (`graph.read<ClaimRow>('read/claim', ...)`): the
 * Cypher file's RETURN clause is where the shape is written, the driver does
 * not check it.
 */
export type Row = Record<string, unknown>;

/** One page of items, as the statements that page return it (with `key`, the parent's, when they take `$keys`). */
export interface PageRow<I = Row> {
  key: string;
  totalCount: number;
  items: I[];
}

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT, SKIP and list
 * slices refuse: send whole numbers among the parameters as integers.
 */
function integers(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = Number.isSafeInteger(v) ? neo4j.int(v as number) : v;
  return out;
}

/**
 * Access to the graph for one request or one job. Reads go through read
 * transactions and writes through write transactions, so a cluster routes
 * them to followers and the leader respectively. Every statement is a named
 * file in cypher/ run with parameters.
 */
export class Graph {
  readonly stats: CypherStats = { statements: 0 };

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly timeoutMs?: number,
    private readonly signal?: AbortSignal,
    /** Epoch ms by which the request's statements must be done (REQUEST_TIMEOUT_MS after it began). */
    private readonly deadline?: number,
    /** A running count this Graph's statements also add to (the statements of live events, src/live/). */
    private readonly tally?: CypherStats,
  ) {}

  /**
   * A Graph for one request, with its own statement count and time limit:
   * each statement's transaction timeout is what is left of the request's
   * REQUEST_TIMEOUT_MS, so the request as a whole stays within it. Its
   * statements also add to `tally` when one is given.
   */
  forRequest(signal?: AbortSignal, tally?: CypherStats): Graph {
    const deadline = this.timeoutMs ? Date.now() + this.timeoutMs : undefined;
    return new Graph(this.driver, this.database, this.timeoutMs, signal, deadline, tally);
  }

  /** What is left of this Graph's time limit, in ms; Infinity without one. */
  timeLeft(): number {
    return this.deadline === undefined ? Number.POSITIVE_INFINITY : this.deadline - Date.now();
  }

  /** The transaction timeout for the next statement; throws once the request's time is up. */
  private transactionTimeout(): number | undefined {
    if (this.deadline === undefined) return this.timeoutMs;
    const left = Math.floor(this.deadline - Date.now());
    if (left <= 0) throw new RequestTimeoutError(this.timeoutMs ?? 0);
    return left;
  }

  async read<T extends object = Row>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.run<T>(name, params, neo4j.routing.READ);
  }

  async write<T extends object = Row>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.run<T>(name, params, neo4j.routing.WRITE);
  }

  private async run<T extends object>(
    name: string,
    params: Record<string, unknown>,
    routing: 'READ' | 'WRITE',
  ): Promise<T[]> {
    this.stats.statements += 1;
    if (this.tally) this.tally.statements += 1;
    const timeout = this.transactionTimeout();
    const result = await this.driver.executeQuery(cypher(name), integers(params), {
      database: this.database,
      routing,
      transactionConfig: timeout ? { timeout, metadata: { query: name } } : undefined,
      signal: this.signal,
    });
    return result.records.map((record) => record.toObject() as T);
  }

  /**
   * Several statements in one write transaction (ingest, mutations): all or
   * nothing, retried as a whole on transient errors.
   */
  async writeTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
      // Shares executeQuery's bookmarks, so reads that follow (a mutation's payload, the next request) see this write.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      const timeout = this.transactionTimeout();
      return await session.executeWrite(
        (tx) => work(new GraphTransaction(tx, this.stats)),
        timeout ? { timeout } : undefined,
      );
    } finally {
      await session.close();
    }
  }

  /**
   * Does Neo4j answer now? One auto-commit statement, without the driver's
   * retries (a readiness probe must answer in time), bounded to timeoutMs.
   */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        session.run(cypher('admin/ping')),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        }),
      ]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      session.close().catch(() => undefined);
    }
  }

  /** Waits until every index is online. */
  async awaitIndexes(seconds: number): Promise<void> {
    await this.write('admin/await-indexes', { seconds });
  }
}

export class GraphTransaction {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly stats: CypherStats,
  ) {}

  async run<T extends object = Row>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.stats.statements += 1;
    const result = await this.tx.run(cypher(name), integers(params));
    return result.records.map((record) => record.toObject() as T);
  }
}

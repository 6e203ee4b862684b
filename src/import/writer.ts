import { hash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { CODED_CLAIM_LINK } from '../domain/index.js';
import { tallyCreatedClaims } from '../claims/tally.js';
import { recordIngest, type CreatedInBulk } from '../history/ingest-log.js';
import { addStatusRows, counted, type StatusRow, type Tally } from '../ingest/tally.js';
import type { Graph, GraphTransaction } from '../neo4j/graph.js';
import type { DatasetRow } from './dataset.js';
import type { ClaimRow, CodedClaimProps, GraphRecord, ImportSource, LinkRow, NodeRow, Props } from './source.js';

/**
 * Writes records in batches: each batch one write transaction of a few
 * UNWIND statements (cypher/import/*.cypher) and its history entry, so an
 * import stopped half way leaves whole batches only, and running it again
 * finds them unchanged and writes the rest. One read finds which of the
 * batch's keys exist: what is new is created in bulk and counted (most of
 * a first import, at the cost of a plain CREATE); only what exists is
 * compared, and only what differs is written and itemised in the history.
 *
 * Two batches may be in their transactions at once, so that Neo4j works on
 * one while it commits the other. A batch that names a relationship, claim
 * or article the batch before it creates or changes waits for that one to
 * commit first, as it could not see it until then; a node the batch before
 * is creating is merged instead, after this batch's own nodes and once the
 * batch before has created it, and that merge waits on the first batch's
 * lock (a wait Neo4j sees, so a deadlock is reported and retried rather
 * than hung).
 */

export const IMPORT_ACTOR = 'import';
export const IMPORT_OPERATION = 'import';

export interface BatchResult {
  nodes: Record<string, Tally>;
  relationships: Record<string, Tally>;
  /** The history entry it recorded; null when it changed nothing. */
  change: string | null;
}

/** Years and counts are integers in the graph, not the floats JavaScript numbers become. */
export function int(value: number | null): unknown {
  return value === null ? null : neo4j.int(value);
}

interface KeyedNode extends NodeRow {
  record: string;
  /** What the dataset says of it (contentOf), kept on the node as importHash. */
  hash: string;
}
interface KeyedLink extends LinkRow {
  record: string;
  /** Its identity (linkId), worked out once: a batch looks it up three times. */
  id: string;
}
interface KeyedClaim extends ClaimRow {
  record: string;
  hash: string;
}

/** A relationship's identity: its type and ends. */
function linkId(link: LinkRow): string {
  return `${link.type}|${link.from}|${link.to}`;
}

/** One row per node, relationship, claim and article: the first record of a batch to name one writes it. */
function rowsOf(records: GraphRecord[]) {
  const nodes = new Map<string, KeyedNode>();
  const links = new Map<string, KeyedLink>();
  const claims = new Map<string, KeyedClaim>();
  const articles = new Map<string, ClaimRow['article'] & { record: string }>();
  for (const r of records) {
    // Written out rather than spread: one shape for every row, and no copy of what the row does not have.
    for (const n of r.nodes)
      if (!nodes.has(n.key))
        nodes.set(n.key, {
          key: n.key,
          type: n.type,
          props: n.props,
          fill: n.fill,
          aliases: n.aliases,
          record: r.record,
          hash: contentOf(n),
        });
    for (const l of r.links) {
      const id = linkId(l);
      if (!links.has(id))
        links.set(id, { type: l.type, from: l.from, to: l.to, props: l.props, fill: l.fill, record: r.record, id });
    }
    for (const c of r.claims ?? []) {
      if (!claims.has(c.key)) claims.set(c.key, { ...c, record: r.record, hash: claimContentOf(c, r.record) });
      if (!articles.has(c.article.key)) articles.set(c.article.key, { ...c.article, record: r.record });
    }
  }
  return {
    nodes: [...nodes.values()],
    links: [...links.values()],
    claims: [...claims.values()],
    articles: [...articles.values()],
  };
}

/**
 * What a row says, as one short string: two rows that say the same have
 * the same. Written on what an import creates or changes (importHash), so
 * that a later import finds a record unchanged in its existence read,
 * without comparing it value by value.
 */
function hashOf(value: unknown): string {
  // The one-shot hash: a Hash object for each of a file's hundreds of thousands of rows costs more than the digest.
  return hash('sha1', JSON.stringify(value), 'base64');
}

function contentOf(node: NodeRow): string {
  return hashOf([node.type, node.props, node.fill, node.aliases]);
}

/**
 * What a relationship says beside its ends, as the import writes it: its
 * vote (what the dataset fills in wins over its own value, as on a node).
 * Compared as it is, not hashed: one short value, which the relationship
 * itself carries, costs less than a hash of it computed, sent and stored
 * for each of a file's hundreds of thousands of relationships.
 */
function voteOf(link: LinkRow): string | null {
  return link.fill.vote ?? link.props.vote ?? null;
}

function claimContentOf(claim: ClaimRow, record: string): string {
  return hashOf([claim.props, claim.speaker, claim.target, claim.article.key, record]);
}

/**
 * How many nodes a run remembers having written. The nodes that many
 * records share (a deal's supplier and weapon system, a vote's member)
 * come back in batch after batch; the cap keeps memory flat however many
 * nodes of their own the records have.
 */
const REMEMBERED = 50_000;

/** A key the graph holds, with the importHash this import last wrote on it (null when another writer wrote it since). */
interface Held {
  key: string;
  hash: string | null;
}

/** A relationship the graph holds as this import last wrote it, by identity, with its vote. */
interface HeldLink {
  key: string;
  vote: string | null;
}

/** What a coded claim's links are (the only claims an import writes), as the claims statement reports them beside the claims. */
const CLAIM_LINKS: string[] = [CODED_CLAIM_LINK.MADE, CODED_CLAIM_LINK.TARGETS, 'SOURCE'];

/** The keys a batch creates or changes: its nodes', and the rest (relationships by identity, claims, articles). */
interface Written {
  nodes: Set<string>;
  others: Set<string>;
}

/** A batch in its transaction: what it creates or changes, known once its existence read is done. */
interface InFlight {
  writes: Promise<Written>;
  /** Settled once it has created or merged its nodes: from then on it holds their locks until it commits. */
  nodesWritten: Promise<void>;
  done: Promise<void>;
}

/** Nodes earlier batches in their transactions are writing that this batch writes too, and when they will have. */
interface Contested {
  keys: Set<string>;
  holders: Promise<void>[];
}

/** Every key a batch's rows name: its nodes, relationships (by identity), claims, articles and their ends. */
function namedKeys(rows: ReturnType<typeof rowsOf>): Set<string> {
  const keys = new Set<string>();
  for (const n of rows.nodes) keys.add(n.key);
  for (const l of rows.links) keys.add(l.id).add(l.from).add(l.to);
  for (const c of rows.claims) keys.add(c.key).add(c.speaker).add(c.target).add(c.article.key);
  for (const a of rows.articles) keys.add(a.key);
  return keys;
}

export class BatchWriter {
  /** Nodes this run has written, by key, with what they said: a batch sends one again only when it says something else. */
  private readonly written = new Map<string, string>();
  /** Batches in their transactions now, oldest first. */
  private readonly inFlight: InFlight[] = [];
  /** The Dataset node's own transaction, once started. */
  private datasetWritten: Promise<BatchResult> | null = null;

  constructor(
    private readonly graph: Graph,
    private readonly source: ImportSource<unknown>,
    private readonly dataset: DatasetRow,
    private readonly prefix: string,
    private readonly actor = IMPORT_ACTOR,
  ) {}

  /**
   * The Dataset node, in its own transaction beside a file's first batch
   * (when the file has more than one): every batch commits only once it
   * has, so the graph never holds records naming a Dataset it lacks.
   */
  writeDataset(): Promise<BatchResult> {
    this.datasetWritten ??= this.graph.writeTransaction(async (tx) => {
      const result: BatchResult = { nodes: {}, relationships: {}, change: null };
      const rows = await this.datasetRows(tx);
      addStatusRows(result.nodes, rows);
      result.change = await recordIngest(tx, { nodes: rows, links: [] }, IMPORT_OPERATION, this.actor);
      return result;
    });
    return this.datasetWritten;
  }

  /**
   * What the source does once a file's batches are written (SIPRI's
   * records linked to the transfers articles report), in a transaction of
   * its own with its history entry. An import stopped before it runs it
   * when run again.
   */
  async finish(): Promise<BatchResult> {
    return this.graph.writeTransaction(async (tx) => {
      const result: BatchResult = { nodes: {}, relationships: {}, change: null };
      const rows = await this.finishRows(tx);
      addStatusRows(result.relationships, rows);
      result.change = await recordIngest(tx, { nodes: [], links: rows }, IMPORT_OPERATION, this.actor);
      return result;
    });
  }

  private async datasetRows(tx: GraphTransaction): Promise<StatusRow[]> {
    return (await tx.run('import/dataset', { dataset: this.dataset, actor: this.actor })) as StatusRow[];
  }

  private async finishRows(tx: GraphTransaction): Promise<StatusRow[]> {
    const rows: StatusRow[] = [];
    for (const statement of this.source.finish ?? [])
      rows.push(...((await tx.run(statement, { dataset: this.dataset.key, actor: this.actor })) as StatusRow[]));
    return rows;
  }

  /**
   * A file's only batch, in one transaction with its Dataset node before
   * it and the source's finishing statements after it, and one history
   * entry: a small file costs one transaction and one commit, not three,
   * and is still written whole or not at all.
   */
  async writeWhole(records: GraphRecord[]): Promise<BatchResult> {
    return this.write(records, true);
  }

  async write(records: GraphRecord[], whole = false): Promise<BatchResult> {
    const rows = rowsOf(records);
    const named = namedKeys(rows);
    const ownNodes = new Set(rows.nodes.map(keyOf));
    // Nodes an earlier batch is creating or changing that this one writes too: merged after that one commits.
    const contested: Contested = { keys: new Set(), holders: [] };
    for (const earlier of [...this.inFlight]) {
      const writes = await earlier.writes;
      const shared = [...writes.nodes].filter((key) => named.has(key));
      if (shared.every((key) => ownNodes.has(key)) && ![...writes.others].some((key) => named.has(key))) {
        for (const key of shared) contested.keys.add(key);
        if (shared.length) contested.holders.push(earlier.nodesWritten);
      } else {
        await earlier.done;
      }
    }
    let announce: (keys: Written) => void = () => undefined;
    let nodesWritten: () => void = () => undefined;
    let finish: () => void = () => undefined;
    const slot: InFlight = {
      writes: new Promise((resolve) => (announce = resolve)),
      nodesWritten: new Promise((resolve) => (nodesWritten = resolve)),
      done: new Promise((resolve) => (finish = resolve)),
    };
    this.inFlight.push(slot);
    try {
      return await this.writeBatch(rows, contested, announce, nodesWritten, whole);
    } finally {
      // A batch that failed writes nothing a later one could wait for; the run stops on its error.
      announce({ nodes: new Set(), others: new Set() });
      nodesWritten();
      this.inFlight.splice(this.inFlight.indexOf(slot), 1);
      finish();
    }
  }

  private async writeBatch(
    rows: ReturnType<typeof rowsOf>,
    contested: Contested,
    announce: (keys: Written) => void,
    nodesWritten: () => void,
    whole: boolean,
  ): Promise<BatchResult> {
    const { links, claims, articles } = rows;
    // A node an earlier batch of this run wrote with the same values is as it was: counted, not sent.
    const [repeated, nodes] = split(rows.nodes, (n) => this.written.get(n.key) === n.hash);
    const params = { dataset: this.dataset.key, datasetPrefix: this.prefix, actor: this.actor };
    const result = await this.graph.writeTransaction(async (tx) => {
      // A retried transaction starts again from nothing.
      const result: BatchResult = { nodes: {}, relationships: {}, change: null };
      // A file's only batch writes its Dataset node first, as the file's first transaction does otherwise.
      const datasetRows = whole ? await this.datasetRows(tx) : [];
      // The rows go in $batch (cypher/import/existing.cypher says why), or as lists of their own where the statement says so.
      const run = async (
        statement: string,
        values: Record<string, unknown[]>,
        expected: number | null,
        lists: 'in batch' | 'apart' = 'in batch',
      ) => {
        const rows = (await tx.run(statement, {
          ...(lists === 'in batch' ? { batch: values } : values),
          ...params,
        })) as StatusRow[];
        // Every row must come back with a status; a row lost on the way would be a silent partial write.
        if (expected !== null && counted(rows) !== expected) {
          throw new Error(`${statement} accounted for ${counted(rows)} of ${expected} rows`);
        }
        return rows;
      };
      // What is new is created in bulk; only what exists is compared, and reports before and after.
      // A node or claim this import last wrote with the same content (its importHash) is unchanged, and not sent again.
      const [present] = await tx.run('import/existing', {
        batch: { nodes: nodes.map(keyOf), articles: articles.map(keyOf), claims: claims.map(keyOf) },
        actor: this.actor,
      });
      const hashes = (list: unknown) => new Map((list as Held[]).map((h) => [h.key, h.hash]));
      const held = {
        nodes: hashes(present!.nodes),
        articles: new Set(present!.articles as string[]),
        claims: hashes(present!.claims),
      };
      // A node an earlier batch is creating is not visible yet: it is merged (import/nodes), which waits for
      // that batch's lock on it, after this batch's own nodes are created.
      const [heldNodes, newNodes] = split(nodes, (n) => held.nodes.has(n.key) || contested.keys.has(n.key));
      const [sameNodes, changedNodes] = split(heldNodes, (n) => held.nodes.get(n.key) === n.hash);
      // Contested nodes first: the batch waits for them before it locks any other node that batch may need.
      const oldNodes = split(changedNodes, (n) => contested.keys.has(n.key)).flat();
      // A relationship with an end created just now cannot exist yet.
      const fresh = new Set(newNodes.map((n) => n.key));
      const [heldLinks, newLinks] = split(links, (l) => !fresh.has(l.from) && !fresh.has(l.to));
      // Relationships between nodes that were there: a second read, only when there are any, finds those as the import left them.
      const heldVotes = new Map(
        (heldLinks.length
          ? await tx.run<HeldLink>('import/existing-links', {
              batch: { links: heldLinks.map(({ type, from, to }) => ({ type, from, to })) },
              actor: this.actor,
            })
          : []
        ).map((h) => [h.key, h.vote]),
      );
      const [sameLinkRows, oldLinks] = split(heldLinks, (l) => heldVotes.get(l.id) === voteOf(l));
      const [oldArticles, newArticles] = split(articles, (a) => held.articles.has(a.key));
      const [heldClaims, newClaims] = split(claims, (c) => held.claims.has(c.key));
      const [sameClaims, oldClaims] = split(heldClaims, (c) => held.claims.get(c.key) === c.hash);
      // What this batch creates or changes: a batch after it that names any of it merges the nodes and waits for the rest.
      announce({
        nodes: new Set([...newNodes, ...oldNodes].map(keyOf)),
        others: new Set([
          ...[...newLinks, ...oldLinks].map((l) => l.id),
          ...[...newArticles, ...newClaims, ...oldClaims].map(keyOf),
        ]),
      });

      // What is created is counted by kind; the history records it so, without an item for each.
      const bulk: { nodes: CreatedInBulk[]; relationships: CreatedInBulk[] } = { nodes: [], relationships: [] };
      // list is what the statement creates, one row each; rows the statement's parameters that carry it.
      const create = async <T>(
        statement: string,
        list: T[],
        rows: Record<string, unknown[]>,
        into: keyof typeof bulk,
        kindOf: (row: T) => string,
        keyOf?: (row: T) => string,
      ) => {
        if (!list.length) return;
        await run(statement, rows, list.length);
        for (const [kind, ofKind] of groupBy(list, kindOf))
          bulk[into].push({ kind, count: ofKind.length, keys: keyOf ? ofKind.map(keyOf) : [] });
      };
      await create('import/create-nodes', newNodes, { types: createdNodes(newNodes) }, 'nodes', typeOf, keyOf);
      // The batch that creates a contested node must have created it, and so hold its lock, before this one merges
      // it: merged sooner, this batch would create it, and that batch's create would then fail as a duplicate.
      // That batch writes no node this one created, so it never waits for this one.
      if (contested.keys.size) await Promise.all(contested.holders);
      const written = oldNodes.length ? await run('import/nodes', { nodes: oldNodes }, oldNodes.length) : [];
      // Every node this batch writes is now created or merged, and locked until it commits.
      nodesWritten();
      await create('import/create-links', newLinks, createdLinks(newLinks), 'relationships', typeOf);
      const linked = oldLinks.length ? await run('import/links', { links: oldLinks }, oldLinks.length) : [];
      // Coded claims: their articles (one already in the graph keeps what it has), then each claim with its three links.
      await create(
        'import/create-articles',
        newArticles,
        createdArticles(newArticles),
        'nodes',
        () => 'Article',
        keyOf,
      );
      const sourced: StatusRow[] = oldArticles.length
        ? [{ kind: 'Article', status: 'unchanged', count: oldArticles.length, keys: [] }]
        : [];
      await create('import/create-claims', newClaims, createdClaims(newClaims), 'nodes', () => 'Claim', keyOf);
      // The history itemises changed claims, and the change log tallies them; new ones are tallied here.
      await tallyCreatedClaims(tx, newClaims);
      if (newClaims.length)
        for (const kind of CLAIM_LINKS) bulk.relationships.push({ kind, count: newClaims.length, keys: [] });
      const coded = oldClaims.length
        ? await run('import/claims', { claims: oldClaims }, oldClaims.length * 4, 'apart')
        : [];
      const claimNodes = coded.filter((r) => !CLAIM_LINKS.includes(r.kind));
      const claimLinks = coded.filter((r) => CLAIM_LINKS.includes(r.kind));
      const sameLinks: StatusRow[] = [];
      const created = (list: CreatedInBulk[]) =>
        list.map(({ kind, count }): StatusRow => ({ kind, status: 'created', count, keys: [] }));
      const same = [...groupBy([...repeated, ...sameNodes], (n) => n.type)].map(([kind, ofKind]): StatusRow => ({
        kind,
        status: 'unchanged',
        count: ofKind.length,
        keys: [],
      }));
      for (const [kind, ofKind] of groupBy(sameLinkRows, (l) => l.type))
        sameLinks.push({ kind, status: 'unchanged', count: ofKind.length, keys: [] });
      if (sameClaims.length) {
        same.push({ kind: 'Claim', status: 'unchanged', count: sameClaims.length, keys: [] });
        for (const kind of CLAIM_LINKS)
          sameLinks.push({ kind, status: 'unchanged', count: sameClaims.length, keys: [] });
      }
      // ... and the source's finishing statements after its records, as the file's last transaction does otherwise.
      const finished = whole ? await this.finishRows(tx) : [];
      addStatusRows(result.nodes, [
        ...datasetRows,
        ...written,
        ...same,
        ...sourced,
        ...claimNodes,
        ...created(bulk.nodes),
      ]);
      addStatusRows(result.relationships, [
        ...linked,
        ...claimLinks,
        ...sameLinks,
        ...finished,
        ...created(bulk.relationships),
      ]);
      result.change = await recordIngest(
        tx,
        {
          nodes: [...datasetRows, ...written, ...claimNodes],
          links: [...linked, ...claimLinks, ...finished],
          bulk: [...bulk.nodes, ...bulk.relationships],
        },
        IMPORT_OPERATION,
        this.actor,
      );
      // Committed only once the file's Dataset node is (a failed one fails this batch too).
      if (this.datasetWritten) await this.datasetWritten;
      return result;
    });
    if (this.written.size + nodes.length > REMEMBERED) this.written.clear();
    for (const n of nodes) this.written.set(n.key, n.hash);
    return result;
  }
}

const keyOf = (row: { key: string }) => row.key;
const typeOf = (row: { type: string }) => row.type;

/**
 * Keys each listed once, with each one's position in the list: what
 * import/create-links and import/create-claims seek once, where their rows
 * name an end by its position.
 */
class Ends {
  readonly keys: string[] = [];
  private readonly positions = new Map<string, number>();

  at(key: string): number {
    let position = this.positions.get(key);
    if (position === undefined) {
      position = this.keys.length;
      this.positions.set(key, position);
      this.keys.push(key);
    }
    return position;
  }
}

/**
 * A new node's values as one map: the dataset's, what it fills in (nulls
 * left out), its aliases and its provenance, so that the create sets them
 * in one step (cypher/import/create-nodes.cypher says why).
 */
function createdValues(row: KeyedNode): Props {
  // A null sets nothing on a node just created: left out, it is not sent either.
  // Plain loops: entry arrays for each of a file's hundreds of thousands of values were a good part of its garbage.
  const values: Props = {};
  for (const k in row.props) if (row.props[k] !== null && row.props[k] !== undefined) values[k] = row.props[k];
  for (const k in row.fill) if (row.fill[k] !== null && row.fill[k] !== undefined) values[k] = row.fill[k];
  // No aliases is no property: an empty list would be one more property to store and index for each of a file's nodes.
  if (row.aliases.length) values.aliases = row.aliases;
  values.record = row.record;
  values.importHash = row.hash;
  return values;
}

/**
 * New nodes by type: each type's property names once, and each node's key
 * and values in their order; a value every node of the type has alike (a
 * status, a flag) is sent once for them all (cypher/import/create-nodes.cypher
 * says why).
 */
function createdNodes(nodes: KeyedNode[]) {
  return [...groupBy(nodes, typeOf)].map(([type, ofType]) => {
    const values = ofType.map(createdValues);
    const names = new Set<string>();
    for (const v of values) for (const name in v) names.add(name);
    const shared: Props = {};
    const own: string[] = [];
    for (const name of names) {
      const first = values[0]![name];
      // Compared by value: a string, a boolean or a float. Lists and integers (objects) are each a node's own.
      const alike =
        (typeof first === 'string' || typeof first === 'boolean' || typeof first === 'number') &&
        values.every((v) => v[name] === first);
      if (alike) shared[name] = first;
      else own.push(name);
    }
    return {
      type,
      shared,
      names: own,
      nodes: ofType.map((n, i) => {
        const row: unknown[] = [n.key];
        for (const name of own) row.push(values[i]![name] ?? null);
        return row;
      }),
    };
  });
}

/** New relationships by type, each a list in the order cypher/import/create-links.cypher reads (and says why). */
function createdLinks(links: KeyedLink[]) {
  const ends = new Ends();
  const records = new Ends();
  const types = [...groupBy(links, typeOf)].map(([type, ofType]) => ({
    type,
    // A vote left out (null) is not written.
    links: ofType.map((l) => [
      position(ends.at(l.from)),
      position(ends.at(l.to)),
      position(records.at(l.record)),
      voteOf(l),
    ]),
  }));
  return { types, ends: ends.keys, records: records.keys };
}

/**
 * A position in a list sent beside the rows, as the integer the driver
 * sends: one made for each position once, not one for each of a batch's
 * tens of thousands of rows that name it.
 */
const positions: unknown[] = [];
function position(at: number): unknown {
  return (positions[at] ??= int(at));
}

/** A coded claim's values, in the order cypher/import/create-claims.cypher reads them. */
const CLAIM_VALUES = [
  'kind',
  'origin',
  'allegation',
  'madeOn',
  'eventCode',
  'rootEvent',
  'goldstein',
  'avgTone',
  'numMentions',
  'numSources',
  'numArticles',
] as const satisfies readonly (keyof CodedClaimProps)[];

/** New claims as lists, their ends and articles each once (cypher/import/create-claims.cypher says why). */
function createdClaims(claims: KeyedClaim[]) {
  const ends = new Ends();
  const articles = new Ends();
  const rows = claims.map((c) => [
    c.key,
    c.record,
    c.hash,
    position(ends.at(c.speaker)),
    position(ends.at(c.target)),
    position(articles.at(c.article.key)),
    CLAIM_VALUES.map((name) => c.props[name] ?? null),
  ]);
  return { claims: rows, ends: ends.keys, articles: articles.keys };
}

/** New articles as lists, as cypher/import/create-articles.cypher reads them. */
const createdArticles = (articles: (ClaimRow['article'] & { record: string })[]) => ({
  articles: articles.map((a) => [a.key, a.url, a.publisher, a.record]),
});

/** A list split in two: what passes the test, and what does not. */
function split<T>(list: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of list) (test(item) ? yes : no).push(item);
  return [yes, no];
}

function groupBy<T>(list: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const key = keyOf(item);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(item);
  }
  return groups;
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contractOperations, operationsIn, type ContractOperation } from '../contract.js';
import type { Graph } from '../neo4j/graph.js';
import { globalId } from '../schema/ids.js';
import { encodeGroup } from '../schema/neighborhood.js';
import { claimTypename, type ClaimKind } from '../domain/index.js';
import { graphiqlTabs } from './graphiql-examples.js';

/**
 * Start-up warm-up: before /ready answers 200, every read operation clients
 * run (the contract operations, GraphiQL's tabs, the Explorer's panels) is
 * run once through the server itself, with each combination of given and
 * omitted arguments that those clients send. Neo4j plans a statement per
 * text and per parameter types (null or not), and the first plan of each
 * costs hundreds of milliseconds on a fresh JVM; this way the first person
 * to arrive does not pay for it, and neither does the first run of the
 * GraphQL layer. Queries only: it writes nothing.
 */

const explorerOperationsDir = fileURLToPath(new URL('../../explorer/src/operations/', import.meta.url));

/** Real keys from the graph (read/warm-up-keys), so that nested fields resolve and their statements run too. */
interface Keys {
  accuser: string | null;
  accused: string | null;
  claim: string | null;
  claimKind: ClaimKind | null;
  about: string | null;
  person: string | null;
  supplier: string | null;
  recipient: string | null;
  transfer: string | null;
  subject: string | null;
}

export interface WarmUpCall {
  operation: string;
  document: string;
  variables: Record<string, unknown>;
}

type Variables = Record<string, unknown>;

/** The Council's permanent members, whose voting agreement the Explorer shows first. */
const PERMANENT_MEMBERS = ['state:USA', 'state:GBR', 'state:FRA', 'state:RUS', 'state:CHN'];

/** The argument combinations clients send, per operation name; calls naming a missing key are left out. */
function variableSets(k: Keys): Record<string, (Variables | null)[]> {
  const given = (v: Variables) => (Object.values(v).every((x) => x != null) ? v : null);
  const entity = k.accused ?? k.accuser ?? k.person;
  // Claims are fetched by their global id; entities by key or id alike.
  const claim = k.claim && globalId(claimTypename(k.claimKind ?? 'STATE'), k.claim);
  const word = entity?.split(':')[1]?.split('-')[0] ?? 'a';
  return {
    // Contract operations (and the Explorer's copies of them).
    Search: [{ text: word }],
    Entity: [given({ id: entity }), given({ id: claim })],
    WhoAccusedWhom: [{}, given({ accused: k.accused }), given({ accuser: k.accuser }), given({ about: k.about })],
    Resolutions: [{}, given({ about: k.subject })],
    WeaponsTransfers: [{}, given({ supplier: k.supplier }), given({ recipient: k.recipient })],
    Neighborhood: [given({ id: entity, depth: 1, limit: 200 }), given({ id: claim, depth: 1, limit: 100 })],
    Path: [given({ from: k.accuser, to: k.accused })],
    // The Explorer's side panel.
    EntityDetails: [given({ id: entity }), given({ id: k.person }), given({ id: claim })],
    EntityClaims: [given({ id: entity, first: 50 })],
    EntityTimeline: [given({ id: entity })],
    // The graph view's groups of a hub's links, and a page of one (the accuser's claims, or any entity's).
    GroupedNeighborhood: [given({ id: entity, depth: 1, limit: 200 })],
    GroupMembers: [
      given({ group: k.accuser && encodeGroup({ centre: k.accuser, relationship: 'MADE', direction: 'OUTGOING' }) }),
    ],
    // The Explorer's who-accuses-whom view, envoys counted as their state or not, over a period and of one origin.
    AccusationMatrix: [
      { kinds: ['ACCUSE'], first: 100 },
      { kinds: ['ACCUSE'], bySide: false, first: 100 },
      { kinds: ['ACCUSE'], origin: 'CODED', from: '2024', to: '2024-06', first: 100 },
    ],
    // The entity page's record: claims by month, a transfer beside its corroboration, a state's record.
    ClaimsOverTime: [given({ id: entity, first: 100 })],
    TransferRecord: [given({ id: k.transfer })],
    StateRecord: [given({ id: k.supplier, first: 100 })],
    // The arms-flows view: every year and category, or a range of one; the deals behind a flow.
    TransferFlows: [{ first: 100 }, { from: 2015, to: 2024, armamentCategory: 'Aircraft', first: 100 }],
    FlowDeals: [
      given({ supplier: k.supplier, recipient: k.recipient, first: 50 }),
      given({
        supplier: k.supplier,
        recipient: k.recipient,
        from: 2015,
        to: 2024,
        armamentCategory: 'Aircraft',
        first: 50,
      }),
    ],
    // The Security Council view, over every year or a period; agreement among the permanent members.
    CouncilResolutions: [{ first: 12 }, { from: '2020', to: '2024', first: 12 }],
    CouncilVetoes: [{ first: 100 }, { from: '2020', to: '2024', first: 100 }],
    VotingAgreement: [{ states: PERMANENT_MEMBERS }, { states: PERMANENT_MEMBERS, from: '2020', to: '2024' }],
    // A subscription reads nothing until an event arrives, and then through the node loader.
    EntityLive: [],
  };
}

/** Every warm-up call: each known operation with each of its argument sets, and GraphiQL's tabs as they are. */
export function warmUpCalls(keys: Keys, operations: ContractOperation[]): WarmUpCall[] {
  const sets = variableSets(keys);
  const calls: WarmUpCall[] = [];
  const seen = new Set<string>();
  for (const op of operations) {
    // Mutations (the Explorer's Add article) write or need a token: never run unasked.
    if (op.kind !== 'query') continue;
    if (seen.has(op.source)) continue; // the Explorer's verbatim copies of contract operations
    seen.add(op.source);
    for (const variables of sets[op.name] ?? [{}]) {
      if (variables) calls.push({ operation: op.name, document: op.source, variables });
    }
  }
  graphiqlTabs.forEach((tab, i) =>
    calls.push({ operation: `graphiql-tab-${i + 1}`, document: tab.query, variables: {} }),
  );
  return calls;
}

/** The operations clients run: the contract's, and the Explorer's when its sources are here (not in a Docker image). */
function clientOperations(): ContractOperation[] {
  return [...contractOperations(), ...(existsSync(explorerOperationsDir) ? operationsIn(explorerOperationsDir) : [])];
}

export interface WarmUpReport {
  calls: number;
  failed: { operation: string; message: string }[];
  ms: number;
}

type Execute = (call: WarmUpCall) => Promise<{ errors?: { message: string }[] }>;

/** Runs the calls two at a time (Neo4j plans on one core, the GraphQL layer on the other). */
export async function warmUp(graph: Graph, execute: Execute, concurrency = 3): Promise<WarmUpReport> {
  const started = performance.now();
  const [keys] = (await graph.read('admin/warm-up-keys')) as unknown as Keys[];
  const calls = warmUpCalls(keys!, clientOperations());
  const failed: WarmUpReport['failed'] = [];
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const call = calls[next++]!;
      try {
        const result = await execute(call);
        if (result.errors?.length) failed.push({ operation: call.operation, message: result.errors[0]!.message });
      } catch (err) {
        failed.push({ operation: call.operation, message: String(err) });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { calls: calls.length, failed, ms: performance.now() - started };
}

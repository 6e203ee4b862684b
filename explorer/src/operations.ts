/**
 * The operations the Explorer sends, typed by GraphQL Code Generator from
 * schema/schema.graphql (`npm run codegen` writes src/generated/ from every
 * file in src/operations/). Search, Entity, WhoAccusedWhom, Neighborhood
 * and Path are verbatim copies of the API contract (operations/ at the top
 * of the project; tests/explorer.test.ts checks that they still match); the
 * others ask for what the side panel, live updates and the who-accuses-whom
 * view add around them, GroupedNeighborhood and GroupMembers draw a hub's
 * links as groups and page into them, and Add article sends
 * ExtractDocument and IngestDocument. Each document carries its trusted-document hash.
 */
import {
  AccusationMatrixDocument,
  ClaimsOverTimeDocument,
  CouncilResolutionsDocument,
  CouncilVetoesDocument,
  FlowDealsDocument,
  StateRecordDocument,
  TransferFlowsDocument,
  VotingAgreementDocument,
  EntityClaimsDocument,
  EntityDetailsDocument,
  EntityDocument,
  EntityLiveDocument,
  EntityTimelineDocument,
  ExtractDocumentDocument,
  GroupedNeighborhoodDocument,
  GroupMembersDocument,
  IngestDocumentDocument,
  NeighborhoodDocument,
  PathDocument,
  SearchDocument,
  TransferRecordDocument,
  WhoAccusedWhomDocument,
  type AccusationMatrixQuery,
  type ClaimRowFragment,
  type EntityDetailsQuery,
  type EntityLiveSubscription,
  type EntityTimelineQuery,
  type GroupedNeighborhoodQuery,
  type GroupMembersQuery,
  type NeighborhoodQuery,
  type WhoAccusedWhomQuery,
} from './generated/graphql.js';

export const operations = {
  search: SearchDocument,
  entity: EntityDocument,
  accusations: WhoAccusedWhomDocument,
  neighborhood: NeighborhoodDocument,
  groupedNeighborhood: GroupedNeighborhoodDocument,
  groupMembers: GroupMembersDocument,
  path: PathDocument,
  details: EntityDetailsDocument,
  claims: EntityClaimsDocument,
  timeline: EntityTimelineDocument,
  live: EntityLiveDocument,
  matrix: AccusationMatrixDocument,
  claimsOverTime: ClaimsOverTimeDocument,
  transfer: TransferRecordDocument,
  councilResolutions: CouncilResolutionsDocument,
  councilVetoes: CouncilVetoesDocument,
  votingAgreement: VotingAgreementDocument,
  flows: TransferFlowsDocument,
  flowDeals: FlowDealsDocument,
  stateRecord: StateRecordDocument,
  extractDocument: ExtractDocumentDocument,
  ingestDocument: IngestDocumentDocument,
};

/** What every reference to a node selects: enough to link to it. */
export interface Ref {
  id: string;
  __typename: string;
  name: string;
}

export type Accusation = WhoAccusedWhomQuery['accusations']['edges'][number]['node'];
export type ClaimRow = ClaimRowFragment;
export type SourceRef = ClaimRow['source'];
export type Details = NonNullable<EntityDetailsQuery['node']>;
export type TimelineItem = EntityTimelineQuery['timeline'][number]['item'];
export type LiveClaim = EntityLiveSubscription['claimAdded'];
export type MatrixCell = AccusationMatrixQuery['accusationMatrix']['edges'][number]['node'];
export type Subgraph = NeighborhoodQuery['neighborhood'];
export type SubgraphNode = Subgraph['nodes'][number];
export type SubgraphEdge = Subgraph['edges'][number];
export type LinkGroup = GroupedNeighborhoodQuery['neighborhood']['groups'][number];
export type GroupPage = GroupMembersQuery['neighborhoodGroup'];

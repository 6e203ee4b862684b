/**
 * The operations the Explorer sends. Search, Entity, WhoAccusedWhom,
 * Neighborhood and Path are verbatim copies of the API contract
 * (operations/ at the top of the project; tests/explorer.test.ts checks that they still match);
 * the others ask for what the side panel adds around them, and the two
 * mutations of "Add article" (ExtractDocument, IngestDocument).
 */
import accusations from './operations/accusations.graphql?raw';
import claims from './operations/claims.graphql?raw';
import details from './operations/details.graphql?raw';
import entity from './operations/entity.graphql?raw';
import extractDocument from './operations/extract-document.graphql?raw';
import ingestDocument from './operations/ingest-document.graphql?raw';
import neighborhood from './operations/neighborhood.graphql?raw';
import path from './operations/path.graphql?raw';
import search from './operations/search.graphql?raw';
import timeline from './operations/timeline.graphql?raw';

export const operations = {
  search,
  entity,
  accusations,
  neighborhood,
  path,
  details,
  claims,
  timeline,
  extractDocument,
  ingestDocument,
};

export interface Ref {
  id: string;
  __typename: string;
  name: string;
}

export interface SearchData {
  search: Ref[];
}

export interface EntityData {
  node: { id: string; __typename: string; name?: string; aliases?: string[]; wikidataId?: string | null } | null;
}

export interface SourceRef {
  title: string | null;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
}

export interface Accusation {
  id: string;
  accuser: Ref | null;
  accused: Ref | null;
  allegation: string | null;
  about: Ref[];
  madeOn: string | null;
  quote: string | null;
  source: SourceRef;
  denials: { by: Ref | null; madeOn: string | null; quote: string | null }[];
}

export interface AccusationsData {
  accusations: { totalCount: number; edges: { node: Accusation }[] };
}

export interface ClaimRow {
  id: string;
  __typename: string;
  kind: string;
  allegation: string | null;
  madeOn: string | null;
  quote: string | null;
  speaker: Ref | null;
  onBehalfOf: Ref | null;
  target: Ref | null;
  source: SourceRef;
}

export interface Position {
  title: string | null;
  since: string | null;
  until: string | null;
  of: Ref;
}

export interface DetailsData {
  node:
    | ({
        id: string;
        __typename: string;
        key?: string;
        description?: string | null;
        wikidataUrl?: string | null;
        positions?: Position[];
      } & Partial<Omit<ClaimRow, 'id' | '__typename'>>)
    | null;
}

export interface ClaimsData {
  made: { totalCount: number; edges: { node: ClaimRow }[] };
  received: { totalCount: number; edges: { node: ClaimRow }[] };
}

export interface TimelineData {
  timeline: {
    date: string;
    item: { id: string; __typename: string; name?: string; category?: string | null } & Partial<
      Pick<ClaimRow, 'kind' | 'allegation' | 'speaker' | 'target'>
    >;
  }[];
}

export interface SubgraphNode {
  id: string;
  type: string;
  label: string;
}

export interface SubgraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  truncated: boolean;
}

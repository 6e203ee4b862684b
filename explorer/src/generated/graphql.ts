/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a claim does, after the CAMEO event codes. */
export type ClaimKind =
  /** Accuses the target of wrongdoing (CAMEO 112). */
  | 'ACCUSE'
  /** Appeals for an action. */
  | 'CALL_FOR'
  /** Criticises or condemns the target (CAMEO 111). */
  | 'CRITICIZE'
  /** Demands something of the target (CAMEO 10x). */
  | 'DEMAND'
  /** Denies an accusation (CAMEO 016). */
  | 'DENY'
  /** Reports findings (investigators, monitors, prosecutors). */
  | 'REPORT'
  /** States a position or fact. */
  | 'STATE'
  /** Warns the target (CAMEO 13x, threaten). */
  | 'WARN';

/** Where a claim comes from: reported in an article’s words, or coded by a dataset of events. */
export type ClaimOrigin =
  /** Coded by a dataset of events (GDELT) from the news it monitors, with the URL it coded. */
  | 'CODED'
  /** Reported in an article, in its words (with the verbatim quote where there is one). */
  | 'REPORTED';

/** What the node beyond a claim or transfer is to it: what tells a hub’s claims and transfers apart. */
export type CounterpartRole =
  /** Who received the weapons. */
  | 'RECIPIENT'
  /** Who made the claims. */
  | 'SPEAKER'
  /** Who supplied the weapons. */
  | 'SUPPLIER'
  /** Whom the claims are aimed at. */
  | 'TARGET';

/** The kinds of entity. */
export type EntityType =
  /** An event: a meeting, a visit, a strike, a veto. */
  | 'Event'
  /** An organization: a UN body, a ministry, an alliance, an armed group, a news agency. */
  | 'Organization'
  /** A person: a leader, an official, an envoy. */
  | 'Person'
  /** A place: a city or region. */
  | 'Place'
  /** A Security Council resolution or draft resolution. */
  | 'Resolution'
  /** A state, current or former, keyed by its ISO 3166 alpha-3 code (state:RUS, state:SUN). */
  | 'State'
  /** A treaty or agreement between parties. */
  | 'Treaty'
  /** A weapon system, such as a ballistic missile family. */
  | 'WeaponSystem'
  /** A transfer of weapons from a supplier to a recipient. */
  | 'WeaponsTransfer';

/** What kind of event. */
export type EventCategory =
  /** The end of a body’s mandate. */
  | 'DISBANDING'
  /** An invasion. */
  | 'INVASION'
  /** A meeting, e.g. of the Security Council. */
  | 'MEETING'
  /** Any other event. */
  | 'OTHER'
  /** The delivery of a report. */
  | 'REPORT'
  /** The signing of an agreement. */
  | 'SIGNING'
  /** A military strike or attack. */
  | 'STRIKE'
  /** A summit between leaders. */
  | 'SUMMIT'
  /** A veto cast in the Security Council. */
  | 'VETO'
  /** A visit by a leader or official. */
  | 'VISIT'
  /** A vote. */
  | 'VOTE';

/** An article’s plain text and what is known of it. */
export type ExtractDocumentInput = {
  /** When, as YYYY-MM-DD; relative dates ("last week", "on Friday") resolve against it. */
  publishedOn: string;
  /** Who published it. */
  publisher?: string | null | undefined;
  /** The article’s plain text, at most 50,000 characters. */
  text: string;
  /** Its title; defaults to the first line or sentence. */
  title?: string | null | undefined;
  /** Where it was published (http or https). */
  url?: string | null | undefined;
};

/** An ingest document. */
export type IngestDocumentInput = {
  /** One article’s document, exactly as the files `npm run ingest` reads (docs/model.md, "Ingest documents"): sources, entities, relationships and claims. */
  document: unknown;
};

/** Which way a link points, seen from the centre of a neighbourhood. */
export type LinkDirection =
  /** The link ends at the centre: (transfer)-[:SUPPLIED_BY]->(centre). */
  | 'INCOMING'
  /** The link starts at the centre: (centre)-[:MADE]->(claim). */
  | 'OUTGOING';

/** How well established a transfer is. */
export type TransferStatus =
  /** Alleged by a party, not established. */
  | 'ALLEGED'
  /** Confirmed by supplier or recipient, or established beyond dispute. */
  | 'CONFIRMED'
  /** Denied by the parties, with no independent confirmation. */
  | 'DENIED'
  /** Alleged and denied, with conflicting evidence. */
  | 'DISPUTED'
  /** Reported by investigators, monitors or a dataset of record. */
  | 'REPORTED';

/** How a state voted. */
export type VoteChoice =
  /** Abstained. */
  | 'ABSTAIN'
  /** Voted against (a veto when cast by a permanent member). */
  | 'AGAINST'
  /** Voted in favour. */
  | 'FOR'
  /** A member present or absent that did not take part in the vote. */
  | 'NON_VOTING';

export type WhoAccusedWhomQueryVariables = Exact<{
  accuser?: string | null | undefined;
  accused?: string | null | undefined;
  about?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WhoAccusedWhomQuery = { accusations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, allegation: string | null, madeOn: string | null, quote: string | null, accuser:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, accused:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, about: Array<
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
        >, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null }, denials: Array<{ madeOn: string | null, quote: string | null, by:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null }> } }> } };

export type ClaimsOverTimeQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type ClaimsOverTimeQuery = { againstReported: { edges: Array<{ node: { key: string, label: string, count: number } }> }, againstCoded: { edges: Array<{ node: { key: string, label: string, count: number } }> }, madeReported: { edges: Array<{ node: { key: string, label: string, count: number } }> }, madeCoded: { edges: Array<{ node: { key: string, label: string, count: number } }> } };

export type EntityClaimsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type EntityClaimsQuery = { made: { totalCount: number, edges: Array<{ node:
        | { __typename: 'Accusation', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Appeal', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Criticism', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Demand', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Denial', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Report', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Statement', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Warning', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
       }> }, received: { totalCount: number, edges: Array<{ node:
        | { __typename: 'Accusation', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Appeal', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Criticism', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Demand', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Denial', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Report', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Statement', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Warning', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
       }> } };

type ClaimRow_Accusation_Fragment = { __typename: 'Accusation', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, onBehalfOf:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, target:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } };

type ClaimRow_Appeal_Fragment = { __typename: 'Appeal', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, onBehalfOf:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, target:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } };

type ClaimRow_Criticism_Fragment = { __typename: 'Criticism', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, onBehalfOf:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, target:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } };

type ClaimRow_Demand_Fragment = { __typename: 'Demand', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, onBehalfOf:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, target:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } };

type ClaimRow_Denial_Fragment = { __typename: 'Denial', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, onBehalfOf:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, target:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } };

type ClaimRow_Report_Fragment = { __typename: 'Report', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, onBehalfOf:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, target:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } };

type ClaimRow_Statement_Fragment = { __typename: 'Statement', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, onBehalfOf:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, target:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } };

type ClaimRow_Warning_Fragment = { __typename: 'Warning', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, onBehalfOf:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, target:
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
   | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } };

export type ClaimRowFragment =
  | ClaimRow_Accusation_Fragment
  | ClaimRow_Appeal_Fragment
  | ClaimRow_Criticism_Fragment
  | ClaimRow_Demand_Fragment
  | ClaimRow_Denial_Fragment
  | ClaimRow_Report_Fragment
  | ClaimRow_Statement_Fragment
  | ClaimRow_Warning_Fragment
;

export type CouncilResolutionsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CouncilResolutionsQuery = { resolutions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { __typename: 'Resolution', id: string, name: string, symbol: string | null, date: string | null, agenda: string | null, voteTotals: { for: number | null, against: number | null, abstentions: number | null, nonVoting: number | null } | null, votes: Array<{ vote: VoteChoice, state: { __typename: 'State', id: string, name: string } }> } }> } };

export type CouncilVetoesQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CouncilVetoesQuery = { vetoCounts: { totalCount: number, edges: Array<{ node: { year: number | null, count: number, member: { __typename: 'State', id: string, name: string } | null } }> }, vetoes: { totalCount: number, edges: Array<{ node: { __typename: 'Resolution', id: string, name: string, symbol: string | null, date: string | null, agenda: string | null, vetoedBy: Array<{ __typename: 'State', id: string, name: string }> } }> } };

export type VetoedDraftFragment = { __typename: 'Resolution', id: string, name: string, symbol: string | null, date: string | null, agenda: string | null, vetoedBy: Array<{ __typename: 'State', id: string, name: string }> };

export type EntityDetailsQueryVariables = Exact<{
  id: string;
}>;


export type EntityDetailsQuery = { node:
    | { __typename: 'Accusation', key: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, id: string, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, onBehalfOf:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
    | { __typename: 'Appeal', key: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, id: string, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, onBehalfOf:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
    | { __typename: 'Article', id: string }
    | { __typename: 'Criticism', key: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, id: string, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, onBehalfOf:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
    | { __typename: 'Demand', key: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, id: string, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, onBehalfOf:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
    | { __typename: 'Denial', key: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, id: string, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, onBehalfOf:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
    | { __typename: 'Event', key: string, description: string | null, wikidataUrl: string | null, id: string }
    | { __typename: 'Organization', key: string, description: string | null, wikidataUrl: string | null, id: string }
    | { __typename: 'Person', key: string, description: string | null, wikidataUrl: string | null, id: string, positions: Array<{ title: string | null, since: string | null, until: string | null, of:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         }> }
    | { __typename: 'Place', key: string, description: string | null, wikidataUrl: string | null, id: string }
    | { __typename: 'Report', key: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, id: string, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, onBehalfOf:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
    | { __typename: 'Resolution', key: string, description: string | null, wikidataUrl: string | null, id: string }
    | { __typename: 'State', key: string, description: string | null, wikidataUrl: string | null, id: string }
    | { __typename: 'Statement', key: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, id: string, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, onBehalfOf:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
    | { __typename: 'Treaty', key: string, description: string | null, wikidataUrl: string | null, id: string }
    | { __typename: 'Warning', key: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, id: string, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, onBehalfOf:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
    | { __typename: 'WeaponSystem', key: string, description: string | null, wikidataUrl: string | null, id: string }
    | { __typename: 'WeaponsTransfer', key: string, description: string | null, wikidataUrl: string | null, id: string }
   | null };

export type EntityQueryVariables = Exact<{
  id: string;
}>;


export type EntityQuery = { node:
    | { __typename: 'Accusation', id: string }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'Article', id: string }
    | { __typename: 'Criticism', id: string }
    | { __typename: 'Demand', id: string }
    | { __typename: 'Denial', id: string }
    | { __typename: 'Event', name: string, aliases: Array<string>, wikidataId: string | null, id: string }
    | { __typename: 'Organization', name: string, aliases: Array<string>, wikidataId: string | null, id: string }
    | { __typename: 'Person', name: string, aliases: Array<string>, wikidataId: string | null, id: string }
    | { __typename: 'Place', name: string, aliases: Array<string>, wikidataId: string | null, id: string }
    | { __typename: 'Report', id: string }
    | { __typename: 'Resolution', name: string, aliases: Array<string>, wikidataId: string | null, id: string }
    | { __typename: 'State', name: string, aliases: Array<string>, wikidataId: string | null, id: string }
    | { __typename: 'Statement', id: string }
    | { __typename: 'Treaty', name: string, aliases: Array<string>, wikidataId: string | null, id: string }
    | { __typename: 'Warning', id: string }
    | { __typename: 'WeaponSystem', name: string, aliases: Array<string>, wikidataId: string | null, id: string }
    | { __typename: 'WeaponsTransfer', name: string, aliases: Array<string>, wikidataId: string | null, id: string }
   | null };

export type ExtractDocumentMutationVariables = Exact<{
  input: ExtractDocumentInput;
}>;


export type ExtractDocumentMutation = { extractDocument: { document: unknown, warnings: Array<string>, article: { key: string, title: string, publisher: string | null, publishedOn: string, url: string | null }, entities: Array<{ key: string, type: EntityType, name: string, aliases: Array<string>, isNew: boolean, existing:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, mentions: Array<{ start: number, end: number, text: string }> }>, claims: Array<{ key: string, kind: ClaimKind, speaker: string, onBehalfOf: string | null, targets: Array<string>, about: Array<string>, allegation: string, madeOn: string | null, quote: string | null, answers: string | null, sentence: { start: number, end: number, text: string }, quoteSpans: Array<{ start: number, end: number, text: string }> }> } };

export type FlowDealsQueryVariables = Exact<{
  supplier?: string | null | undefined;
  recipient?: string | null | undefined;
  from?: number | null | undefined;
  to?: number | null | undefined;
  armamentCategory?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type FlowDealsQuery = { weaponsTransfers: { totalCount: number, edges: Array<{ node: { id: string, key: string, name: string, status: TransferStatus, quantity: string | null, period: string | null, use: string | null, armamentCategory: string | null, orderYear: number | null, orderYearEstimate: boolean | null, numberOrdered: number | null, numberOrderedEstimate: boolean | null, numberDelivered: number | null, numberDeliveredEstimate: boolean | null, tivPerUnit: number | null, tivTotalOrder: number | null, tivDelivered: number | null, deliveriesSpread: boolean | null, comments: string | null, record: string | null, supplier: { __typename: 'State', id: string, name: string } | null, supplierOrganization: { __typename: 'Organization', id: string, name: string } | null, recipient: { __typename: 'State', id: string, name: string } | null, recipientOrganization: { __typename: 'Organization', id: string, name: string } | null, weapon: { __typename: 'WeaponSystem', id: string, name: string, designation: string | null, category: string | null } | null, deliveries: Array<{ year: number, number: number | null, tiv: number | null, estimate: boolean | null }>, dataset: { key: string, name: string, publisher: string | null, file: string | null, asOf: string | null, url: string | null } | null, sources: Array<{ title: string | null, publisher: string | null, publishedOn: string | null, url: string | null }> } }> } };

export type TransferFlowsQueryVariables = Exact<{
  from?: number | null | undefined;
  to?: number | null | undefined;
  armamentCategory?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TransferFlowsQuery = { flows: { totalCount: number, edges: Array<{ node: { deals: number, units: number, tiv: number, estimate: boolean, complete: boolean, supplier:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, recipient:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null } }> }, categories: { edges: Array<{ node: { armamentCategory: string | null, deals: number } }> } };

export type GroupMembersQueryVariables = Exact<{
  group: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupMembersQuery = { neighborhoodGroup: { totalCount: number | null, centre: { id: string }, counterpart: { id: string, type: string, label: string } | null, edges: Array<{ node: { id: string, type: string, label: string }, links: Array<{ id: string, source: string, target: string, type: string, label: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GroupedNeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type GroupedNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, label: string }>, groups: Array<{ id: string, relationship: string, direction: LinkDirection, count: number, label: string, sampled: number | null, otherCount: number, parts: Array<{ id: string, nodeType: string, vote: string | null, count: number, estimated: boolean, label: string, counterpartRole: CounterpartRole | null, counterpart: { id: string, type: string, label: string } | null }> }> } };

export type IngestDocumentMutationVariables = Exact<{
  input: IngestDocumentInput;
}>;


export type IngestDocumentMutation = { ingestDocument: { changed: boolean, summary: { nodes: Array<{ kind: string, created: number, updated: number, unchanged: number }>, claims: { kind: string, created: number, updated: number, unchanged: number }, relationships: Array<{ kind: string, created: number, updated: number, unchanged: number }> }, articles: Array<{ id: string, key: string, title: string | null }>, entities: Array<
      | { __typename: 'Event', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Place', id: string, name: string }
      | { __typename: 'Resolution', id: string, name: string }
      | { __typename: 'State', id: string, name: string }
      | { __typename: 'Treaty', id: string, name: string }
      | { __typename: 'WeaponSystem', id: string, name: string }
      | { __typename: 'WeaponsTransfer', id: string, name: string }
    > } };

export type EntityLiveSubscriptionVariables = Exact<{
  id: string;
}>;


export type EntityLiveSubscription = { claimAdded:
    | { __typename: 'Accusation', id: string, kind: ClaimKind, allegation: string | null, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null }
    | { __typename: 'Appeal', id: string, kind: ClaimKind, allegation: string | null, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null }
    | { __typename: 'Criticism', id: string, kind: ClaimKind, allegation: string | null, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null }
    | { __typename: 'Demand', id: string, kind: ClaimKind, allegation: string | null, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null }
    | { __typename: 'Denial', id: string, kind: ClaimKind, allegation: string | null, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null }
    | { __typename: 'Report', id: string, kind: ClaimKind, allegation: string | null, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null }
    | { __typename: 'Statement', id: string, kind: ClaimKind, allegation: string | null, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null }
    | { __typename: 'Warning', id: string, kind: ClaimKind, allegation: string | null, speaker:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null, target:
        | { __typename: 'Event', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Resolution', id: string, name: string }
        | { __typename: 'State', id: string, name: string }
        | { __typename: 'Treaty', id: string, name: string }
        | { __typename: 'WeaponSystem', id: string, name: string }
        | { __typename: 'WeaponsTransfer', id: string, name: string }
       | null }
   };

export type AccusationMatrixQueryVariables = Exact<{
  kinds?: Array<ClaimKind> | ClaimKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  origin?: ClaimOrigin | null | undefined;
  bySide?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type AccusationMatrixQuery = { accusationMatrix: { totalCount: number, edges: Array<{ node: { count: number, accuser:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
        , accused:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         } }> } };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, label: string }> } };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type PathQuery = { path: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string }>, edges: Array<{ id: string, source: string, target: string, type: string, label: string }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { __typename: 'Event', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Place', id: string, name: string }
    | { __typename: 'Resolution', id: string, name: string }
    | { __typename: 'State', id: string, name: string }
    | { __typename: 'Treaty', id: string, name: string }
    | { __typename: 'WeaponSystem', id: string, name: string }
    | { __typename: 'WeaponsTransfer', id: string, name: string }
  > };

export type StateRecordQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type StateRecordQuery = { supplied: { edges: Array<{ node: { year: number | null, deals: number, units: number, tiv: number, estimate: boolean } }> }, received: { edges: Array<{ node: { year: number | null, deals: number, units: number, tiv: number, estimate: boolean } }> }, receivedFrom: { totalCount: number, edges: Array<{ node: { year: number | null, tiv: number, supplier:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null } }> }, vetoesByAgenda: { totalCount: number, edges: Array<{ node: { agenda: string | null, count: number } }> }, vetoes: { totalCount: number, edges: Array<{ node: { __typename: 'Resolution', id: string, name: string, symbol: string | null, date: string | null, agenda: string | null, vetoedBy: Array<{ __typename: 'State', id: string, name: string }> } }> }, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, votingRecord: { edges: Array<{ node: { year: number, for: number, against: number, abstain: number, nonVoting: number } }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type EntityTimelineQueryVariables = Exact<{
  id: string;
}>;


export type EntityTimelineQuery = { timeline: Array<{ date: string, item:
      | { __typename: 'Accusation', kind: ClaimKind, allegation: string | null, id: string, speaker:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, target:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null }
      | { __typename: 'Appeal', kind: ClaimKind, allegation: string | null, id: string, speaker:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, target:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null }
      | { __typename: 'Article', id: string }
      | { __typename: 'Criticism', kind: ClaimKind, allegation: string | null, id: string, speaker:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, target:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null }
      | { __typename: 'Demand', kind: ClaimKind, allegation: string | null, id: string, speaker:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, target:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null }
      | { __typename: 'Denial', kind: ClaimKind, allegation: string | null, id: string, speaker:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, target:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null }
      | { __typename: 'Event', name: string, category: EventCategory | null, id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Place', id: string }
      | { __typename: 'Report', kind: ClaimKind, allegation: string | null, id: string, speaker:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, target:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null }
      | { __typename: 'Resolution', id: string }
      | { __typename: 'State', id: string }
      | { __typename: 'Statement', kind: ClaimKind, allegation: string | null, id: string, speaker:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, target:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null }
      | { __typename: 'Treaty', id: string }
      | { __typename: 'Warning', kind: ClaimKind, allegation: string | null, id: string, speaker:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null, target:
          | { __typename: 'Event', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Place', id: string, name: string }
          | { __typename: 'Resolution', id: string, name: string }
          | { __typename: 'State', id: string, name: string }
          | { __typename: 'Treaty', id: string, name: string }
          | { __typename: 'WeaponSystem', id: string, name: string }
          | { __typename: 'WeaponsTransfer', id: string, name: string }
         | null }
      | { __typename: 'WeaponSystem', id: string }
      | { __typename: 'WeaponsTransfer', id: string }
     }> };

export type TransferRecordQueryVariables = Exact<{
  id: string;
}>;


export type TransferRecordQuery = { node:
    | { __typename: 'Accusation', id: string }
    | { __typename: 'Appeal', id: string }
    | { __typename: 'Article', id: string }
    | { __typename: 'Criticism', id: string }
    | { __typename: 'Demand', id: string }
    | { __typename: 'Denial', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Report', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'State', id: string }
    | { __typename: 'Statement', id: string }
    | { __typename: 'Treaty', id: string }
    | { __typename: 'Warning', id: string }
    | { __typename: 'WeaponSystem', id: string }
    | { __typename: 'WeaponsTransfer', id: string, key: string, name: string, status: TransferStatus, quantity: string | null, period: string | null, use: string | null, armamentCategory: string | null, orderYear: number | null, orderYearEstimate: boolean | null, numberOrdered: number | null, numberOrderedEstimate: boolean | null, numberDelivered: number | null, numberDeliveredEstimate: boolean | null, tivPerUnit: number | null, tivTotalOrder: number | null, tivDelivered: number | null, deliveriesSpread: boolean | null, comments: string | null, record: string | null, corroboratedBy: Array<{ id: string, key: string, name: string, status: TransferStatus, quantity: string | null, period: string | null, use: string | null, armamentCategory: string | null, orderYear: number | null, orderYearEstimate: boolean | null, numberOrdered: number | null, numberOrderedEstimate: boolean | null, numberDelivered: number | null, numberDeliveredEstimate: boolean | null, tivPerUnit: number | null, tivTotalOrder: number | null, tivDelivered: number | null, deliveriesSpread: boolean | null, comments: string | null, record: string | null, supplier: { __typename: 'State', id: string, name: string } | null, supplierOrganization: { __typename: 'Organization', id: string, name: string } | null, recipient: { __typename: 'State', id: string, name: string } | null, recipientOrganization: { __typename: 'Organization', id: string, name: string } | null, weapon: { __typename: 'WeaponSystem', id: string, name: string, designation: string | null, category: string | null } | null, deliveries: Array<{ year: number, number: number | null, tiv: number | null, estimate: boolean | null }>, dataset: { key: string, name: string, publisher: string | null, file: string | null, asOf: string | null, url: string | null } | null, sources: Array<{ title: string | null, publisher: string | null, publishedOn: string | null, url: string | null }> }>, corroborates: Array<{ id: string, key: string, name: string, status: TransferStatus, quantity: string | null, period: string | null, use: string | null, armamentCategory: string | null, orderYear: number | null, orderYearEstimate: boolean | null, numberOrdered: number | null, numberOrderedEstimate: boolean | null, numberDelivered: number | null, numberDeliveredEstimate: boolean | null, tivPerUnit: number | null, tivTotalOrder: number | null, tivDelivered: number | null, deliveriesSpread: boolean | null, comments: string | null, record: string | null, supplier: { __typename: 'State', id: string, name: string } | null, supplierOrganization: { __typename: 'Organization', id: string, name: string } | null, recipient: { __typename: 'State', id: string, name: string } | null, recipientOrganization: { __typename: 'Organization', id: string, name: string } | null, weapon: { __typename: 'WeaponSystem', id: string, name: string, designation: string | null, category: string | null } | null, deliveries: Array<{ year: number, number: number | null, tiv: number | null, estimate: boolean | null }>, dataset: { key: string, name: string, publisher: string | null, file: string | null, asOf: string | null, url: string | null } | null, sources: Array<{ title: string | null, publisher: string | null, publishedOn: string | null, url: string | null }> }>, supplier: { __typename: 'State', id: string, name: string } | null, supplierOrganization: { __typename: 'Organization', id: string, name: string } | null, recipient: { __typename: 'State', id: string, name: string } | null, recipientOrganization: { __typename: 'Organization', id: string, name: string } | null, weapon: { __typename: 'WeaponSystem', id: string, name: string, designation: string | null, category: string | null } | null, deliveries: Array<{ year: number, number: number | null, tiv: number | null, estimate: boolean | null }>, dataset: { key: string, name: string, publisher: string | null, file: string | null, asOf: string | null, url: string | null } | null, sources: Array<{ title: string | null, publisher: string | null, publishedOn: string | null, url: string | null }> }
   | null, claimsAbout: { totalCount: number, edges: Array<{ node:
        | { __typename: 'Accusation', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Appeal', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Criticism', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Demand', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Denial', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Report', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Statement', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
        | { __typename: 'Warning', id: string, kind: ClaimKind, allegation: string | null, madeOn: string | null, quote: string | null, speaker:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, onBehalfOf:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, target:
            | { __typename: 'Event', id: string, name: string }
            | { __typename: 'Organization', id: string, name: string }
            | { __typename: 'Person', id: string, name: string }
            | { __typename: 'Place', id: string, name: string }
            | { __typename: 'Resolution', id: string, name: string }
            | { __typename: 'State', id: string, name: string }
            | { __typename: 'Treaty', id: string, name: string }
            | { __typename: 'WeaponSystem', id: string, name: string }
            | { __typename: 'WeaponsTransfer', id: string, name: string }
           | null, source: { title: string | null, publisher: string | null, publishedOn: string | null, url: string | null } }
       }> } };

export type TransferFactsFragment = { id: string, key: string, name: string, status: TransferStatus, quantity: string | null, period: string | null, use: string | null, armamentCategory: string | null, orderYear: number | null, orderYearEstimate: boolean | null, numberOrdered: number | null, numberOrderedEstimate: boolean | null, numberDelivered: number | null, numberDeliveredEstimate: boolean | null, tivPerUnit: number | null, tivTotalOrder: number | null, tivDelivered: number | null, deliveriesSpread: boolean | null, comments: string | null, record: string | null, supplier: { __typename: 'State', id: string, name: string } | null, supplierOrganization: { __typename: 'Organization', id: string, name: string } | null, recipient: { __typename: 'State', id: string, name: string } | null, recipientOrganization: { __typename: 'Organization', id: string, name: string } | null, weapon: { __typename: 'WeaponSystem', id: string, name: string, designation: string | null, category: string | null } | null, deliveries: Array<{ year: number, number: number | null, tiv: number | null, estimate: boolean | null }>, dataset: { key: string, name: string, publisher: string | null, file: string | null, asOf: string | null, url: string | null } | null, sources: Array<{ title: string | null, publisher: string | null, publishedOn: string | null, url: string | null }> };

export type VotingAgreementQueryVariables = Exact<{
  states: Array<string> | string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type VotingAgreementQuery = { votingAgreementMatrix: { states: Array<{ __typename: 'State', id: string, name: string }>, cells: Array<{ same: number, bothVoted: number, share: number | null, state: { __typename: 'State', id: string, name: string }, with: { __typename: 'State', id: string, name: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ClaimRowFragmentDoc = new TypedDocumentString(`
    fragment ClaimRow on Claim {
  id
  __typename
  kind
  allegation
  madeOn
  quote
  speaker {
    id
    __typename
    name
  }
  onBehalfOf {
    id
    __typename
    name
  }
  target {
    id
    __typename
    name
  }
  source {
    title
    publisher
    publishedOn
    url
  }
}
    `, {"fragmentName":"ClaimRow"}) as unknown as TypedDocumentString<ClaimRowFragment, unknown>;
export const VetoedDraftFragmentDoc = new TypedDocumentString(`
    fragment VetoedDraft on Resolution {
  id
  __typename
  name
  symbol
  date
  agenda
  vetoedBy {
    id
    __typename
    name
  }
}
    `, {"fragmentName":"VetoedDraft"}) as unknown as TypedDocumentString<VetoedDraftFragment, unknown>;
export const TransferFactsFragmentDoc = new TypedDocumentString(`
    fragment TransferFacts on WeaponsTransfer {
  id
  key
  name
  status
  quantity
  period
  use
  armamentCategory
  supplier {
    id
    __typename
    name
  }
  supplierOrganization {
    id
    __typename
    name
  }
  recipient {
    id
    __typename
    name
  }
  recipientOrganization {
    id
    __typename
    name
  }
  weapon {
    id
    __typename
    name
    designation
    category
  }
  orderYear
  orderYearEstimate
  numberOrdered
  numberOrderedEstimate
  numberDelivered
  numberDeliveredEstimate
  tivPerUnit
  tivTotalOrder
  tivDelivered
  deliveriesSpread
  deliveries {
    year
    number
    tiv
    estimate
  }
  comments
  record
  dataset {
    key
    name
    publisher
    file
    asOf
    url
  }
  sources {
    title
    publisher
    publishedOn
    url
  }
}
    `, {"fragmentName":"TransferFacts"}) as unknown as TypedDocumentString<TransferFactsFragment, unknown>;
export const WhoAccusedWhomDocument = new TypedDocumentString(`
    query WhoAccusedWhom($accuser: ID, $accused: ID, $about: ID, $first: Int = 20, $after: String) {
  accusations(
    accuser: $accuser
    accused: $accused
    about: $about
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        accuser {
          id
          __typename
          name
        }
        accused {
          id
          __typename
          name
        }
        allegation
        about {
          id
          __typename
          name
        }
        madeOn
        quote
        source {
          title
          publisher
          publishedOn
          url
        }
        denials {
          by {
            id
            __typename
            name
          }
          madeOn
          quote
        }
      }
    }
  }
}
    `, {"hash":"sha256:d21c0b72c65f7c20fd9164ef764477948bd98a717f88e81759cd5e696f4fc761"}) as unknown as TypedDocumentString<WhoAccusedWhomQuery, WhoAccusedWhomQueryVariables>;
export const ClaimsOverTimeDocument = new TypedDocumentString(`
    query ClaimsOverTime($id: ID!, $first: Int = 100) {
  againstReported: claimCounts(
    by: MONTH
    target: $id
    origin: REPORTED
    first: $first
  ) {
    edges {
      node {
        key
        label
        count
      }
    }
  }
  againstCoded: claimCounts(by: MONTH, target: $id, origin: CODED, first: $first) {
    edges {
      node {
        key
        label
        count
      }
    }
  }
  madeReported: claimCounts(
    by: MONTH
    speaker: $id
    origin: REPORTED
    first: $first
  ) {
    edges {
      node {
        key
        label
        count
      }
    }
  }
  madeCoded: claimCounts(by: MONTH, speaker: $id, origin: CODED, first: $first) {
    edges {
      node {
        key
        label
        count
      }
    }
  }
}
    `, {"hash":"sha256:c6673def6aea78c9e14a5f61cbd1b6b4373fb03f824b8895570c3d7a1f02dd6a"}) as unknown as TypedDocumentString<ClaimsOverTimeQuery, ClaimsOverTimeQueryVariables>;
export const EntityClaimsDocument = new TypedDocumentString(`
    query EntityClaims($id: ID!, $first: Int = 50) {
  made: claims(speaker: $id, first: $first) {
    totalCount
    edges {
      node {
        ...ClaimRow
      }
    }
  }
  received: claims(target: $id, first: $first) {
    totalCount
    edges {
      node {
        ...ClaimRow
      }
    }
  }
}
    fragment ClaimRow on Claim {
  id
  __typename
  kind
  allegation
  madeOn
  quote
  speaker {
    id
    __typename
    name
  }
  onBehalfOf {
    id
    __typename
    name
  }
  target {
    id
    __typename
    name
  }
  source {
    title
    publisher
    publishedOn
    url
  }
}`, {"hash":"sha256:41ad6d947e1f75c9a79474cf37c7b5a93f7313c05d85fe633c00df90210bc091"}) as unknown as TypedDocumentString<EntityClaimsQuery, EntityClaimsQueryVariables>;
export const CouncilResolutionsDocument = new TypedDocumentString(`
    query CouncilResolutions($from: String, $to: String, $first: Int = 12, $after: String) {
  resolutions(status: ADOPTED, from: $from, to: $to, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        __typename
        name
        symbol
        date
        agenda
        voteTotals {
          for
          against
          abstentions
          nonVoting
        }
        votes {
          vote
          state {
            id
            __typename
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:f7b98901aee7ef44577ced74e898edbc07b87f04ae93ffd8a438b2b238bd739d"}) as unknown as TypedDocumentString<CouncilResolutionsQuery, CouncilResolutionsQueryVariables>;
export const CouncilVetoesDocument = new TypedDocumentString(`
    query CouncilVetoes($from: String, $to: String, $first: Int = 100) {
  vetoCounts(from: $from, to: $to, groupBy: [YEAR, MEMBER], first: $first) {
    totalCount
    edges {
      node {
        year
        count
        member {
          id
          __typename
          name
        }
      }
    }
  }
  vetoes(from: $from, to: $to, first: $first) {
    totalCount
    edges {
      node {
        ...VetoedDraft
      }
    }
  }
}
    fragment VetoedDraft on Resolution {
  id
  __typename
  name
  symbol
  date
  agenda
  vetoedBy {
    id
    __typename
    name
  }
}`, {"hash":"sha256:da419f5e44efe2dd6981836e857ce2affb8c76b9e66b49895e560b8af7f0c3d9"}) as unknown as TypedDocumentString<CouncilVetoesQuery, CouncilVetoesQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Entity {
      key
      description
      wikidataUrl
    }
    ... on Person {
      positions {
        title
        since
        until
        of {
          id
          __typename
          name
        }
      }
    }
    ... on Claim {
      key
      kind
      allegation
      madeOn
      quote
      speaker {
        id
        __typename
        name
      }
      onBehalfOf {
        id
        __typename
        name
      }
      target {
        id
        __typename
        name
      }
      source {
        title
        publisher
        publishedOn
        url
      }
    }
  }
}
    `, {"hash":"sha256:de50e071ec17e86e91b2773bc81f289d60610302e15bb35e8ce0100c93bce403"}) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Entity {
      name
      aliases
      wikidataId
    }
  }
}
    `, {"hash":"sha256:2d5e3abbe7d456dae4289a50667f7825f38afdc0a0b7eeb9e0565a53716647c7"}) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const ExtractDocumentDocument = new TypedDocumentString(`
    mutation ExtractDocument($input: ExtractDocumentInput!) {
  extractDocument(input: $input) {
    document
    article {
      key
      title
      publisher
      publishedOn
      url
    }
    entities {
      key
      type
      name
      aliases
      isNew
      existing {
        id
        __typename
        name
      }
      mentions {
        start
        end
        text
      }
    }
    claims {
      key
      kind
      speaker
      onBehalfOf
      targets
      about
      allegation
      madeOn
      quote
      answers
      sentence {
        start
        end
        text
      }
      quoteSpans {
        start
        end
        text
      }
    }
    warnings
  }
}
    `, {"hash":"sha256:8ed874da895dbd794e29df3c6b0509a1ca47268978a42602d0051fb6fa2d8cc6"}) as unknown as TypedDocumentString<ExtractDocumentMutation, ExtractDocumentMutationVariables>;
export const FlowDealsDocument = new TypedDocumentString(`
    query FlowDeals($supplier: ID, $recipient: ID, $from: Int, $to: Int, $armamentCategory: String, $first: Int = 50) {
  weaponsTransfers(
    supplier: $supplier
    recipient: $recipient
    from: $from
    to: $to
    armamentCategory: $armamentCategory
    first: $first
  ) {
    totalCount
    edges {
      node {
        ...TransferFacts
      }
    }
  }
}
    fragment TransferFacts on WeaponsTransfer {
  id
  key
  name
  status
  quantity
  period
  use
  armamentCategory
  supplier {
    id
    __typename
    name
  }
  supplierOrganization {
    id
    __typename
    name
  }
  recipient {
    id
    __typename
    name
  }
  recipientOrganization {
    id
    __typename
    name
  }
  weapon {
    id
    __typename
    name
    designation
    category
  }
  orderYear
  orderYearEstimate
  numberOrdered
  numberOrderedEstimate
  numberDelivered
  numberDeliveredEstimate
  tivPerUnit
  tivTotalOrder
  tivDelivered
  deliveriesSpread
  deliveries {
    year
    number
    tiv
    estimate
  }
  comments
  record
  dataset {
    key
    name
    publisher
    file
    asOf
    url
  }
  sources {
    title
    publisher
    publishedOn
    url
  }
}`, {"hash":"sha256:df370283411c092251c2d2b5de5c7b292240e38cb3122b17ad0eedac00be8de4"}) as unknown as TypedDocumentString<FlowDealsQuery, FlowDealsQueryVariables>;
export const TransferFlowsDocument = new TypedDocumentString(`
    query TransferFlows($from: Int, $to: Int, $armamentCategory: String, $first: Int = 100) {
  flows: transferFlows(
    from: $from
    to: $to
    armamentCategory: $armamentCategory
    groupBy: [SUPPLIER, RECIPIENT]
    first: $first
  ) {
    totalCount
    edges {
      node {
        supplier {
          id
          __typename
          name
        }
        recipient {
          id
          __typename
          name
        }
        deals
        units
        tiv
        estimate
        complete
      }
    }
  }
  categories: transferFlows(groupBy: [CATEGORY], first: 100) {
    edges {
      node {
        armamentCategory
        deals
      }
    }
  }
}
    `, {"hash":"sha256:d022929db108b05207f690aa9d0c0af0bfbe93ca916ab2f82b919d40694508ae"}) as unknown as TypedDocumentString<TransferFlowsQuery, TransferFlowsQueryVariables>;
export const GroupMembersDocument = new TypedDocumentString(`
    query GroupMembers($group: ID!, $first: Int = 20, $after: String) {
  neighborhoodGroup(group: $group, first: $first, after: $after) {
    centre {
      id
    }
    counterpart {
      id
      type
      label
    }
    totalCount
    edges {
      node {
        id
        type
        label
      }
      links {
        id
        source
        target
        type
        label
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:ed8353f1a5225f8ebdd97bba022dc6ec1892e4d302c2af29efa5d1b6a14c946c"}) as unknown as TypedDocumentString<GroupMembersQuery, GroupMembersQueryVariables>;
export const GroupedNeighborhoodDocument = new TypedDocumentString(`
    query GroupedNeighborhood($id: ID!, $depth: Int = 1, $limit: Int = 200) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    nodes {
      id
      type
      label
    }
    edges {
      id
      source
      target
      type
      label
    }
    truncated
    groups {
      id
      relationship
      direction
      count
      label
      sampled
      otherCount
      parts {
        id
        nodeType
        vote
        count
        estimated
        label
        counterpartRole
        counterpart {
          id
          type
          label
        }
      }
    }
  }
}
    `, {"hash":"sha256:eb6398a61253dc0f6c655a8c4592bc084f3b4ea63424b854101caf9254819644"}) as unknown as TypedDocumentString<GroupedNeighborhoodQuery, GroupedNeighborhoodQueryVariables>;
export const IngestDocumentDocument = new TypedDocumentString(`
    mutation IngestDocument($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    changed
    summary {
      nodes {
        kind
        created
        updated
        unchanged
      }
      claims {
        kind
        created
        updated
        unchanged
      }
      relationships {
        kind
        created
        updated
        unchanged
      }
    }
    articles {
      id
      key
      title
    }
    entities {
      id
      __typename
      name
    }
  }
}
    `, {"hash":"sha256:6520f91e537b56170b2a3a00f1e47a6445590c87738af9941b709c2b76f3fb9b"}) as unknown as TypedDocumentString<IngestDocumentMutation, IngestDocumentMutationVariables>;
export const EntityLiveDocument = new TypedDocumentString(`
    subscription EntityLive($id: ID!) {
  claimAdded(involving: $id) {
    id
    __typename
    kind
    allegation
    speaker {
      id
      __typename
      name
    }
    target {
      id
      __typename
      name
    }
  }
}
    `, {"hash":"sha256:143d03d5aabdc7641d32c319833915716e5717500cf0d7310486592cee1dcfb5"}) as unknown as TypedDocumentString<EntityLiveSubscription, EntityLiveSubscriptionVariables>;
export const AccusationMatrixDocument = new TypedDocumentString(`
    query AccusationMatrix($kinds: [ClaimKind!], $from: String, $to: String, $origin: ClaimOrigin, $bySide: Boolean = true, $first: Int = 100) {
  accusationMatrix(
    kinds: $kinds
    from: $from
    to: $to
    origin: $origin
    bySide: $bySide
    first: $first
  ) {
    totalCount
    edges {
      node {
        accuser {
          id
          __typename
          name
        }
        accused {
          id
          __typename
          name
        }
        count
      }
    }
  }
}
    `, {"hash":"sha256:3a37b3887835423548eac0642d6c646cbb8166f7d3e1e0fb56f8ed354dff53b3"}) as unknown as TypedDocumentString<AccusationMatrixQuery, AccusationMatrixQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int = 1, $limit: Int = 200) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    nodes {
      id
      type
      label
    }
    edges {
      id
      source
      target
      type
      label
    }
    truncated
  }
}
    `, {"hash":"sha256:f559d7ae180e511bdf0d529c6706fe6b8e75c1051b6b5294866810410aafd49d"}) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!, $maxHops: Int = 6) {
  path(from: $from, to: $to, maxHops: $maxHops) {
    nodes {
      id
      type
      label
    }
    edges {
      id
      source
      target
      type
      label
    }
    truncated
  }
}
    `, {"hash":"sha256:102cae1e558d23bd3538eb4c2fa6eaa223efa74531bea97ca477858a8d2f34e1"}) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int = 10) {
  search(text: $text, first: $first) {
    id
    __typename
    name
  }
}
    `, {"hash":"sha256:26c7b8d694a2ec9d202511d1d4191902a10fd3016ce8b5797a45081dd541a4ae"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const StateRecordDocument = new TypedDocumentString(`
    query StateRecord($id: ID!, $first: Int = 100) {
  supplied: transferFlows(supplier: $id, groupBy: [YEAR], first: $first) {
    edges {
      node {
        year
        deals
        units
        tiv
        estimate
      }
    }
  }
  received: transferFlows(recipient: $id, groupBy: [YEAR], first: $first) {
    edges {
      node {
        year
        deals
        units
        tiv
        estimate
      }
    }
  }
  receivedFrom: transferFlows(
    recipient: $id
    groupBy: [SUPPLIER, YEAR]
    first: $first
  ) {
    totalCount
    edges {
      node {
        supplier {
          id
          __typename
          name
        }
        year
        tiv
      }
    }
  }
  vetoesByAgenda: vetoCounts(by: $id, groupBy: [AGENDA], first: $first) {
    totalCount
    edges {
      node {
        agenda
        count
      }
    }
  }
  vetoes(by: $id, first: $first) {
    totalCount
    edges {
      node {
        ...VetoedDraft
      }
    }
  }
  node(id: $id) {
    id
    ... on State {
      votingRecord(first: $first) {
        edges {
          node {
            year
            for
            against
            abstain
            nonVoting
          }
        }
      }
    }
  }
}
    fragment VetoedDraft on Resolution {
  id
  __typename
  name
  symbol
  date
  agenda
  vetoedBy {
    id
    __typename
    name
  }
}`, {"hash":"sha256:811d4c2b6446b9912791e9fa41110e5a5960f5291e33f7e8b5ef1d56d14ded92"}) as unknown as TypedDocumentString<StateRecordQuery, StateRecordQueryVariables>;
export const EntityTimelineDocument = new TypedDocumentString(`
    query EntityTimeline($id: ID!) {
  timeline(entity: $id) {
    date
    item {
      id
      __typename
      ... on Event {
        name
        category
      }
      ... on Claim {
        kind
        allegation
        speaker {
          id
          __typename
          name
        }
        target {
          id
          __typename
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:eb8f455d98f4de606ad4feb88f3d9a992677db33e55ba917bdea9a3fb3f1a483"}) as unknown as TypedDocumentString<EntityTimelineQuery, EntityTimelineQueryVariables>;
export const TransferRecordDocument = new TypedDocumentString(`
    query TransferRecord($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on WeaponsTransfer {
      ...TransferFacts
      corroboratedBy {
        ...TransferFacts
      }
      corroborates {
        ...TransferFacts
      }
    }
  }
  claimsAbout: claims(about: $id, first: 10) {
    totalCount
    edges {
      node {
        ...ClaimRow
      }
    }
  }
}
    fragment ClaimRow on Claim {
  id
  __typename
  kind
  allegation
  madeOn
  quote
  speaker {
    id
    __typename
    name
  }
  onBehalfOf {
    id
    __typename
    name
  }
  target {
    id
    __typename
    name
  }
  source {
    title
    publisher
    publishedOn
    url
  }
}
fragment TransferFacts on WeaponsTransfer {
  id
  key
  name
  status
  quantity
  period
  use
  armamentCategory
  supplier {
    id
    __typename
    name
  }
  supplierOrganization {
    id
    __typename
    name
  }
  recipient {
    id
    __typename
    name
  }
  recipientOrganization {
    id
    __typename
    name
  }
  weapon {
    id
    __typename
    name
    designation
    category
  }
  orderYear
  orderYearEstimate
  numberOrdered
  numberOrderedEstimate
  numberDelivered
  numberDeliveredEstimate
  tivPerUnit
  tivTotalOrder
  tivDelivered
  deliveriesSpread
  deliveries {
    year
    number
    tiv
    estimate
  }
  comments
  record
  dataset {
    key
    name
    publisher
    file
    asOf
    url
  }
  sources {
    title
    publisher
    publishedOn
    url
  }
}`, {"hash":"sha256:de21aa30cae070bf5e13d63aac0690694e0b1e666a77c3ba68aa52241e8f280e"}) as unknown as TypedDocumentString<TransferRecordQuery, TransferRecordQueryVariables>;
export const VotingAgreementDocument = new TypedDocumentString(`
    query VotingAgreement($states: [ID!]!, $from: String, $to: String) {
  votingAgreementMatrix(states: $states, from: $from, to: $to) {
    states {
      id
      __typename
      name
    }
    cells {
      state {
        id
        __typename
        name
      }
      with {
        id
        __typename
        name
      }
      same
      bothVoted
      share
    }
  }
}
    `, {"hash":"sha256:210446a739876aab361ad8a92fe1519ac234ecdc1785d6cd9afb27cda215a2db"}) as unknown as TypedDocumentString<VotingAgreementQuery, VotingAgreementQueryVariables>;
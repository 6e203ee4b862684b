/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query WhoAccusedWhom($accuser: ID, $accused: ID, $about: ID, $first: Int = 20, $after: String) {\n  accusations(\n    accuser: $accuser\n    accused: $accused\n    about: $about\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        accuser {\n          id\n          __typename\n          name\n        }\n        accused {\n          id\n          __typename\n          name\n        }\n        allegation\n        about {\n          id\n          __typename\n          name\n        }\n        madeOn\n        quote\n        source {\n          title\n          publisher\n          publishedOn\n          url\n        }\n        denials {\n          by {\n            id\n            __typename\n            name\n          }\n          madeOn\n          quote\n        }\n      }\n    }\n  }\n}": typeof types.WhoAccusedWhomDocument,
    "query EntityClaims($id: ID!, $first: Int = 50) {\n  made: claims(speaker: $id, first: $first) {\n    totalCount\n    edges {\n      node {\n        ...ClaimRow\n      }\n    }\n  }\n  received: claims(target: $id, first: $first) {\n    totalCount\n    edges {\n      node {\n        ...ClaimRow\n      }\n    }\n  }\n}\n\nfragment ClaimRow on Claim {\n  id\n  __typename\n  kind\n  allegation\n  madeOn\n  quote\n  speaker {\n    id\n    __typename\n    name\n  }\n  onBehalfOf {\n    id\n    __typename\n    name\n  }\n  target {\n    id\n    __typename\n    name\n  }\n  source {\n    title\n    publisher\n    publishedOn\n    url\n  }\n}": typeof types.EntityClaimsDocument,
    "query EntityDetails($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      key\n      description\n      wikidataUrl\n    }\n    ... on Person {\n      positions {\n        title\n        since\n        until\n        of {\n          id\n          __typename\n          name\n        }\n      }\n    }\n    ... on Claim {\n      key\n      kind\n      allegation\n      madeOn\n      quote\n      speaker {\n        id\n        __typename\n        name\n      }\n      onBehalfOf {\n        id\n        __typename\n        name\n      }\n      target {\n        id\n        __typename\n        name\n      }\n      source {\n        title\n        publisher\n        publishedOn\n        url\n      }\n    }\n  }\n}": typeof types.EntityDetailsDocument,
    "query Entity($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      name\n      aliases\n      wikidataId\n    }\n  }\n}": typeof types.EntityDocument,
    "subscription EntityLive($id: ID!) {\n  claimAdded(involving: $id) {\n    id\n    __typename\n    kind\n    allegation\n    speaker {\n      id\n      __typename\n      name\n    }\n    target {\n      id\n      __typename\n      name\n    }\n  }\n}": typeof types.EntityLiveDocument,
    "query AccusationMatrix($kinds: [ClaimKind!], $from: String, $to: String, $bySide: Boolean = true, $first: Int = 100) {\n  accusationMatrix(\n    kinds: $kinds\n    from: $from\n    to: $to\n    bySide: $bySide\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        accuser {\n          id\n          __typename\n          name\n        }\n        accused {\n          id\n          __typename\n          name\n        }\n        count\n      }\n    }\n  }\n}": typeof types.AccusationMatrixDocument,
    "query Neighborhood($id: ID!, $depth: Int = 1, $limit: Int = 200) {\n  neighborhood(id: $id, depth: $depth, limit: $limit) {\n    nodes {\n      id\n      type\n      label\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n    }\n    truncated\n  }\n}": typeof types.NeighborhoodDocument,
    "query Path($from: ID!, $to: ID!, $maxHops: Int = 6) {\n  path(from: $from, to: $to, maxHops: $maxHops) {\n    nodes {\n      id\n      type\n      label\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n    }\n    truncated\n  }\n}": typeof types.PathDocument,
    "query Search($text: String!, $first: Int = 10) {\n  search(text: $text, first: $first) {\n    id\n    __typename\n    name\n  }\n}": typeof types.SearchDocument,
    "query EntityTimeline($id: ID!) {\n  timeline(entity: $id) {\n    date\n    item {\n      id\n      __typename\n      ... on Event {\n        name\n        category\n      }\n      ... on Claim {\n        kind\n        allegation\n        speaker {\n          id\n          __typename\n          name\n        }\n        target {\n          id\n          __typename\n          name\n        }\n      }\n    }\n  }\n}": typeof types.EntityTimelineDocument,
};
const documents: Documents = {
    "query WhoAccusedWhom($accuser: ID, $accused: ID, $about: ID, $first: Int = 20, $after: String) {\n  accusations(\n    accuser: $accuser\n    accused: $accused\n    about: $about\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        accuser {\n          id\n          __typename\n          name\n        }\n        accused {\n          id\n          __typename\n          name\n        }\n        allegation\n        about {\n          id\n          __typename\n          name\n        }\n        madeOn\n        quote\n        source {\n          title\n          publisher\n          publishedOn\n          url\n        }\n        denials {\n          by {\n            id\n            __typename\n            name\n          }\n          madeOn\n          quote\n        }\n      }\n    }\n  }\n}": types.WhoAccusedWhomDocument,
    "query EntityClaims($id: ID!, $first: Int = 50) {\n  made: claims(speaker: $id, first: $first) {\n    totalCount\n    edges {\n      node {\n        ...ClaimRow\n      }\n    }\n  }\n  received: claims(target: $id, first: $first) {\n    totalCount\n    edges {\n      node {\n        ...ClaimRow\n      }\n    }\n  }\n}\n\nfragment ClaimRow on Claim {\n  id\n  __typename\n  kind\n  allegation\n  madeOn\n  quote\n  speaker {\n    id\n    __typename\n    name\n  }\n  onBehalfOf {\n    id\n    __typename\n    name\n  }\n  target {\n    id\n    __typename\n    name\n  }\n  source {\n    title\n    publisher\n    publishedOn\n    url\n  }\n}": types.EntityClaimsDocument,
    "query EntityDetails($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      key\n      description\n      wikidataUrl\n    }\n    ... on Person {\n      positions {\n        title\n        since\n        until\n        of {\n          id\n          __typename\n          name\n        }\n      }\n    }\n    ... on Claim {\n      key\n      kind\n      allegation\n      madeOn\n      quote\n      speaker {\n        id\n        __typename\n        name\n      }\n      onBehalfOf {\n        id\n        __typename\n        name\n      }\n      target {\n        id\n        __typename\n        name\n      }\n      source {\n        title\n        publisher\n        publishedOn\n        url\n      }\n    }\n  }\n}": types.EntityDetailsDocument,
    "query Entity($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      name\n      aliases\n      wikidataId\n    }\n  }\n}": types.EntityDocument,
    "subscription EntityLive($id: ID!) {\n  claimAdded(involving: $id) {\n    id\n    __typename\n    kind\n    allegation\n    speaker {\n      id\n      __typename\n      name\n    }\n    target {\n      id\n      __typename\n      name\n    }\n  }\n}": types.EntityLiveDocument,
    "query AccusationMatrix($kinds: [ClaimKind!], $from: String, $to: String, $bySide: Boolean = true, $first: Int = 100) {\n  accusationMatrix(\n    kinds: $kinds\n    from: $from\n    to: $to\n    bySide: $bySide\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        accuser {\n          id\n          __typename\n          name\n        }\n        accused {\n          id\n          __typename\n          name\n        }\n        count\n      }\n    }\n  }\n}": types.AccusationMatrixDocument,
    "query Neighborhood($id: ID!, $depth: Int = 1, $limit: Int = 200) {\n  neighborhood(id: $id, depth: $depth, limit: $limit) {\n    nodes {\n      id\n      type\n      label\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n    }\n    truncated\n  }\n}": types.NeighborhoodDocument,
    "query Path($from: ID!, $to: ID!, $maxHops: Int = 6) {\n  path(from: $from, to: $to, maxHops: $maxHops) {\n    nodes {\n      id\n      type\n      label\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n    }\n    truncated\n  }\n}": types.PathDocument,
    "query Search($text: String!, $first: Int = 10) {\n  search(text: $text, first: $first) {\n    id\n    __typename\n    name\n  }\n}": types.SearchDocument,
    "query EntityTimeline($id: ID!) {\n  timeline(entity: $id) {\n    date\n    item {\n      id\n      __typename\n      ... on Event {\n        name\n        category\n      }\n      ... on Claim {\n        kind\n        allegation\n        speaker {\n          id\n          __typename\n          name\n        }\n        target {\n          id\n          __typename\n          name\n        }\n      }\n    }\n  }\n}": types.EntityTimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoAccusedWhom($accuser: ID, $accused: ID, $about: ID, $first: Int = 20, $after: String) {\n  accusations(\n    accuser: $accuser\n    accused: $accused\n    about: $about\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        accuser {\n          id\n          __typename\n          name\n        }\n        accused {\n          id\n          __typename\n          name\n        }\n        allegation\n        about {\n          id\n          __typename\n          name\n        }\n        madeOn\n        quote\n        source {\n          title\n          publisher\n          publishedOn\n          url\n        }\n        denials {\n          by {\n            id\n            __typename\n            name\n          }\n          madeOn\n          quote\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').WhoAccusedWhomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityClaims($id: ID!, $first: Int = 50) {\n  made: claims(speaker: $id, first: $first) {\n    totalCount\n    edges {\n      node {\n        ...ClaimRow\n      }\n    }\n  }\n  received: claims(target: $id, first: $first) {\n    totalCount\n    edges {\n      node {\n        ...ClaimRow\n      }\n    }\n  }\n}\n\nfragment ClaimRow on Claim {\n  id\n  __typename\n  kind\n  allegation\n  madeOn\n  quote\n  speaker {\n    id\n    __typename\n    name\n  }\n  onBehalfOf {\n    id\n    __typename\n    name\n  }\n  target {\n    id\n    __typename\n    name\n  }\n  source {\n    title\n    publisher\n    publishedOn\n    url\n  }\n}"): typeof import('./graphql').EntityClaimsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityDetails($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      key\n      description\n      wikidataUrl\n    }\n    ... on Person {\n      positions {\n        title\n        since\n        until\n        of {\n          id\n          __typename\n          name\n        }\n      }\n    }\n    ... on Claim {\n      key\n      kind\n      allegation\n      madeOn\n      quote\n      speaker {\n        id\n        __typename\n        name\n      }\n      onBehalfOf {\n        id\n        __typename\n        name\n      }\n      target {\n        id\n        __typename\n        name\n      }\n      source {\n        title\n        publisher\n        publishedOn\n        url\n      }\n    }\n  }\n}"): typeof import('./graphql').EntityDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Entity($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      name\n      aliases\n      wikidataId\n    }\n  }\n}"): typeof import('./graphql').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription EntityLive($id: ID!) {\n  claimAdded(involving: $id) {\n    id\n    __typename\n    kind\n    allegation\n    speaker {\n      id\n      __typename\n      name\n    }\n    target {\n      id\n      __typename\n      name\n    }\n  }\n}"): typeof import('./graphql').EntityLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccusationMatrix($kinds: [ClaimKind!], $from: String, $to: String, $bySide: Boolean = true, $first: Int = 100) {\n  accusationMatrix(\n    kinds: $kinds\n    from: $from\n    to: $to\n    bySide: $bySide\n    first: $first\n  ) {\n    totalCount\n    edges {\n      node {\n        accuser {\n          id\n          __typename\n          name\n        }\n        accused {\n          id\n          __typename\n          name\n        }\n        count\n      }\n    }\n  }\n}"): typeof import('./graphql').AccusationMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Neighborhood($id: ID!, $depth: Int = 1, $limit: Int = 200) {\n  neighborhood(id: $id, depth: $depth, limit: $limit) {\n    nodes {\n      id\n      type\n      label\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n    }\n    truncated\n  }\n}"): typeof import('./graphql').NeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Path($from: ID!, $to: ID!, $maxHops: Int = 6) {\n  path(from: $from, to: $to, maxHops: $maxHops) {\n    nodes {\n      id\n      type\n      label\n    }\n    edges {\n      id\n      source\n      target\n      type\n      label\n    }\n    truncated\n  }\n}"): typeof import('./graphql').PathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!, $first: Int = 10) {\n  search(text: $text, first: $first) {\n    id\n    __typename\n    name\n  }\n}"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityTimeline($id: ID!) {\n  timeline(entity: $id) {\n    date\n    item {\n      id\n      __typename\n      ... on Event {\n        name\n        category\n      }\n      ... on Claim {\n        kind\n        allegation\n        speaker {\n          id\n          __typename\n          name\n        }\n        target {\n          id\n          __typename\n          name\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').EntityTimelineDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

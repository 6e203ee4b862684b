// The subgraph within $depth (1-3) hops of one entity or claim, nearest
// first, at most $limit nodes, and the centre's links in groups by type and
// direction (docs/querying-hubs.md). Articles and the provenance edges to
// them are left out: they would connect everything mentioned in the same
// article. Every pattern names the link types it follows, so a hub's
// thousands of MENTIONED_IN links are never read. The key comes in a map,
// $q: Neo4j plans a statement anew for each length class of its string
// parameters, and keys run from 9 characters to 60.
OPTIONAL MATCH (e:Entity {key: $q.key})
OPTIONAL MATCH (c:Claim {key: $q.key})
WITH coalesce(e, c) AS start
WHERE start IS NOT NULL
// The centre's links by type and direction. A state's claims run to tens
// of thousands (a dataset codes them by the million): COUNT with nothing
// asked of the far end reads the degree Neo4j keeps per type and direction
// without reading the links, and COLLECT reads the first $read of them in
// the store's order, so 50,000 claims cost what 5 do. A state's votes and
// the transfers it supplied or received run to thousands and are read the
// same way. Other links number in the tens at most and are read in two
// passes, one per direction, naming only their types. Each pattern below
// is planned as part of the statement: every side added to the first list
// costs planning time on each new JVM. A coded claim's links (CODED_MADE,
// CODED_TARGETS: CODED_CLAIM_LINK in src/domain/links.ts) are grouped with
// the reported ones' as the MADE and TARGETS clients see ($seenTypes).
WITH start, [
  {type: 'MADE', out: true, count: COUNT { (start)-[:MADE]->() } + COUNT { (start)-[:CODED_MADE]->() },
   links: COLLECT { MATCH (start)-[r:MADE|CODED_MADE]->(m) RETURN {r: r, m: m} LIMIT $read }},
  {type: 'TARGETS', out: false, count: COUNT { (start)<-[:TARGETS]-() } + COUNT { (start)<-[:CODED_TARGETS]-() },
   links: COLLECT { MATCH (start)<-[r:TARGETS|CODED_TARGETS]-(m) RETURN {r: r, m: m} LIMIT $read }},
  {type: 'ABOUT', out: false, count: COUNT { (start)<-[:ABOUT]-() },
   links: COLLECT { MATCH (start)<-[r:ABOUT]-(m) RETURN {r: r, m: m} LIMIT $read }},
  {type: 'ON_BEHALF_OF', out: false, count: COUNT { (start)<-[:ON_BEHALF_OF]-() },
   links: COLLECT { MATCH (start)<-[r:ON_BEHALF_OF]-(m) RETURN {r: r, m: m} LIMIT $read }},
  {type: 'VOTED', out: true, count: COUNT { (start)-[:VOTED]->() },
   links: COLLECT { MATCH (start)-[r:VOTED]->(m) RETURN {r: r, m: m} LIMIT $read }},
  {type: 'SUPPLIED_BY', out: false, count: COUNT { (start)<-[:SUPPLIED_BY]-() },
   links: COLLECT { MATCH (start)<-[r:SUPPLIED_BY]-(m) RETURN {r: r, m: m} LIMIT $read }},
  {type: 'RECEIVED_BY', out: false, count: COUNT { (start)<-[:RECEIVED_BY]-() },
   links: COLLECT { MATCH (start)<-[r:RECEIVED_BY]-(m) RETURN {r: r, m: m} LIMIT $read }}
] AS big
CALL (start) {
  MATCH (start)-[r:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|SUPPLIED_BY|RECEIVED_BY|OF_WEAPON|USED_AGAINST|CORROBORATED_BY|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED|ON_BEHALF_OF|TARGETS|CODED_TARGETS|ABOUT|ANSWERS]->(m)
  WITH coalesce($seenTypes[type(r)], type(r)) AS type, collect({r: r, m: m}) AS links
  RETURN collect({type: type, out: true, count: size(links), links: links[..$read]}) AS outgoing
}
CALL (start) {
  MATCH (start)<-[r:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|VOTED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|OF_WEAPON|USED_AGAINST|CORROBORATED_BY|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED|MADE|CODED_MADE|ANSWERS]-(m)
  WITH coalesce($seenTypes[type(r)], type(r)) AS type, collect({r: r, m: m}) AS links
  RETURN collect({type: type, out: false, count: size(links), links: links[..$read]}) AS incoming
}
WITH start, [g IN big WHERE g.count > 0] + outgoing + incoming AS groups
// The nearest ring: $limit - 1 places shared among the groups, smallest
// first, each taking its share of what is left. A node with fewer links
// shows them all; at a hub, 46,000 claims do not crowd out the five bodies
// it is a member of, and no group takes more than its share.
CALL (groups) {
  UNWIND groups AS g
  WITH g ORDER BY g.count, g.type, g.out
  WITH collect(g) AS sorted
  WITH reduce(acc = {left: $limit - 1, todo: size(sorted), taken: [], shown: 0}, g IN sorted |
    [share IN [CASE WHEN acc.left <= 0 THEN 0 WHEN acc.left / acc.todo < 1 THEN 1 ELSE acc.left / acc.todo END] |
      {left: acc.left - size(g.links[..share]), todo: acc.todo - 1,
       taken: acc.taken + [l IN g.links[..share] | l.m], shown: acc.shown + size(g.links[..share])}][0]) AS acc
  RETURN acc.taken AS taken, acc.shown AS shown
}
CALL (start, taken) {
  UNWIND taken AS n
  WITH DISTINCT n
  RETURN collect(n) AS ring1
}
CALL (start, ring1) {
  UNWIND CASE WHEN $depth >= 2 AND size(ring1) < $limit THEN ring1 ELSE [] END AS m
  MATCH (m)-[:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|VOTED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|SUPPLIED_BY|RECEIVED_BY|OF_WEAPON|USED_AGAINST|CORROBORATED_BY|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED|MADE|ON_BEHALF_OF|TARGETS|ABOUT|ANSWERS|CODED_MADE|CODED_TARGETS]-(n) WHERE n <> start AND NOT n IN ring1
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS ring2
}
CALL (start, ring1, ring2) {
  UNWIND CASE WHEN $depth >= 3 AND size(ring1) + size(ring2) < $limit THEN ring2 ELSE [] END AS m
  MATCH (m)-[:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|VOTED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|SUPPLIED_BY|RECEIVED_BY|OF_WEAPON|USED_AGAINST|CORROBORATED_BY|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED|MADE|ON_BEHALF_OF|TARGETS|ABOUT|ANSWERS|CODED_MADE|CODED_TARGETS]-(n) WHERE n <> start AND NOT n IN ring1 AND NOT n IN ring2
  WITH DISTINCT n LIMIT $limit
  RETURN collect(n) AS ring3
}
WITH start, groups, shown, [start] + ring1 + ring2 + ring3 AS reached
WITH start, groups, reached[..$limit] AS kept,
  size(reached) > $limit OR shown < reduce(total = 0, g IN groups | total + g.count) AS truncated
// The links between the nodes kept, each read from an end with at most
// $dense links: reading a hub's 50,000 links to find the few that stay would
// cost more than the rest of the answer. Such an end's links are read whole
// and their types checked after ($linkTypes): naming the 25 types in the
// pattern costs a lookup per type on each node (29 db hits for a claim's
// three links, 4 without), and the links it has of other types lead to
// articles, which are never kept. Two hubs are linked only by the relationships between
// entities (claims and transfers are never hubs), looked up between the two
// (Expand(Into), from the side with fewer).
CALL (kept) {
  WITH kept, [n IN kept WHERE COUNT { (n)--() } > $dense] AS hubs
  CALL (kept, hubs) {
    UNWIND kept AS a
    WITH a WHERE NOT a IN hubs
    MATCH (a)-[r]-(b)
    WHERE b IN kept AND (startNode(r) = a OR b IN hubs)
      AND type(r) IN $linkTypes
    RETURN r
    UNION ALL
    UNWIND hubs AS a
    UNWIND hubs AS b
    MATCH (a)-[r:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|VOTED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|SUPPLIED_BY|RECEIVED_BY|OF_WEAPON|USED_AGAINST|CORROBORATED_BY|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED]->(b)
    RETURN r
  }
  // Only what the edge's id and label are made of: the provenance on every
  // relationship (sources, updatedAt) would triple what crosses the wire.
  // Most links (a claim's) have none of it: they send no map of nulls.
  // Edges and nodes are lists, not maps (EdgeRow and NodeRow in
  // src/schema/subgraph.ts): a hub's answer has hundreds, and the maps'
  // names were most of what was sent and decoded.
  RETURN collect(CASE WHEN r.key IS NULL AND coalesce(r.title, r.role, r.vote) IS NULL
    THEN [type(r), startNode(r).key, endNode(r).key]
    ELSE [type(r), startNode(r).key, endNode(r).key, r {.key, .title, .role, .vote}] END) AS edges
}
// Each group told apart by the type of its members (a claim's kind), the
// vote, and the counterpart ($counterparts: a claim's target or speaker, a
// transfer's recipient or supplier, through any of the stored types of its
// link, rule.types), over its first $scan links; parts
// beyond the $subgroups largest are summed in `others`.
CALL (groups) {
  UNWIND groups AS g
  WITH g, $counterparts[CASE WHEN g.out THEN g.type + '>' ELSE '<' + g.type END] AS rule
  CALL (g, rule) {
    UNWIND g.links[..$scan] AS link
    WITH link.r AS r, link.m AS m, rule
    WITH r, m, CASE
      WHEN rule IS NULL THEN []
      WHEN rule.outward THEN COLLECT { MATCH (m)-[q]->(x) WHERE type(q) IN rule.types RETURN x }
      ELSE COLLECT { MATCH (m)<-[q]-(x) WHERE type(q) IN rule.types RETURN x }
    END AS counterparts
    UNWIND CASE WHEN counterparts = [] THEN [null] ELSE counterparts END AS x
    WITH labels(m) AS labels, m.kind AS kind, r.vote AS vote, x, count(*) AS members
    ORDER BY members DESC, coalesce(x.key, ''), coalesce(kind, ''), coalesce(vote, '')
    RETURN collect({labels: labels, kind: kind, vote: vote, members: members,
      counterpart: x {.key, .name, .kind, .allegation, .symbol, labels: labels(x)}}) AS parts
  }
  WITH g, parts ORDER BY g.count DESC, g.type, g.out
  RETURN collect({type: g.type, out: g.out, count: g.count, read: size(g.links[..$scan]),
    parts: parts[..$subgroups], others: reduce(s = 0, p IN parts[$subgroups..] | s + p.members)}) AS groupRows
}
// A claim's fields or an entity's, never the other's as nulls: at a hub
// most of the nodes are claims.
RETURN [n IN kept | CASE WHEN n:Claim THEN [n.key, labels(n), null, null, n.kind, n.allegation]
    ELSE [n.key, labels(n), n.name, n.symbol] END] AS nodes, edges, truncated,
  groupRows AS groups

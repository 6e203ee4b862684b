// One page of a group of a node's links (docs/querying-hubs.md): the links
// of one type and direction at the centre ($q.side: `MADE>` for the claims it
// made, `<SUPPLIED_BY` for the transfers it supplied; $q.type and $out say the
// same), and for a part of the group only those to members with the label
// $q.label and claim kind $q.kind, with the vote $q.vote, or with the counterpart
// $q.counterpart through the link $q.via (its direction $viaOut); an empty
// string asks nothing, and $q.counterpart '' with a $q.via asks for the members
// that have none. Members come in the store's order: $offset of those that
// match are skipped and $take read, so a page costs what it skips, whatever
// the size of the group. Links as in read/neighborhood: a state's claims by
// the degree Neo4j keeps and a pass over that type alone, other links by a
// pass over the few types they can be. $types and $viaTypes are the stored
// types of the link and of $q.via (MADE is MADE and a coded claim's
// CODED_MADE: CODED_CLAIM_LINK in src/domain/links.ts).
OPTIONAL MATCH (e:Entity {key: $q.key})
OPTIONAL MATCH (c:Claim {key: $q.key})
WITH coalesce(e, c) AS start
WHERE start IS NOT NULL
WITH start, CASE $q.side
  WHEN 'MADE>' THEN COUNT { (start)-[:MADE]->() } + COUNT { (start)-[:CODED_MADE]->() }
  WHEN '<TARGETS' THEN COUNT { (start)<-[:TARGETS]-() } + COUNT { (start)<-[:CODED_TARGETS]-() }
  WHEN '<ABOUT' THEN COUNT { (start)<-[:ABOUT]-() }
  WHEN '<ON_BEHALF_OF' THEN COUNT { (start)<-[:ON_BEHALF_OF]-() }
  ELSE CASE WHEN $out
    THEN COUNT { (start)-[r:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|VOTED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|SUPPLIED_BY|RECEIVED_BY|OF_WEAPON|USED_AGAINST|CORROBORATED_BY|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED|ON_BEHALF_OF|TARGETS|CODED_TARGETS|ABOUT|ANSWERS]->() WHERE type(r) IN $types }
    ELSE COUNT { (start)<-[r:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|VOTED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|SUPPLIED_BY|RECEIVED_BY|OF_WEAPON|USED_AGAINST|CORROBORATED_BY|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED|MADE|CODED_MADE|ANSWERS]-() WHERE type(r) IN $types } END
END AS total
OPTIONAL MATCH (other:Entity {key: $q.counterpart})
CALL (start, other) {
  CALL (start) {
    WITH start WHERE $q.side = 'MADE>' MATCH (start)-[r:MADE|CODED_MADE]->(m) RETURN r, m
    UNION ALL
    WITH start WHERE $q.side = '<TARGETS' MATCH (start)<-[r:TARGETS|CODED_TARGETS]-(m) RETURN r, m
    UNION ALL
    WITH start WHERE $q.side = '<ABOUT' MATCH (start)<-[r:ABOUT]-(m) RETURN r, m
    UNION ALL
    WITH start WHERE $q.side = '<ON_BEHALF_OF' MATCH (start)<-[r:ON_BEHALF_OF]-(m) RETURN r, m
    UNION ALL
    WITH start WHERE $out MATCH (start)-[r:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|VOTED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|SUPPLIED_BY|RECEIVED_BY|OF_WEAPON|USED_AGAINST|CORROBORATED_BY|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED|ON_BEHALF_OF|TARGETS|CODED_TARGETS|ABOUT|ANSWERS]->(m) WHERE type(r) IN $types RETURN r, m
    UNION ALL
    WITH start WHERE NOT $out MATCH (start)<-[r:HOLDS_POSITION|MEMBER_OF|PART_OF|LOCATED_IN|SPONSORED|VETOED|VOTED|CONSIDERED_BY|CONCERNS|STRENGTHENS|MANUFACTURED_BY|SUPPLIED_BY|RECEIVED_BY|OF_WEAPON|USED_AGAINST|CORROBORATED_BY|PARTICIPATED_IN|TOOK_PLACE_IN|PARTY_TO|SIGNED|MADE|CODED_MADE|ANSWERS]-(m) WHERE type(r) IN $types RETURN r, m
  }
  WITH r, m, CASE
      WHEN $q.via = '' THEN []
      WHEN $viaOut THEN COLLECT { MATCH (m)-[q]->(x) WHERE type(q) IN $viaTypes RETURN {q: q, x: x} }
      ELSE COLLECT { MATCH (m)<-[q]-(x) WHERE type(q) IN $viaTypes RETURN {q: q, x: x} }
    END AS links
  WHERE ($q.label = '' OR $q.label IN labels(m)) AND ($q.kind = '' OR m.kind = $q.kind) AND ($q.vote = '' OR r.vote = $q.vote)
    AND ($q.via = '' OR CASE WHEN $q.counterpart = '' THEN links = [] ELSE any(l IN links WHERE l.x = other) END)
  WITH r, m, links SKIP $offset LIMIT $take
  RETURN collect({
    node: m {.key, .name, .kind, .allegation, .symbol, labels: labels(m)},
    // The link to the centre, then those to the counterpart.
    edges: [{type: type(r), from: startNode(r).key, to: endNode(r).key, props: r {.key, .title, .role, .vote}}] +
      [l IN links WHERE other IS NULL OR l.x = other |
        {type: type(l.q), from: startNode(l.q).key, to: endNode(l.q).key,
         props: {key: l.q.key, title: l.q.title, role: l.q.role, vote: l.q.vote}}]
  }) AS members
}
RETURN start {.key, .name, .kind, .allegation, .symbol, labels: labels(start)} AS centre, total,
  other {.key, .name, .kind, .allegation, .symbol, labels: labels(other)} AS counterpart, members

// The voting agreement among the states $states (keys): every resolution
// dated within [$from, $to] (ISO dates at any precision) with the votes
// those states cast on it (for, against or abstaining: a member that did
// not vote is left out), and for each pair of them that both voted, how
// many resolutions that was and on how many they voted the same. Pairs
// that never both voted have no row; `states` lists the states found.
MATCH (s:Entity:State) WHERE s.key IN $states
WITH collect(s) AS states
RETURN [s IN states | s {.*, labels: labels(s)}] AS states, COLLECT {
  CALL (states) {
    // With a period, from the resolutions dated in it (the resolution_date
    // index) and the votes on each: a member's every vote since 1946 is
    // not read for five years. "2024-06-15" < "2024-06~": `to` includes
    // the whole month or year it names.
    UNWIND CASE WHEN $from IS NOT NULL OR $to IS NOT NULL THEN [true] ELSE [] END AS dated
    MATCH (r:Resolution)
    WHERE r.date >= coalesce($from, '') AND r.date < coalesce($to, '') + '~'
    MATCH (r)<-[v:VOTED]-(s)
    WHERE s IN states
    RETURN r, s, v
    UNION ALL
    // Without one, from the members' own votes.
    UNWIND CASE WHEN $from IS NULL AND $to IS NULL THEN states ELSE [] END AS s
    MATCH (s)-[v:VOTED]->(r:Resolution)
    RETURN r, s, v
  }
  WITH r, s, v WHERE v.vote <> 'NON_VOTING'
  WITH r, collect({key: s.key, vote: v.vote}) AS votes
  UNWIND votes AS a
  UNWIND votes AS b
  WITH a, b WHERE a.key < b.key
  WITH a.key AS a, b.key AS b, count(*) AS bothVoted, count(CASE WHEN a.vote = b.vote THEN 1 END) AS same
  RETURN {a: a, b: b, bothVoted: bothVoted, same: same}
} AS pairs

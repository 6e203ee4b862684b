// The voting agreement among the states $states (keys): every resolution
// dated within [$from, $to] (ISO dates at any precision) with the votes
// those states cast on it (for, against or abstaining: a member that did
// not vote is left out), and for each pair of them that both voted, how
// many resolutions that was and on how many they voted the same. Pairs
// that never both voted have no row; `states` lists the states found.
MATCH (s:Entity:State) WHERE s.key IN $states
WITH collect(s) AS states
RETURN [s IN states | s {.*, labels: labels(s)}] AS states, COLLECT {
  UNWIND states AS s
  MATCH (s)-[v:VOTED]->(r:Resolution)
  WHERE v.vote <> 'NON_VOTING'
    AND ($from IS NULL OR r.date >= $from)
    AND ($to IS NULL OR left(r.date, size($to)) <= $to)
  WITH r, collect({key: s.key, vote: v.vote}) AS votes
  UNWIND votes AS a
  UNWIND votes AS b
  WITH a, b WHERE a.key < b.key
  WITH a.key AS a, b.key AS b, count(*) AS bothVoted, count(CASE WHEN a.vote = b.vote THEN 1 END) AS same
  RETURN {a: a, b: b, bothVoted: bothVoted, same: same}
} AS pairs

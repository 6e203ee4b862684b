// How often states voted alike: for each state in $keys, the resolutions
// dated within [$from, $to] (ISO dates at any precision) on which both it
// and the state $with cast a vote (for, against or abstaining: a member
// that did not vote is left out), and on how many of those their votes
// were the same. No row for a state when $with names no state.
MATCH (other:Entity:State {key: $with})
UNWIND $keys AS key
MATCH (s:Entity:State {key: key})
CALL (s, other) {
  MATCH (s)-[a:VOTED]->(r:Resolution)<-[b:VOTED]-(other)
  WHERE a.vote <> 'NON_VOTING' AND b.vote <> 'NON_VOTING'
    AND ($from IS NULL OR r.date >= $from)
    AND ($to IS NULL OR left(r.date, size($to)) <= $to)
  RETURN count(r) AS bothVoted, count(CASE WHEN a.vote = b.vote THEN 1 END) AS same
}
RETURN key, other {.*, labels: labels(other)} AS other, bothVoted, same

// A state's votes on resolutions counted by year (the year of the
// resolution's date), earliest first, optionally only those dated within
// [$from, $to] (ISO dates at any precision): how often it voted for,
// against, abstained or did not vote. One page per state.
UNWIND $keys AS key
MATCH (s:Entity:State {key: key})
CALL (s) {
  MATCH (s)-[v:VOTED]->(r:Resolution)
  WHERE r.date IS NOT NULL
    AND ($from IS NULL OR r.date >= $from)
    AND ($to IS NULL OR left(r.date, size($to)) <= $to)
  WITH toInteger(left(r.date, 4)) AS year, v.vote AS vote
  WITH year,
    count(CASE vote WHEN 'FOR' THEN 1 END) AS for,
    count(CASE vote WHEN 'AGAINST' THEN 1 END) AS against,
    count(CASE vote WHEN 'ABSTAIN' THEN 1 END) AS abstain,
    count(CASE vote WHEN 'NON_VOTING' THEN 1 END) AS nonVoting
  ORDER BY year
  WITH collect({year: year, for: for, against: against, abstain: abstain, nonVoting: nonVoting}) AS years
  RETURN size(years) AS totalCount, years[$offset..$offset + $limit] AS page
}
RETURN key, totalCount, page AS items

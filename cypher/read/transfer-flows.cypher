// Arms flows for a Sankey, chord or stacked chart: the deliveries of
// weapons transfers (the per-year lists a dataset gives: deliveryYears,
// deliveryNumbers, deliveryTivs) in the years [$from, $to] (null = open),
// summed per group. A group is any combination of supplier, recipient,
// delivery year and armament category ($bySupplier, $byRecipient, $byYear,
// $byCategory; a dimension left out is summed over). Each row has the
// number of deals with a delivery in it, the units and TIV delivered (the
// sums of the yearly numbers and values known), whether any of it is an
// estimate (SIPRI's, or the even spread of a register's totals) and
// whether every deal counted gives its yearly numbers and values (a deal
// missing one year's has none: lists hold no nulls, docs/model.md). Transfers with no
// deliveries (an order not yet delivered, an article's allegation) are no
// flow. Rows come by year when grouped by year, then most TIV first, in a
// total order (names, then keys) so that pages and chart axes are stable.
// $supplier, $recipient: entity keys; $category: lower case.
CALL () {
  // Candidates from the party a filter names; else, with a first year, the
  // deals still delivering in or after it (a range of the periodEnd index);
  // else every transfer.
  MATCH (:Entity {key: $supplier})<-[:SUPPLIED_BY]-(t:WeaponsTransfer)
  RETURN t
  UNION
  MATCH (:Entity {key: $recipient})<-[:RECEIVED_BY]-(t:WeaponsTransfer)
  WHERE $supplier IS NULL
  RETURN t
  UNION
  UNWIND CASE WHEN $supplier IS NULL AND $recipient IS NULL AND $from IS NOT NULL THEN [true] ELSE [] END AS since
  MATCH (t:WeaponsTransfer)
  WHERE t.periodEnd >= toString($from)
  RETURN t
  UNION
  UNWIND CASE WHEN $supplier IS NULL AND $recipient IS NULL AND $from IS NULL THEN [true] ELSE [] END AS everyTransfer
  MATCH (t:WeaponsTransfer)
  RETURN t
}
WITH t
WHERE t.deliveryYears IS NOT NULL
  // A deal delivers within [from, to] only if its last delivery is not before from (periodEnd is that year).
  AND ($from IS NULL OR t.periodEnd >= toString($from))
  AND ($category IS NULL OR toLower(t.armamentCategory) = $category)
  AND ($recipient IS NULL OR EXISTS { (t)-[:RECEIVED_BY]->(:Entity {key: $recipient}) })
// The group's parties, read once per deal and only when grouped by them.
WITH t,
  CASE WHEN $bySupplier THEN [(t)-[:SUPPLIED_BY]->(s:Entity) | s][0] END AS supplier,
  CASE WHEN $byRecipient THEN [(t)-[:RECEIVED_BY]->(r:Entity) | r][0] END AS recipient,
  CASE WHEN $byCategory THEN t.armamentCategory END AS category
UNWIND range(0, size(t.deliveryYears) - 1) AS i
WITH t, supplier, recipient, category, i, t.deliveryYears[i] AS year
WHERE ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)
WITH supplier, recipient, category, CASE WHEN $byYear THEN year END AS year,
  count(DISTINCT t) AS deals,
  sum(t.deliveryNumbers[i]) AS units,
  sum(t.deliveryTivs[i]) AS tiv,
  count(CASE WHEN t.deliveryEstimates[i] OR t.deliveriesSpread THEN 1 END) > 0 AS estimate,
  count(CASE WHEN t.deliveryNumbers IS NULL OR t.deliveryTivs IS NULL THEN 1 END) = 0 AS complete
ORDER BY year, tiv DESC, deals DESC, supplier.name, recipient.name, category, supplier.key, recipient.key
WITH collect({supplier: supplier, recipient: recipient, category: category, year: year, deals: deals,
  units: units, tiv: round(tiv, 4), estimate: estimate, complete: complete}) AS rows
CALL (rows) {
  UNWIND rows[$offset..$offset + $limit] AS row
  WITH row, row.supplier AS supplier, row.recipient AS recipient
  RETURN collect({
    supplier: CASE WHEN supplier IS NULL THEN null ELSE supplier {.*, labels: labels(supplier)} END,
    recipient: CASE WHEN recipient IS NULL THEN null ELSE recipient {.*, labels: labels(recipient)} END,
    category: row.category, year: row.year, deals: row.deals, units: row.units, tiv: row.tiv, estimate: row.estimate,
    complete: row.complete
  }) AS items
}
RETURN size(rows) AS totalCount, items

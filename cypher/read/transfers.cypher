// Weapons transfers, optionally by supplier, recipient, weapon or status,
// SIPRI armament category ($category, lower case) and delivery years (a
// delivery in [$from, $to], either end open; transfers with no yearly
// deliveries have none), latest period first, one keyset page (see
// read/claims: position is the period's start, "~" when none, then the
// key), each with the parties, weapon, sources, claims and corroborating
// transfers the query selects ($with... flags; whole entities only with
// $fullEntities).
CALL () {
  UNWIND CASE WHEN $withCount THEN [true] ELSE [] END AS counting
  CALL () {
    // Candidates from the entity a filter names, else every transfer.
    MATCH (:Entity {key: $supplier})<-[:SUPPLIED_BY]-(t:WeaponsTransfer)
    RETURN t
    UNION
    MATCH (:Entity {key: $recipient})<-[:RECEIVED_BY]-(t:WeaponsTransfer)
    WHERE $supplier IS NULL
    RETURN t
    UNION
    MATCH (:Entity {key: $weapon})<-[:OF_WEAPON]-(t:WeaponsTransfer)
    WHERE $supplier IS NULL AND $recipient IS NULL
    RETURN t
    UNION
    UNWIND CASE WHEN $supplier IS NULL AND $recipient IS NULL AND $weapon IS NULL THEN [true] ELSE [] END AS everyTransfer
    MATCH (t:WeaponsTransfer)
    RETURN t
  }
  WITH t
  WHERE ($status IS NULL OR t.status = $status)
    AND ($recipient IS NULL OR EXISTS { (t)-[:RECEIVED_BY]->(:Entity {key: $recipient}) })
    AND ($weapon IS NULL OR EXISTS { (t)-[:OF_WEAPON]->(:Entity {key: $weapon}) })
    AND ($category IS NULL OR toLower(t.armamentCategory) = $category)
    AND (($from IS NULL AND $to IS NULL)
      OR any(year IN coalesce(t.deliveryYears, []) WHERE ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)))
  RETURN count(t) AS totalCount
}
CALL () {
  CALL () {
    MATCH (:Entity {key: $supplier})<-[:SUPPLIED_BY]-(t:WeaponsTransfer)
    RETURN t
    UNION
    MATCH (:Entity {key: $recipient})<-[:RECEIVED_BY]-(t:WeaponsTransfer)
    WHERE $supplier IS NULL
    RETURN t
    UNION
    MATCH (:Entity {key: $weapon})<-[:OF_WEAPON]-(t:WeaponsTransfer)
    WHERE $supplier IS NULL AND $recipient IS NULL
    RETURN t
    UNION
    UNWIND CASE WHEN $supplier IS NULL AND $recipient IS NULL AND $weapon IS NULL THEN [true] ELSE [] END AS everyTransfer
    MATCH (t:WeaponsTransfer)
    RETURN t
  }
  WITH t, coalesce(t.periodStart, '~') AS sort
  WHERE ($status IS NULL OR t.status = $status)
    AND ($recipient IS NULL OR EXISTS { (t)-[:RECEIVED_BY]->(:Entity {key: $recipient}) })
    AND ($weapon IS NULL OR EXISTS { (t)-[:OF_WEAPON]->(:Entity {key: $weapon}) })
    AND ($category IS NULL OR toLower(t.armamentCategory) = $category)
    AND (($from IS NULL AND $to IS NULL)
      OR any(year IN coalesce(t.deliveryYears, []) WHERE ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)))
    AND (sort < $afterSort OR (sort = $afterSort AND t.key > $afterKey))
    AND (sort > $beforeSort OR (sort = $beforeSort AND t.key < $beforeKey))
  WITH t, sort
  ORDER BY CASE WHEN $backward THEN null ELSE sort END DESC,
    CASE WHEN $backward THEN null ELSE t.key END,
    CASE WHEN $backward THEN sort END,
    CASE WHEN $backward THEN t.key END DESC
  LIMIT $limit
  RETURN collect(t) AS page
}
RETURN totalCount, [t IN page | t {.*, labels: labels(t), _sort: coalesce(t.periodStart, '~'), _parts: {
  supplier: CASE WHEN $withSupplier THEN [(t)-[:SUPPLIED_BY]->(s:State) |
    CASE WHEN $fullEntities THEN s {.*, labels: labels(s)} ELSE s {.key, .name, labels: labels(s)} END][0] END,
  recipient: CASE WHEN $withRecipient THEN [(t)-[:RECEIVED_BY]->(s:State) |
    CASE WHEN $fullEntities THEN s {.*, labels: labels(s)} ELSE s {.key, .name, labels: labels(s)} END][0] END,
  supplierOrganization: CASE WHEN $withSupplierOrganization THEN [(t)-[:SUPPLIED_BY]->(o:Organization) | o {.*, labels: labels(o)}][0] END,
  recipientOrganization: CASE WHEN $withRecipientOrganization THEN [(t)-[:RECEIVED_BY]->(o:Organization) | o {.*, labels: labels(o)}][0] END,
  corroboratedBy: CASE WHEN $withCorroboratedBy THEN [(t)-[:CORROBORATED_BY]->(r:WeaponsTransfer) | r {.*, labels: labels(r)}] END,
  corroborates: CASE WHEN $withCorroborates THEN [(t)<-[:CORROBORATED_BY]-(a:WeaponsTransfer) | a {.*, labels: labels(a)}] END,
  weapon: CASE WHEN $withWeapon THEN [(t)-[:OF_WEAPON]->(w) |
    CASE WHEN $fullEntities THEN w {.*, labels: labels(w)} ELSE w {.key, .name, labels: labels(w)} END][0] END,
  usedAgainst: CASE WHEN $withUsedAgainst THEN [(t)-[:USED_AGAINST]->(e) | e {.*, labels: labels(e)}] END,
  sources: CASE WHEN $withSources THEN [(t)-[:MENTIONED_IN]->(a:Article) |
    a {.key, .title, .publisher, .publishedOn, .url, .category, labels: labels(a)}] END,
  claims: CASE WHEN $withClaims THEN [(t)<-[:ABOUT]-(c:Claim) | c {.key, .kind, .allegation, .madeOn, .quote, .origin, labels: labels(c)}] END
}}] AS items

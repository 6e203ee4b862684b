// The SIPRI mapping of src/import/sipri.ts (the newer export's layout: one
// row per deal and delivery year) done by Neo4j itself, for
// npm run bench:import: LOAD CSV WITH HEADERS, batched with
// CALL { ... } IN TRANSACTIONS. Each row merges its deal's transfer (the
// deal's values, its delivery year added to the lists), the weapon system,
// the supplier and recipient (resolved through $parties, the names the
// importer's state table resolves, as {key, name, label}) and the three
// relationships, with the provenance the importer stamps on what it
// creates (dataset or sources, record, updatedBy, updatedAt). Its transfers and weapon systems have keys of their own
// (transfer:lc-, weapon:lc-), so that it writes as much as the importer did
// before it. $file (file:///name), $dataset, $parties, $batch
LOAD CSV WITH HEADERS FROM $file AS row
CALL (row) {
  WITH row, $parties[row.Supplier] AS supplier, $parties[row.Recipient] AS recipient
  WHERE supplier IS NOT NULL AND recipient IS NOT NULL AND row.`SIPRI AT Database ID` IS NOT NULL
  MERGE (s:Entity {key: supplier.key})
    ON CREATE SET s:$(supplier.label), s.name = supplier.name
  MERGE (r:Entity {key: recipient.key})
    ON CREATE SET r:$(recipient.label), r.name = recipient.name
  MERGE (w:Entity {key: 'weapon:lc-' + toLower(row.Designation)})
    ON CREATE SET w:WeaponSystem, w.name = row.Designation, w.designation = row.Designation,
                  w.category = row.Description, w.description = row.Description,
                  w.armamentCategory = row.`Armament category`, w.dataset = $dataset,
                  w.record = row.`SIPRI AT Database ID`, w.updatedBy = 'import', w.updatedAt = datetime.transaction()
  MERGE (t:Entity {key: 'transfer:lc-sipri-' + row.`SIPRI AT Database ID`})
    ON CREATE SET t:WeaponsTransfer
  SET t += {name: row.Designation + ' from ' + row.Supplier + ' to ' + row.Recipient, status: 'REPORTED',
            orderYear: toInteger(row.`Order date`), orderYearEstimate: row.`Order date is estimate` = 'True',
            secondHand: row.Status = 'Second hand', localProduction: row.`Local production` = 'True',
            tivPerUnit: toFloat(row.`TIV deal unit`), armamentCategory: row.`Armament category`,
            periodStart: row.`Order date`, dataset: $dataset, record: row.`SIPRI AT Database ID`,
            updatedBy: 'import', updatedAt: datetime.transaction()}
  SET t.deliveryYears = CASE WHEN row.`Delivery year` IS NULL THEN t.deliveryYears
                        ELSE coalesce(t.deliveryYears, []) + toInteger(row.`Delivery year`) END,
      t.deliveryNumbers = CASE WHEN row.`Numbers delivered` IS NULL THEN t.deliveryNumbers
                          ELSE coalesce(t.deliveryNumbers, []) + toInteger(row.`Numbers delivered`) END,
      t.deliveryTivs = CASE WHEN row.`TIV delivery values` IS NULL THEN t.deliveryTivs
                       ELSE coalesce(t.deliveryTivs, []) + toFloat(row.`TIV delivery values`) END,
      t.periodEnd = coalesce(row.`Delivery year`, t.periodEnd, row.`Order date`)
  WITH t, w, s, r, {sources: [$dataset], record: row.`SIPRI AT Database ID`, updatedBy: 'import',
                    updatedAt: datetime.transaction()} AS stamp
  MERGE (t)-[o:OF_WEAPON]->(w)
    ON CREATE SET o = stamp
  MERGE (t)-[b:SUPPLIED_BY]->(s)
    ON CREATE SET b = stamp
  MERGE (t)-[c:RECEIVED_BY]->(r)
    ON CREATE SET c = stamp
} IN TRANSACTIONS OF $batch ROWS

// The SIPRI mapping of src/import/sipri.ts (the newer export's layout: one
// row per deal and delivery year) done by Neo4j itself, for
// npm run bench:import: LOAD CSV WITH HEADERS, the rows gathered by deal,
// then batched with CALL { ... } IN TRANSACTIONS. Each deal merges its
// transfer with every value the importer writes on it (its deliveries by
// year, their numbers, TIVs and estimate flags, the totals, and the
// period and quantity as a reader sees them), the weapon system, the
// supplier and recipient (resolved through $parties, the names the
// importer's state table resolves, as {key, name, label}) and the three
// relationships, with the provenance the importer stamps on what it
// creates (dataset or sources, record, updatedBy, updatedAt). All but the
// importer's importHash, which Cypher has no function to compute.
// Gathered first, as a Neo4j user would write it for this file: each
// transfer is written once, its lists whole, rather than read and written
// again for each delivery year. The gathering holds the file's rows in
// memory, which the importer does not; SIPRI's whole database fits.
// Its transfers and weapon systems have keys of their own (transfer:lc-,
// weapon:lc-), so that it writes as much as the importer did before it.
// $file (file:///name), $dataset, $parties, $batch
LOAD CSV WITH HEADERS FROM $file AS row
WITH row WHERE row.`SIPRI AT Database ID` IS NOT NULL
WITH row.`SIPRI AT Database ID` AS id, collect(row) AS rows
CALL (id, rows) {
  WITH id, rows, rows[0] AS row
  WITH id, row, $parties[row.Supplier] AS supplier, $parties[row.Recipient] AS recipient,
       [r IN rows WHERE r.`Delivery year` IS NOT NULL] AS deliveries
  WHERE supplier IS NOT NULL AND recipient IS NOT NULL
  WITH id, row, supplier, recipient, deliveries,
       [d IN deliveries | toInteger(d.`Delivery year`)] AS years,
       [d IN deliveries | d.`Numbers delivered is estimate` = 'True' OR d.`Delivery year is estimate` = 'True'
                          OR d.`SIPRI estimate` = 'True'] AS estimates,
       [d IN deliveries WHERE d.`Numbers delivered` IS NOT NULL | toInteger(d.`Numbers delivered`)] AS numbers,
       [d IN deliveries WHERE d.`TIV delivery values` IS NOT NULL | toFloat(d.`TIV delivery values`)] AS tivs
  WITH id, row, supplier, recipient, years, estimates, numbers, tivs, size(deliveries) AS count,
       CASE WHEN size(numbers) = 0 THEN null ELSE reduce(n = 0, x IN numbers | n + x) END AS delivered,
       any(e IN estimates WHERE e) AS deliveredEstimate
  MERGE (s:Entity {key: supplier.key})
    ON CREATE SET s:$(supplier.label), s.name = supplier.name
  MERGE (r:Entity {key: recipient.key})
    ON CREATE SET r:$(recipient.label), r.name = recipient.name
  MERGE (w:Entity {key: 'weapon:lc-' + toLower(row.Designation)})
    ON CREATE SET w:WeaponSystem, w.name = row.Designation, w.designation = row.Designation,
                  w.category = row.Description, w.description = row.Description,
                  w.armamentCategory = row.`Armament category`, w.dataset = $dataset,
                  w.record = id, w.updatedBy = 'import', w.updatedAt = datetime.transaction()
  MERGE (t:Entity {key: 'transfer:lc-sipri-' + id})
    ON CREATE SET t:WeaponsTransfer
  SET t += {name: row.Designation + ' from ' + supplier.name + ' to ' + recipient.name, status: 'REPORTED',
            orderYear: toInteger(row.`Order date`), orderYearEstimate: row.`Order date is estimate` = 'True',
            numberOrderedEstimate: false, deliveriesSpread: false,
            numberDelivered: delivered, numberDeliveredEstimate: deliveredEstimate,
            deliveryYears: CASE WHEN count = 0 THEN null ELSE years END,
            deliveryNumbers: CASE WHEN count = 0 OR size(numbers) < count THEN null ELSE numbers END,
            deliveryTivs: CASE WHEN count = 0 OR size(tivs) < count THEN null ELSE tivs END,
            deliveryEstimates: CASE WHEN count = 0 THEN null ELSE estimates END,
            tivDelivered: CASE WHEN size(tivs) = 0 THEN null ELSE round(reduce(n = 0.0, x IN tivs | n + x), 2) END,
            secondHand: row.Status = 'Second hand', localProduction: row.`Local production` = 'True',
            tivPerUnit: toFloat(row.`TIV deal unit`), armamentCategory: row.`Armament category`,
            periodStart: coalesce(row.`Order date`, toString(years[0])),
            periodEnd: coalesce(toString(CASE WHEN count = 0 THEN null ELSE reduce(m = years[0], y IN years | CASE WHEN y > m THEN y ELSE m END) END), row.`Order date`),
            quantity: CASE WHEN delivered IS NULL THEN null
                      ELSE toString(delivered) + CASE WHEN deliveredEstimate THEN ' (estimate)' ELSE '' END + ' delivered' END,
            period: 'ordered ' + row.`Order date` + CASE WHEN row.`Order date is estimate` = 'True' THEN ' (estimate)' ELSE '' END
                    + CASE WHEN count = 0 THEN ''
                      ELSE '; delivered ' + reduce(acc = '', y IN years | acc + CASE WHEN acc = '' THEN '' ELSE ', ' END + toString(y)) END,
            dataset: $dataset, record: id, updatedBy: 'import', updatedAt: datetime.transaction()}
  WITH t, w, s, r, {sources: [$dataset], record: id, updatedBy: 'import', updatedAt: datetime.transaction()} AS stamp
  MERGE (t)-[o:OF_WEAPON]->(w)
    ON CREATE SET o = stamp
  MERGE (t)-[b:SUPPLIED_BY]->(s)
    ON CREATE SET b = stamp
  MERGE (t)-[c:RECEIVED_BY]->(r)
    ON CREATE SET c = stamp
} IN TRANSACTIONS OF $batch ROWS

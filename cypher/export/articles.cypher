// Every article's key, and when it was last written: the export writes one
// document per article, and this time orders those not ordered by the
// sources lists (src/export/order.ts).
MATCH (a:Article)
RETURN a.key AS key, toString(a.updatedAt) AS updatedAt
ORDER BY updatedAt, key

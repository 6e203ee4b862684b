// Synthetic claims; their keys are the generator's own, so CREATE is safe.
// $rows: [{key, kind, origin, allegation, madeOn, quote}]
UNWIND $rows AS row
CREATE (c:Claim)
SET c = row

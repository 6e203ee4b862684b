// Datasets by key: the files imported records name in `dataset`.
UNWIND $keys AS key
MATCH (d:Dataset {key: key})
RETURN key, d {.*} AS dataset

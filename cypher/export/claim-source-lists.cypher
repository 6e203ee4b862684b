// The lists of sources on claims' links that name more than one article:
// with the relationships' own lists, they say in which order the exported
// documents must be ingested again to rebuild every list as it is.
MATCH (:Claim)-[r]-()
WHERE size(coalesce(r.sources, [])) > 1
RETURN DISTINCT r.sources AS sources

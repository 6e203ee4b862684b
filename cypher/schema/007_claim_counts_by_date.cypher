// Claims counted against a dense target over a period (claimCounts by
// month, "coded accusations against Russia beside the reported ones"):
// read/claim-counts starts from this index's range, (origin, kind) sought
// and madeOn bounded, when the range holds fewer claims than the target has
// relationships, rather than walking a state's 100,000 claims to find the
// few reported ones among them.
CREATE INDEX claim_origin_kind_made_on IF NOT EXISTS FOR (n:Claim) ON (n.origin, n.kind, n.madeOn);

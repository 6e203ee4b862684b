// The reads over the public record at real size (a SIPRI-sized register of
// about 30,000 deals): transferFlows without a supplier or recipient but
// with a first year (the Sankey of every flow in a period) starts from the
// deals whose last delivery is in or after that year, a range of this
// index, rather than reading every deal since 1950.
CREATE INDEX transfer_period_end IF NOT EXISTS FOR (n:WeaponsTransfer) ON (n.periodEnd);

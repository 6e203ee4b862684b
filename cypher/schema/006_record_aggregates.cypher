// The aggregates over the public record at real size. The voting agreement
// among Council members over a period starts from the resolutions dated in
// it (a range of this index, a few hundred for five years) and reads the
// fifteen or so votes on each, rather than every vote each member ever cast.
CREATE INDEX resolution_date IF NOT EXISTS FOR (n:Resolution) ON (n.date);

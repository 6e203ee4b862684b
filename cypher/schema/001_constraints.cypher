// Keys are the ids clients see; each is unique and backed by an index.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT claim_key IF NOT EXISTS FOR (n:Claim) REQUIRE n.key IS UNIQUE;

// Look-ups the read API filters and sorts by.
CREATE INDEX state_code IF NOT EXISTS FOR (n:State) ON (n.code);
CREATE INDEX resolution_symbol IF NOT EXISTS FOR (n:Resolution) ON (n.symbol);
CREATE INDEX resolution_status IF NOT EXISTS FOR (n:Resolution) ON (n.status);
CREATE INDEX claim_kind_made_on IF NOT EXISTS FOR (n:Claim) ON (n.kind, n.madeOn);
CREATE INDEX claim_made_on IF NOT EXISTS FOR (n:Claim) ON (n.madeOn);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX transfer_status IF NOT EXISTS FOR (n:WeaponsTransfer) ON (n.status);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);

// Search over names and aliases: case-insensitive, word and prefix matches.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];

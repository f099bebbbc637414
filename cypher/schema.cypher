// Schema for the diplograph graph, applied idempotently by the Neo4j store at start-up.
// Statements are separated by semicolons; every one is safe to run again (IF NOT EXISTS).

// Node ids are the MERGE keys that concurrent writers converge on.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (n:Post) REQUIRE n.id IS UNIQUE;
// The store version counter (one node; see cypher/store/bump-version.cypher).
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:DiplographMeta) REQUIRE n.id IS UNIQUE;

// Date-range filters on events, meetings and visits.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_kind_status IF NOT EXISTS FOR (n:Event) ON (n.kind, n.status);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX met_with_date IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.date);
CREATE INDEX visited_date IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.date);
CREATE INDEX location_country IF NOT EXISTS FOR (n:Location) ON (n.countryCode);
// Post search by office and country.
CREATE INDEX post_office_country IF NOT EXISTS FOR (n:Post) ON (n.office, n.country);

// The edges that stand for one event, found by its id when the event changes (sync-events, merge-event).
CREATE INDEX met_with_event IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.eventId);
CREATE INDEX spoke_with_event IF NOT EXISTS FOR ()-[r:SPOKE_WITH]-() ON (r.eventId);
CREATE INDEX visited_event IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.eventId);

// Name and alias search for analysts (the API's search uses normalised keys, see src/store/search-key.ts).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Location) ON EACH [n.name, n.aliases];

// The LSH band keys of syndication group founders, one whitespace-separated string per article: a
// founder is found by any of its keys (cypher/store/group-founders.cypher). One index document per
// founder costs far less to write than a node and a relationship per key.
CREATE FULLTEXT INDEX article_syndication_bands IF NOT EXISTS FOR (n:Article) ON EACH [n.syndicationBands]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } };

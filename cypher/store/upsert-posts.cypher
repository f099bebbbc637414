// Posts of a batch: an office of a country or an organisation, keyed by both (see identity.postId).
// The first country seen stays (an organisation's post may also name the country it sits in).
UNWIND $rows AS row
MERGE (p:Post {id: row.id})
  ON CREATE SET p.office = row.office, p.organization = row.organization
SET p.country = coalesce(p.country, row.country)

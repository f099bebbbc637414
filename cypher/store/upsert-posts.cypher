// Posts of a batch: an office of a country or an organisation, keyed by both (see identity.postId).
// Of two countries reports give, the alphabetically first stays, in any order (identity.preferValue; an
// organisation's post may also name the country it sits in).
UNWIND $rows AS row
MERGE (p:Post {id: row.id})
  ON CREATE SET p.office = row.office, p.organization = row.organization
SET p.country = CASE WHEN p.country IS NULL OR row.country < p.country THEN coalesce(row.country, p.country) ELSE p.country END

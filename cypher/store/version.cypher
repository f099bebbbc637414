// The current store version (0 before the first write).
OPTIONAL MATCH (m:DiplographMeta {id: 'store'})
RETURN coalesce(m.version, 0) AS version

// The store version: a counter every write transaction raises, so caches keyed by it notice any writer.
MERGE (m:DiplographMeta {id: 'store'})
SET m.version = coalesce(m.version, 0) + 1
RETURN m.version AS version

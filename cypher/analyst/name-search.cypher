// Full-text search over names and aliases of persons, organizations and places (Lucene syntax:
// "amir*", "lavrov~" for fuzzy matches), best matches first.
// example: {"query": "lavrov~"}
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN labels(node)[0] AS kind, node.name AS name, node.aliases AS aliases, score
ORDER BY score DESC
LIMIT 20;

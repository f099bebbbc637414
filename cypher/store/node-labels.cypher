// Names and kinds of the nodes of a network picture.
UNWIND $ids AS id
MATCH (n:Person|Location {id: id})
RETURN n.id AS id, n.name AS label, CASE WHEN n:Person THEN 'Person' ELSE 'Location' END AS type

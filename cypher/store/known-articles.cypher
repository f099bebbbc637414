// Which of these article ids (content hashes) are already stored: resume skips them.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id

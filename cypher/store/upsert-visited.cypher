// One VISITED per person, place and visit event.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (l:Location {id: row.locationId})
MERGE (p)-[:VISITED {eventId: row.eventId}]->(l)

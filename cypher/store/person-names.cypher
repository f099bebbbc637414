// Every person's names, the input of the resolution plan.
MATCH (p:Person)
RETURN p.id AS id, p.name AS name, p.aliases AS aliases

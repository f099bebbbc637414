// Counts of everything in the graph.
RETURN COUNT { (:Person) } AS persons,
  COUNT { (:Organization) } AS organizations,
  COUNT { (:Location) } AS locations,
  COUNT { (:Article) } AS articles,
  COUNT { (:Event {kind: 'meeting'}) } AS meetings,
  COUNT { (:Event {kind: 'visit'}) } AS visits,
  COUNT { (:Event {kind: 'call'}) } AS calls,
  COUNT { ()-[:MET_WITH]->() } AS metWith,
  COUNT { ()-[:SPOKE_WITH]->() } AS spokeWith,
  COUNT { ()-[:VISITED]->() } AS visited,
  COUNT { ()-[:AFFILIATED_WITH]->() } AS affiliatedWith

// Meetings between the holders of two posts in a date range, whoever held them: each participant must
// have held their post around the meeting's date (HELD span widened by a tolerance in days).
// example: {"officeA": "foreign minister", "countryA": "IR", "officeB": "foreign minister", "countryB": "RU", "from": "2024-01-01", "to": "2024-12-31", "toleranceDays": 30}
MATCH (a:Person)-[ha:HELD]->(:Post {office: $officeA, country: $countryA})
MATCH (b:Person)-[hb:HELD]->(:Post {office: $officeB, country: $countryB})
MATCH (a)-[r:MET_WITH]-(b)
WHERE a <> b AND r.status = 'occurred' AND date($from) <= r.date <= date($to)
  AND ha.firstSeen - duration({days: $toleranceDays}) <= r.date <= ha.lastSeen + duration({days: $toleranceDays})
  AND hb.firstSeen - duration({days: $toleranceDays}) <= r.date <= hb.lastSeen + duration({days: $toleranceDays})
RETURN DISTINCT r.eventId AS event, r.date AS date, a.name AS holderA, b.name AS holderB
ORDER BY date, event;

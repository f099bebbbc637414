// Stories republished the most: syndication groups by their number of articles, with the first-seen
// article's title and the outlets' sources and titles of the copies.
// example: {"minArticles": 1}
MATCH (a:Article)
WITH coalesce(a.syndicationGroup, a.id) AS grp, collect(a) AS articles
WHERE size(articles) >= toInteger($minArticles)
MATCH (first:Article {id: grp})
RETURN grp AS syndicationGroup, first.title AS title, size(articles) AS articles,
  [x IN articles WHERE x.id <> grp | coalesce(x.source, x.url, x.title)] AS copies
ORDER BY articles DESC, syndicationGroup
LIMIT 50;

// Post queries over the in-memory graph; each mirrors the cypher/store file of the same name.
import type { ArticleRef, HeldPost, PostHolder, PostSummary, PostView } from "../../domain/graph.js";
import type { Page, PostFilter } from "../graph-store.js";
import type { HeldSpan } from "../held-span.js";
import { byFirstSeen, byPost, byTenure, organizationMatches } from "../post-order.js";
import { page } from "./embedded-queries.js";
import type { Graph } from "./memory-graph.js";

export class PostQueries {
  constructor(private readonly g: Graph) {}

  private view(id: string): PostView {
    const a = this.g.getNodeAttributes(id);
    return {
      id,
      office: a.office as string,
      country: (a.country as string | null) ?? null,
      organization: (a.organization as string | null) ?? null,
    };
  }

  /** The HELD edges into a post or out of a person. */
  private held(node: string, direction: "in" | "out") {
    const edges = direction === "in" ? this.g.inEdges(node) : this.g.outEdges(node);
    return edges.filter((e) => this.g.getEdgeAttribute(e, "type") === "HELD");
  }

  /** posts of a person (person.cypher) */
  personPosts(personId: string): HeldPost[] {
    return this.held(personId, "out")
      .map((e) => {
        const span = this.g.getEdgeAttributes(e) as unknown as HeldSpan;
        return {
          post: this.view(this.g.target(e)),
          firstSeen: span.firstSeen,
          lastSeen: span.lastSeen,
          articleCount: span.articleCount,
          source: span.source,
        };
      })
      .sort(byFirstSeen);
  }

  /** search-posts.cypher */
  searchPosts(f: PostFilter): Page<PostSummary> {
    const hits = this.g
      .filterNodes((_id, a) => a.label === "Post")
      .map((id) => this.view(id))
      .filter(
        (p) =>
          (!f.office || p.office === f.office) &&
          (!f.country || p.country === f.country) &&
          organizationMatches(p.organization, f.organization),
      )
      .map((p) => ({ ...p, holders: this.held(p.id, "in").length }))
      .sort(byPost);
    return page(hits, f);
  }

  /** post-holders.cypher */
  postHolders(postId: string): PostHolder[] | null {
    if (!this.g.hasNode(postId) || this.g.getNodeAttribute(postId, "label") !== "Post") return null;
    return this.held(postId, "in")
      .map((e) => {
        const span = this.g.getEdgeAttributes(e) as unknown as HeldSpan;
        const person = this.g.source(e);
        return {
          person: { id: person, name: this.g.getNodeAttribute(person, "name") as string },
          firstSeen: span.firstSeen,
          lastSeen: span.lastSeen,
          articleCount: span.articleCount,
          source: span.source,
          evidence: [...span.evidence].sort(),
          sources: span.articleIds.filter((id) => this.g.hasNode(id)).map((id) => this.article(id)),
        };
      })
      .sort(byTenure);
  }

  private article(id: string): ArticleRef {
    const a = this.g.getNodeAttributes(id);
    return {
      articleId: id,
      url: (a.url as string | null) ?? null,
      title: (a.title as string | null) ?? null,
      source: (a.source as string | null) ?? null,
      publishedAt: (a.publishedAt as string | null) ?? null,
    };
  }
}

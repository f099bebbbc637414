// An authority file's entry: a known person (an analyst's id such as a Wikidata QID, the name, other
// names) and the posts they held with start and end dates. Offices and countries are normalised here, at
// the edge, the way the extractor normalises them, so both meet on one post id.
import { z } from "zod";
import { IsoDate } from "../domain/extraction.js";
import { canonicalOffice, countryCode } from "../extract/posts.js";

export const AuthorityPost = z
  .object({
    office: z
      .string()
      .min(1)
      .max(100)
      .transform((v) => canonicalOffice(v) ?? v.trim().toLowerCase()),
    country: z
      .string()
      .max(60)
      .nullish()
      .transform((v, ctx) => {
        if (!v) return null;
        const code = countryCode(v);
        if (!code) ctx.addIssue({ code: "custom", message: `${v} is not a country (ISO code, name or demonym)` });
        return code;
      }),
    organization: z
      .string()
      .min(1)
      .max(200)
      .nullish()
      .transform((v) => v ?? null),
    start: IsoDate,
    /** null while the person still holds the post */
    end: IsoDate.nullish().transform((v) => v ?? null),
  })
  .refine((p) => p.country !== null || p.organization !== null, {
    message: "a post needs a country or an organization",
  })
  .refine((p) => p.end === null || p.end >= p.start, { path: ["end"], message: "must not be before start" });

export const AuthorityEntry = z.object({
  id: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(300),
  aliases: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
  posts: z.array(AuthorityPost).max(200).default([]),
});

export type AuthorityPost = z.output<typeof AuthorityPost>;
export type AuthorityEntry = z.output<typeof AuthorityEntry>;

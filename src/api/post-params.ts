// Query parameters that name a post: an office as written and the country or organisation it belongs to.
import { z } from "zod";
import { countryCodeOf } from "../extract/country-lookup.js";
import { canonicalOffice } from "../extract/posts.js";
import { postId } from "../store/identity.js";

/** An office as written ("FM", "Minister of Foreign Affairs") is searched as the office it names. */
export const Office = z
  .string()
  .min(1)
  .max(100)
  .transform((v) => canonicalOffice(v) ?? v.trim().toLowerCase())
  .meta({ description: 'an office, as the normalised name ("foreign minister") or a synonym ("FM")' });

export const PostCountry = z
  .string()
  .min(1)
  .max(60)
  .transform((v, ctx) => {
    const code = countryCodeOf(v);
    if (!code) ctx.addIssue({ code: "custom", message: "is not a country (an ISO code, a name or a demonym)" });
    return code ?? "";
  })
  .meta({ description: 'a country: ISO 3166-1 alpha-2 code ("IR"), name ("Iran") or demonym ("Iranian")' });

/** The post an office with its country or organisation names, or null when no office is given. */
export function postOf(q: { office?: string; officeCountry?: string; officeOrganization?: string }): string | null {
  if (!q.office) return null;
  return postId({ office: q.office, country: q.officeCountry ?? null, organization: q.officeOrganization ?? null });
}

/** An office alone names no post: it needs the country or the organisation it belongs to. */
export function officeNeedsOwner(
  q: { post?: string; office?: string; officeCountry?: string; officeOrganization?: string },
  ctx: z.RefinementCtx,
) {
  if (q.post && q.office) ctx.addIssue({ code: "custom", path: ["post"], message: "give post or office, not both" });
  if (q.office && !q.officeCountry && !q.officeOrganization)
    ctx.addIssue({ code: "custom", path: ["office"], message: "needs officeCountry or officeOrganization" });
  if (!q.office && (q.officeCountry || q.officeOrganization))
    ctx.addIssue({ code: "custom", path: ["office"], message: "is needed with officeCountry or officeOrganization" });
}

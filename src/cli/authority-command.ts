// `diplograph authority import FILE`: gives extracted persons the ids and posts of an analyst's authority
// file (CSV or JSON Lines, see the README), matched by name or alias.

import type { Command } from "commander";
import { z } from "zod";
import { readAuthorityFile } from "../authority/read-authority.js";
import { loadConfig } from "../config/config.js";
import { IsoDate } from "../domain/extraction.js";
import type { AuthoritySummary } from "../store/authority-plan.js";
import { openStore } from "../store/open-store.js";
import { parseFlags } from "./parse-flags.js";

const Flags = z.object({
  store: z.enum(["neo4j", "embedded"], { error: "must be neo4j or embedded" }).optional(),
  asOf: IsoDate,
  json: z.boolean().default(false),
});

export function authorityLines(s: AuthoritySummary): string[] {
  return [
    `entries: ${s.entries} read, ${s.personsMatched} persons matched, ${s.heldWritten} posts held written`,
    ...(s.unmatched.length ? [`no person matched: ${s.unmatched.join(", ")}`] : []),
    ...(s.ambiguous.length ? [`claimed by two entries or more, left alone: ${s.ambiguous.join(", ")}`] : []),
  ];
}

export function registerAuthority(program: Command): void {
  const authority = program.command("authority").description("an analyst's file of known persons and their posts");
  authority
    .command("import")
    .description(
      "match persons by name or alias to a CSV (id,name,aliases,office,country,organization,start,end) or JSON Lines file",
    )
    .argument(
      "<file>",
      "a .csv file, or JSON Lines ({id, name, aliases?, posts?: [{office, country?, organization?, start, end?}]})",
    )
    .option("--store <kind>", "neo4j or embedded (default: neo4j when NEO4J_URI is set)")
    .option("--as-of <date>", "the day a post still held is known to last until", new Date().toISOString().slice(0, 10))
    .option("--json", "print the summary as JSON")
    .action(async (file: string, raw: Record<string, unknown>) => {
      const flags = parseFlags(Flags, raw, "authority", { asOf: "--as-of" });
      const entries = readAuthorityFile(file);
      const store = await openStore(loadConfig(), {
        kind: flags.store,
        command: `diplograph authority import ${file}`,
      });
      try {
        const summary = await store.importAuthority(entries, { asOf: flags.asOf });
        process.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : `${authorityLines(summary).join("\n")}\n`);
      } finally {
        await store.close();
      }
    });
}

// Reads an authority file: JSON Lines (one entry per line, with its posts) or CSV (one row per person and
// post, with a header; rows of one id are one entry; aliases separated by "|"). Every bad line is reported
// with its number, and nothing is imported from a file that has any.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { AuthorityEntry } from "./authority-entry.js";
import { csvRecords } from "./csv.js";

/** An authority file that cannot be read as a whole: each problem names its line. */
export class AuthorityFileError extends Error {
  override name = "AuthorityFileError";
  constructor(
    readonly file: string,
    readonly problems: { line: number; message: string }[],
  ) {
    super(`${file}: ${problems.map((p) => `line ${p.line}: ${p.message}`).join("; ")}`);
  }
}

const CSV_COLUMNS = ["id", "name", "aliases", "office", "country", "organization", "start", "end"] as const;

export function readAuthorityFile(file: string): AuthorityEntry[] {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  return parseAuthority(text, extname(file).toLowerCase() === ".csv" ? "csv" : "jsonl", file);
}

export function parseAuthority(text: string, format: "csv" | "jsonl", file = "authority file"): AuthorityEntry[] {
  const problems: { line: number; message: string }[] = [];
  const raw = format === "csv" ? csvEntries(text, problems) : jsonlEntries(text, problems);
  const entries = new Map<string, AuthorityEntry>();
  for (const { line, value } of raw) {
    const parsed = AuthorityEntry.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ line, message: `${issue.path.join(".") || "entry"}: ${issue.message}` });
      continue;
    }
    const known = entries.get(parsed.data.id);
    if (!known) entries.set(parsed.data.id, parsed.data);
    else if (known.name !== parsed.data.name)
      problems.push({ line, message: `id ${parsed.data.id} is already ${known.name}, not ${parsed.data.name}` });
    else {
      known.aliases = [...new Set([...known.aliases, ...parsed.data.aliases])];
      known.posts.push(...parsed.data.posts);
    }
  }
  if (problems.length)
    throw new AuthorityFileError(
      file,
      problems.sort((a, b) => a.line - b.line),
    );
  return [...entries.values()];
}

function jsonlEntries(text: string, problems: { line: number; message: string }[]) {
  const out: { line: number; value: unknown }[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (!l.trim()) return;
    try {
      out.push({ line: i + 1, value: JSON.parse(l) });
    } catch {
      problems.push({ line: i + 1, message: "is not JSON" });
    }
  });
  return out;
}

function csvEntries(text: string, problems: { line: number; message: string }[]) {
  const out: { line: number; value: unknown }[] = [];
  const records = csvRecords(text);
  const first = records.next();
  const header = first.done ? [] : first.value.fields.map((f) => f.trim().toLowerCase());
  const missing = ["id", "name"].filter((c) => !header.includes(c));
  if (missing.length) {
    problems.push({ line: 1, message: `the header needs the columns ${missing.join(", ")}` });
    return out;
  }
  for (const { line, fields } of records) {
    const cell = (name: (typeof CSV_COLUMNS)[number]) => {
      const i = header.indexOf(name);
      const value = i < 0 ? "" : (fields[i] ?? "").trim();
      return value === "" ? null : value;
    };
    const office = cell("office");
    out.push({
      line,
      value: {
        id: cell("id"),
        name: cell("name"),
        aliases: (cell("aliases") ?? "")
          .split("|")
          .map((a) => a.trim())
          .filter(Boolean),
        posts: office
          ? [
              {
                office,
                country: cell("country"),
                organization: cell("organization"),
                start: cell("start"),
                end: cell("end"),
              },
            ]
          : [],
      },
    });
  }
  return out;
}

// Reading ingestion input: .txt and .md files (one article each), folders (their .txt, .md and .jsonl
// files, recursively, in name order), JSON Lines files, and "-" for JSON Lines on stdin.
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { readArticleFile } from "./read-article-file.js";
import { parseRecordLine, type SourceItem } from "./records.js";

const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);
const ACCEPTED = new Set([...ARTICLE_EXTENSIONS, ".jsonl"]);

export class SourceError extends Error {
  override name = "SourceError";
}

/** The files a list of paths stands for; a path that does not exist or cannot be read is an error. */
export function listInputFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (ACCEPTED.has(extname(entry.name).toLowerCase())) out.push(path);
    }
  };
  for (const path of paths) {
    if (path === "-") {
      out.push("-");
      continue;
    }
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch {
      throw new SourceError(`ingest: ${path}: no such file or folder`);
    }
    if (stats.isDirectory()) walk(path);
    else if (ACCEPTED.has(extname(path).toLowerCase())) out.push(path);
    else throw new SourceError(`ingest: ${path}: not a .txt, .md or .jsonl file`);
  }
  return out;
}

/** Records of a JSON Lines stream, numbered from line 1; blank lines are skipped. */
export async function* jsonLines(input: Readable, file: string): AsyncGenerator<SourceItem> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (text.trim() === "") continue;
    yield parseRecordLine(text, { file, line });
  }
}

export async function* readSources(files: string[], stdin: Readable = process.stdin): AsyncGenerator<SourceItem> {
  for (const file of files) {
    if (file === "-") {
      yield* jsonLines(stdin, "<stdin>");
    } else if (extname(file).toLowerCase() === ".jsonl") {
      yield* jsonLines(createReadStream(file), file);
    } else {
      try {
        const { text, title } = readArticleFile(readFileSync(file, "utf8"));
        yield { ok: true, record: { text, title, source: file }, origin: { file } };
      } catch (error) {
        yield { ok: false, origin: { file }, reason: `unreadable: ${(error as Error).message}` };
      }
    }
  }
}

/** How many records the files hold (lines of JSON Lines files), for progress; null with stdin. */
export async function countRecords(files: string[]): Promise<number | null> {
  let total = 0;
  for (const file of files) {
    if (file === "-") return null;
    if (extname(file).toLowerCase() !== ".jsonl") {
      total++;
      continue;
    }
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY }))
      if (line.trim() !== "") total++;
  }
  return total;
}

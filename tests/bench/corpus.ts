// Builds benchmark text from the dev corpus: every copy varied (persons renamed, paragraphs shuffled),
// so no cache or repeated input helps. Deterministic for a given seed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../../src/layout/seeded-random.js";

export { seededRandom } from "../../src/layout/seeded-random.js";

const SYLLABLES = ["ka", "ran", "mo", "li", "sa", "ve", "dor", "tu", "mi", "na", "bel", "os", "ar", "zen", "pa", "ri"];

function inventName(random: () => number): string {
  const word = () => {
    const n = 2 + Math.floor(random() * 2);
    let w = "";
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return `${word()} ${word()}`;
}

export function devArticles(sharedDir: string): string[] {
  const dir = join(sharedDir, "corpus", "dev");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

/** Varied copies of the dev articles until `bytes` is reached. */
export function variedCorpus(sharedDir: string, bytes: number, seed = 42): string[] {
  const random = seededRandom(seed);
  const base = devArticles(sharedDir);
  const out: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const article = base[i % base.length]!;
    const [head, ...paragraphs] = article.split(/\n\s*\n/);
    for (let j = paragraphs.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [paragraphs[j], paragraphs[k]] = [paragraphs[k]!, paragraphs[j]!];
    }
    // Rename the two-word capitalised names after a title word, everywhere in the copy.
    let text = [head, ...paragraphs].join("\n\n");
    const names = new Set(
      text.match(/(?<=(?:President|Minister|Premier|Chancellor|leader) )[A-Z][a-z]+ [A-Z][a-z]+/g) ?? [],
    );
    for (const name of names) text = text.split(name).join(inventName(random));
    out.push(text);
    total += Buffer.byteLength(text);
  }
  return out;
}

/** Text built to hurt regular expressions: capitals, dots, quotes, nested parentheses. */
export function pathologicalText(bytes: number): string {
  const random = seededRandom(7);
  const parts = [
    () => "A".repeat(200 + Math.floor(random() * 2000)),
    () => ".".repeat(100 + Math.floor(random() * 1000)),
    () => '"'.repeat(50 + Math.floor(random() * 500)),
    () => `${"(".repeat(300)}x${")".repeat(300)}`,
    () => "President ".repeat(50) + "Xy ".repeat(200),
    () => "U.S. ".repeat(100),
    () => `${"Mr. ".repeat(100)}met the `,
  ];
  let text = "The minister said the talks were held in the capital and that the two sides met.\n";
  while (text.length < bytes) text += `${parts[Math.floor(random() * parts.length)]!()} `;
  return text.slice(0, bytes);
}

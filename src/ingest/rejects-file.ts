// The rejects file: one JSON line per record that was not loaded, with where it came from and why.
import { appendFileSync } from "node:fs";
import { describeOrigin, type Reject } from "./records.js";

export function rejectsWriter(path: string): (reject: Reject) => void {
  return (reject) => {
    appendFileSync(path, `${JSON.stringify({ at: describeOrigin(reject.origin), ...reject })}\n`);
  };
}

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package root (where package.json and cypher/ live), from src/ or from dist/src/ alike. */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`diplograph: cannot find the package root from ${import.meta.url}`);
    dir = parent;
  }
  return dir;
})();

export const cypherDir = join(packageRoot, "cypher");
export const seedsDir = join(packageRoot, "seeds");

// Builds the web page's assets from source (esbuild): app.js bundled with sigma, graphology and uPlot,
// plus index.html, app.css and uPlot's stylesheet. Nothing is fetched from a CDN at run time.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const here = import.meta.dirname;

export async function buildWeb(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(here, "main.ts")],
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    sourcemap: true,
    outfile: join(outDir, "app.js"),
    logLevel: "warning",
  });
  for (const file of ["index.html", "app.css"]) copyFileSync(join(here, file), join(outDir, file));
  // The timeline strip's chart styles, served from here like the rest.
  copyFileSync(join(here, "../../node_modules/uplot/dist/uPlot.min.css"), join(outDir, "uplot.css"));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const out = process.argv[2] ?? join(here, "../../dist/web");
  await buildWeb(out);
  console.log(`web: built into ${out}`);
}

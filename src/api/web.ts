// Serves the web page's built assets at /. Without a build, / says how to make one.
import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Router } from "express";
import { sendProblem } from "./problem.js";

export function webRouter(dir: string): Router {
  const router = express.Router();
  if (existsSync(join(dir, "index.html"))) router.use(express.static(dir, { index: "index.html", maxAge: "1h" }));
  else
    router.get("/", (_req, res) =>
      sendProblem(res, {
        type: "urn:diplograph:problem:web-not-built",
        title: "Web page not built",
        status: 503,
        detail: "the web page's assets are not built: run `npm run build` (npm start does it)",
      }),
    );
  return router;
}

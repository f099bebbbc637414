// `npm run neo4j:local`: a real Neo4j for people without Docker. Ctrl-C stops it.
import { startLocalNeo4j } from "./local-server.js";

const port = Number(process.env.NEO4J_LOCAL_PORT || 7687);
const dataDir = process.env.NEO4J_LOCAL_DATA || "data/neo4j";
const server = await startLocalNeo4j({ port, dataDir, log: console.log });
console.log(`Neo4j ${server.version} (community) listening on ${server.uri}, data in ${dataDir}`);
console.log(`Run the service against it: NEO4J_URI=${server.uri} npm start   (auth is disabled)`);
const shutdown = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

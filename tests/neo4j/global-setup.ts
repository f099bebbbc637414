// Chooses the Neo4j that database suites run against:
// 1. NEO4J_URI, 2. a Docker engine (testcontainers), 3. java + mvn (in-process Community from Maven jars),
// 4. none: those suites skip with one line saying why (a failure when REQUIRE_NEO4J=1).
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { envValue } from "../../src/config/env.js";
import { hasJavaAndMaven, type Neo4jServer, startLocalNeo4j } from "./local-server.js";

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  via: "NEO4J_URI" | "testcontainers" | "maven-jars";
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTarget | null;
    neo4jSkipReason: string;
  }
}

const DOCKER_IMAGE = "neo4j:5.26.7-community";

function dockerEngineLikely(): boolean {
  return Boolean(envValue("DOCKER_HOST")) || existsSync("/var/run/docker.sock");
}

async function startContainer(): Promise<{ target: Neo4jTarget; stop: () => Promise<void> } | null> {
  try {
    const { Neo4jContainer } = await import("@testcontainers/neo4j");
    const container = await new Neo4jContainer(DOCKER_IMAGE).withPassword("diplograph-test").start();
    return {
      target: {
        uri: container.getBoltUri(),
        user: container.getUsername(),
        password: container.getPassword(),
        via: "testcontainers",
      },
      stop: async () => {
        await container.stop();
      },
    };
  } catch (error) {
    console.log(`neo4j: Docker did not give a container (${(error as Error).message.split("\n")[0]})`);
    return null;
  }
}

export default async function setup(project: TestProject) {
  let stop: () => Promise<void> = async () => {};
  let target: Neo4jTarget | null = null;

  const uri = envValue("NEO4J_URI");
  if (uri) {
    target = {
      uri,
      user: envValue("NEO4J_USER") ?? "neo4j",
      password: envValue("NEO4J_PASSWORD") ?? "",
      via: "NEO4J_URI",
    };
  } else {
    const container = dockerEngineLikely() ? await startContainer() : null;
    if (container) {
      target = container.target;
      stop = container.stop;
    } else if (await hasJavaAndMaven()) {
      const started = Date.now();
      const server: Neo4jServer = await startLocalNeo4j({ log: console.log });
      console.log(
        `neo4j: started Neo4j ${server.version} Community in-process from Maven jars at ${server.uri} in ${Date.now() - started} ms`,
      );
      target = { uri: server.uri, user: server.user, password: server.password, via: "maven-jars" };
      stop = () => server.dispose();
    }
  }

  const reason =
    "no NEO4J_URI, no Docker engine, and no java 17+ with mvn on PATH; set NEO4J_URI=bolt://host:7687 (with NEO4J_USER/NEO4J_PASSWORD), start Docker, or install a JDK 17 and Maven";
  if (!target) {
    if (envValue("REQUIRE_NEO4J") === "1")
      throw new Error(`neo4j: REQUIRE_NEO4J=1 but no Neo4j is available: ${reason}`);
    console.log(`neo4j: database suites SKIPPED: ${reason}`);
  } else {
    console.log(`neo4j: database suites use ${target.uri} (via ${target.via})`);
  }
  project.provide("neo4j", target);
  project.provide("neo4jSkipReason", reason);
  return async () => {
    await stop();
  };
}

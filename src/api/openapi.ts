// The OpenAPI 3.1 document, generated from the same route specs and zod schemas that validate requests.
import { z } from "zod";
import type { RouteSpec } from "./route.js";

type Json = Record<string, unknown>;

const toJson = (schema: z.ZodType, io: "input" | "output") => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  return rest;
};

/** One OpenAPI parameter per property of an object schema. */
function parameters(schema: z.ZodType | undefined, where: "query" | "path"): Json[] {
  if (!schema) return [];
  const json = toJson(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: property,
  }));
}

const PROBLEM = {
  description: "An error, as application/problem+json (RFC 9457)",
  content: {
    "application/problem+json": {
      schema: {
        type: "object",
        required: ["type", "title", "status", "detail"],
        properties: {
          type: { type: "string" },
          title: { type: "string" },
          status: { type: "integer" },
          detail: { type: "string" },
          errors: {
            type: "array",
            items: { type: "object", properties: { field: { type: "string" }, message: { type: "string" } } },
          },
        },
      },
    },
  },
};

export function openApiDocument(specs: RouteSpec[], version: string): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, "{$1}");
    const operation: Json = {
      summary: spec.summary,
      tags: [spec.tag],
      operationId: `${spec.method}${path.replace(/[{}]/g, "").replace(/[/_-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
      parameters: [...parameters(spec.params, "path"), ...parameters(spec.query, "query")],
      responses: {
        [String(spec.status ?? 200)]: {
          description: "Success",
          content: { "application/json": { schema: toJson(spec.response, "output") } },
        },
        "400": PROBLEM,
        ...(spec.write ? { "401": PROBLEM } : {}),
        "404": PROBLEM,
        "503": PROBLEM,
      },
    };
    if (spec.body)
      operation.requestBody = {
        required: true,
        content: { "application/json": { schema: toJson(spec.body, "input") } },
      };
    else if (spec.bodyDoc)
      operation.requestBody = {
        required: true,
        description: spec.bodyDoc.description,
        content: { [spec.bodyDoc.contentType]: { schema: { type: "string" } } },
      };
    if (spec.write) operation.security = [{ apiKey: [] }, { bearer: [] }];
    paths[path] = { ...(paths[path] ?? {}), [spec.method]: operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "diplograph",
      version,
      description: "Who met whom, where and when, traced back to the reports that say so.",
    },
    paths,
    components: {
      securitySchemes: {
        apiKey: { type: "apiKey", in: "header", name: "x-api-key" },
        bearer: { type: "http", scheme: "bearer" },
      },
    },
  };
}

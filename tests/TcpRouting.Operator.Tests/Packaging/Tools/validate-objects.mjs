// Validates Kubernetes objects offline and prints one result per object as JSON.
//   node validate-objects.mjs <tools/node_modules> <input.json>
// input: { "crds": [CustomResourceDefinition...], "objects": [{ "id": "...", "object": {...} }] }
// Kinds with a CRD in the input are checked with ajv against its openAPIV3Schema, read the way kubectl's
// strict field validation reads it (unknown fields are errors); Gateway API kinds are also checked with
// @kubernetes-models/gateway-api, ServiceMonitor with @kubernetes-models/prometheus-operator, core kinds with
// kubernetes-models. An object no validator knows is an error, never a pass.
import { createRequire } from "node:module";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [modules, inputPath] = process.argv.slice(2);
const require = createRequire(join(modules, "noop.js"));
const Ajv = require("ajv").default;
const addFormats = require("ajv-formats");
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addFormat("int32", { type: "number", validate: (n) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 });
ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });

const input = JSON.parse(readFileSync(inputPath, "utf8"));

// OpenAPI v3 structural schema -> JSON Schema, as the API server and kubectl interpret it.
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable" || key.startsWith("x-kubernetes-")) continue;
    if (key === "properties") {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]));
    } else if (key === "items" || key === "additionalProperties" || key === "not") {
      out[key] = typeof value === "object" ? toJsonSchema(value) : value;
    } else if (key === "allOf" || key === "anyOf" || key === "oneOf") {
      out[key] = value.map(toJsonSchema);
    } else {
      out[key] = value;
    }
  }
  if (node["x-kubernetes-int-or-string"]) {
    out.anyOf = [{ type: "integer" }, { type: "string" }];
  }
  if (node.nullable && out.type) out.type = [out.type, "null"];
  if (node.nullable && out.enum) out.enum = [...out.enum, null];
  const preserve = node["x-kubernetes-preserve-unknown-fields"] === true;
  if (out.properties && out.additionalProperties === undefined && !preserve) out.additionalProperties = false;
  return out;
}

const crdValidators = new Map();
for (const crd of input.crds) {
  for (const version of crd.spec.versions) {
    const key = `${crd.spec.group}/${version.name}/${crd.spec.names.kind}`;
    crdValidators.set(key, ajv.compile(toJsonSchema(version.schema.openAPIV3Schema)));
  }
}

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const [name, file] =
    group === "gateway.networking.k8s.io" ? ["@kubernetes-models/gateway-api", join(group, version, `${kind}.js`)]
    : group === "monitoring.coreos.com" ? ["@kubernetes-models/prometheus-operator", join(group, version, `${kind}.js`)]
    : ["kubernetes-models", group === "" ? join(version, `${kind}.mjs`) : join(group, version, `${kind}.mjs`)];
  const path = join(modules, name, file);
  if (!existsSync(path)) return null;
  const module = await import(pathToFileURL(path).href);
  return { name, model: module[kind] };
}

const results = [];
for (const { id, object } of input.objects) {
  const errors = [];
  const validators = [];
  const apiVersion = object?.apiVersion ?? "";
  const kind = object?.kind ?? "";
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const crd = crdValidators.get(`${group}/${apiVersion.split("/").pop()}/${kind}`);
  if (crd) {
    validators.push("crd-schema");
    if (!crd(object)) errors.push(...crd.errors.map((e) => `crd-schema: ${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}${e.params?.allowedValues ? ` (${e.params.allowedValues.join(", ")})` : ""}`));
  }
  if (!crd || group === "gateway.networking.k8s.io") {
    const found = await modelFor(apiVersion, kind);
    if (found) {
      validators.push(found.name);
      try {
        new found.model(object).validate();
      } catch (e) {
        errors.push(`${found.name}: ${e.message}`);
      }
    }
  }
  if (validators.length === 0) errors.push(`no validator knows ${kind} ${apiVersion}`);
  results.push({ id, ok: errors.length === 0, validators, errors });
}
process.stdout.write(JSON.stringify(results));

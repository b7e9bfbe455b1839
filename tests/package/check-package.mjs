// The npm package as `cargo xtask release` wrote it (release/package/, the tarball's contents):
// its Custom Elements Manifest validates against the schema, its package.json names what web
// developers' tools look for, every file it lists is there, and the manifest lists every
// attribute, event, part and CSS property that README lists.
// Usage: node tests/package/check-package.mjs release/package
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import assert from "node:assert/strict";
import { test } from "node:test";
import Ajv from "ajv";

const require = createRequire(import.meta.url);
const dir = process.argv[2] ?? "release/package";
const read = (name) => JSON.parse(readFileSync(join(dir, name), "utf8"));

test("the Custom Elements Manifest validates against the schema", () => {
  const schema = JSON.parse(readFileSync(require.resolve("custom-elements-manifest/schema.json"), "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  const manifest = read("custom-elements.json");
  assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
  // And a manifest that breaks the schema is caught (the check can fail).
  assert.equal(validate({ ...manifest, modules: [{ kind: "javascript-module" }] }), false);
});

test("package.json names the entry, the manifest, the types and its side effects", () => {
  const pkg = read("package.json");
  assert.equal(pkg.name, "statement-reader");
  assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
  assert.equal(pkg.customElements, "custom-elements.json");
  assert.equal(pkg.types, "./statement-reader.d.ts");
  assert.deepEqual(pkg.exports["."], { types: "./statement-reader.d.ts", default: "./statement-reader.js" });
  assert.deepEqual(pkg.sideEffects, ["./statement-reader.js"]);
  for (const name of pkg.files) assert.ok(existsSync(join(dir, name)), `${name} is listed and present`);
  for (const target of Object.values(pkg.exports).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)))) {
    assert.ok(existsSync(join(dir, target)), `export ${target} is present`);
  }
  // Every file the widget loads is in the package, with its integrity hash.
  const integrity = read("integrity.json");
  // (The page's loader and its lite module are the page's alone.)
  for (const name of Object.keys(integrity).filter((n) => !n.startsWith("boot-") && !n.startsWith("lite-"))) assert.ok(pkg.files.includes(name), name);
});

/** README's backticked names in the first cell of the table whose header starts with `| first |`. */
function readmeNames(readme, first) {
  const lines = readme.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  assert.ok(start >= 0, `README has a "${first}" table`);
  const names = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const cell = line.split("|")[1];
    names.push(...[...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  }
  return names;
}

test("the manifest lists every attribute, event, part and CSS property README lists", () => {
  const readme = readFileSync("README.md", "utf8");
  const [element] = read("custom-elements.json").modules[0].declarations;
  const names = (list) => list.map((x) => x.name).sort();
  assert.deepEqual(names(element.attributes), [...readmeNames(readme, "attribute")].sort());
  assert.deepEqual(names(element.events), [...readmeNames(readme, "event")].sort());
  const hooks = readmeNames(readme, "styling hook");
  assert.deepEqual(element.cssParts.map((p) => `::part(${p.name})`).sort(), hooks.filter((h) => h.startsWith("::part(")).sort());
  assert.deepEqual(names(element.cssProperties), hooks.filter((h) => h.startsWith("--")).sort());
  // Each attribute is reflected by a property the manifest names.
  for (const attribute of element.attributes) {
    assert.ok(element.members.some((m) => m.attribute === attribute.name && m.name === attribute.fieldName), attribute.name);
  }
});

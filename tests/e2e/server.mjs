// A small static file server for the end-to-end tests, screenshots and benchmarks: serves a
// folder on 127.0.0.1 with the right MIME types (Wasm included) and the headers its `_headers`
// file asks for (the bundle ships one with a strict Content-Security-Policy, so every test runs
// under it). `/__test__/…` serves the test pages and documents in tests/e2e/pages, and
// `/__test__/repeat/N.txt` the statement N times over (a large document), `/__test__/compare/…`
// the comparison fixtures, `/__test__/formats/…` the web page and PDF fixtures,
// `/__test__/shelf/…` the shelf's statements, and
// `/__test__/repeat-edited/N.txt` the edited fixture N times over.
// `/__tamper__/KIND/PATH` serves PATH as above, with one byte changed in every file of KIND
// (`wasm`: the Wasm modules; `glue`: their JavaScript glue; `css`: the widget's stylesheet), for
// the integrity tests: relative URLs keep a page's files under the same prefix.
// Files get `Cache-Control: no-store` unless `_headers` says otherwise; with AS_A_HOST=1 they get
// only what `_headers` says, as on a static host (the bench's Lighthouse runs judge cache lifetimes).
// Text and Wasm go out brotli-compressed (gzip for a client without brotli) when the client
// accepts it, as every static host sends them: the slow-phone profile's 1.6 Mbps then carries
// what a reader's phone would receive, not the raw bytes. UNCOMPRESSED=1 turns it off.
// Usage: node tests/e2e/server.mjs DIR PORT
import { createServer } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, gzip, constants as zlib } from "node:zlib";
import { readdir, readFile, stat } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const [dir = "dist", port = "4173"] = process.argv.slice(2);
const root = resolve(dir);
const here = dirname(fileURLToPath(import.meta.url));
const pages = join(here, "pages");
const statement = readFileSync(join(here, "../../content/uk-us-strategic-dialogue-2024.txt"), "utf8");
const compareFixtures = join(here, "../fixtures/compare");
const fixtureFolders = { compare: join(here, "../fixtures/compare"), formats: join(here, "../fixtures/formats"), shelf: join(here, "../fixtures/shelf") };
const edited = readFileSync(join(compareFixtures, "us-edited.txt"), "utf8");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".webmanifest": "application/manifest+json",
};

/** `_headers` (Netlify / Cloudflare Pages format): a path pattern, then indented `Name: value` lines. */
function readHeaderRules(folder) {
  const file = join(folder, "_headers");
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const at = line.indexOf(":");
      rules[rules.length - 1].headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}
const headerRules = readHeaderRules(root);
const defaultCache = process.env.AS_A_HOST ? {} : { "Cache-Control": "no-store" };
// Compressed bodies, made once per file (its path, size and change time) and encoding.
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".txt", ".svg", ".webmanifest"]);
const ENCODERS = {
  br: (body) => promisify(brotliCompress)(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};
const compressed = new Map();
// One file's version: a changed file is compressed anew.
const version = (file, { size, mtimeMs }) => `${file} ${size} ${mtimeMs}`;
function encoded(key, encoding, body) {
  const at = `${encoding} ${key}`;
  if (!compressed.has(at)) compressed.set(at, ENCODERS[encoding](body));
  return compressed.get(at);
}
function chooseEncoding(request, file) {
  if (process.env.UNCOMPRESSED || !COMPRESSIBLE.has(extname(file))) return null;
  const accepted = String(request.headers["accept-encoding"] ?? "");
  return /\bbr\b/.test(accepted) ? "br" : /\bgzip\b/.test(accepted) ? "gzip" : null;
}
const matches = (pattern, path) => (pattern.endsWith("*") ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

const TAMPERED = {
  wasm: (name) => name.endsWith(".wasm"),
  glue: (name) => /-[0-9a-f]{12,}\.js$/.test(name) && !name.startsWith("boot-"),
  css: (name) => /^statement-reader-[0-9a-f]{12,}\.css$/.test(name),
};

/** The same bytes with one changed: a letter's case in text, the last byte of a binary. */
function tamper(body, name) {
  const bytes = Buffer.from(body);
  if (name.endsWith(".wasm")) {
    bytes[bytes.length - 1] ^= 1;
    return bytes;
  }
  let at = bytes.length >> 1;
  while (at < bytes.length && !/[a-zA-Z]/.test(String.fromCharCode(bytes[at]))) at++;
  bytes[at] ^= 0x20;
  return bytes;
}

createServer(async (request, response) => {
  try {
    let pathname = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    const tampering = pathname.match(/^\/__tamper__\/(wasm|glue|css)(\/.*)$/);
    if (tampering) pathname = tampering[2];
    const extra = {};
    for (const rule of headerRules) if (matches(rule.pattern, pathname)) Object.assign(extra, rule.headers);
    const repeat = pathname.match(/^\/__test__\/repeat(-edited)?\/(\d+)\.txt$/);
    if (repeat) {
      // The statement (its licence line left out), or the comparison fixture, N times over.
      const lines = repeat[1] ? edited.trim() : statement.trim().split("\n").slice(0, -1).join("\n");
      const body = Array.from({ length: Number(repeat[2]) }, () => lines).join("\n");
      response.writeHead(200, { "Content-Type": TYPES[".txt"], "Cache-Control": "no-store", ...extra });
      response.end(body);
      return;
    }
    const fixtures = pathname.match(/^\/__test__\/(compare|formats|shelf)(\/.*)$/);
    const [base, rest] = fixtures
      ? [fixtureFolders[fixtures[1]], fixtures[2]]
      : pathname.startsWith("/__test__/") ? [pages, pathname.slice("/__test__".length)] : [root, pathname];
    let file = normalize(join(base, rest));
    if (!file.startsWith(base)) throw Object.assign(new Error("outside root"), { code: "ENOENT" });
    let stats = await stat(file);
    if (stats.isDirectory()) {
      file = join(file, "index.html");
      stats = await stat(file);
    }
    let body = await readFile(file);
    const tampered = tampering && TAMPERED[tampering[1]](file.split("/").pop());
    if (tampered) body = tamper(body, file);
    // A tampered file goes out as it is: compressing it anew would only slow the integrity tests.
    const encoding = tampered ? null : chooseEncoding(request, file);
    if (encoding) body = await encoded(version(file, stats), encoding, body);
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      ...(encoding ? { "Content-Encoding": encoding, Vary: "Accept-Encoding" } : {}),
      ...defaultCache,
      ...extra,
    });
    response.end(body);
  } catch {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("Not found");
  }
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${root} on http://127.0.0.1:${port}`);
  warmUp();
});

// Compresses the site's own files ahead of the first request (brotli's best level takes
// seconds on a large Wasm module), in the background.
async function warmUp() {
  if (process.env.UNCOMPRESSED) return;
  for (const name of await readdir(root).catch(() => [])) {
    const file = join(root, name);
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const stats = await stat(file);
    if (stats.isFile()) await encoded(version(file, stats), "br", await readFile(file)).catch(() => {});
  }
}

// Issue #22's figures: opening a saved web page and a 30-page PDF, each against a baseline
// measured in the same run, at 1× (no throttling). Used by bench/run.mjs; also runs alone against
// a built site: `node bench/formats.mjs dist` (after `cargo xtask dist`).
//
// - A saved web page (Readability's `bbc-1` test page, 264 KB): dropped on the reader, until its
//   paragraphs are shown (extraction, the core's parse and the render). Baseline: Mozilla's
//   Readability alone on a DOMParser document of the same page, in the same page.
// - A 30-page text PDF: dropped on a freshly loaded reader, until its paragraphs are shown,
//   loading pdf.js and its worker included. Baseline: pdf.js alone extracting the same file's
//   text, cold (its module and worker loaded in that run too).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const PAGE = "tests/fixtures/formats/news/bbc-1.html";
const PDF = "tests/fixtures/formats/thirty-pages.pdf";
const READABILITY = "node_modules/@mozilla/readability/Readability.js";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Drops `bytes` on the reader as the file `name` and resolves with the ms until its
 *  paragraphs are shown (the source line names the file). */
async function dropUntilShown(page, name, type, bytes) {
  return page.evaluate(
    async ({ name, type, bytes }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const reader = document.querySelector("[data-reader]");
      const start = performance.now();
      reader.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
      reader.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
      for (;;) {
        const source = document.querySelector("[data-document-source]");
        if (source?.textContent.includes(name) && document.querySelector("p[data-paragraph]") && !document.querySelector("[data-reader] .load-status")) {
          await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - start;
        }
        const alert = document.querySelector("[role=alert]");
        if (alert) throw new Error(alert.textContent);
        await new Promise((r) => setTimeout(r, 2));
      }
    },
    { name, type, bytes },
  );
}

/** A fresh reader with the full reader in place (the first touch taken), ready. */
async function freshReader(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, serviceWorkers: "block", ...options });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector("[data-reader][data-ready]");
  await page.keyboard.press("Shift");
  await page.waitForFunction(() => !document.querySelector("#reader-root[data-lite]") && document.querySelector("[data-reader][data-ready]"));
  return { context, page };
}

/** The extractor's hashed name in the built site (from its integrity manifest). */
function extractorName(site, kind) {
  const manifest = JSON.parse(readFileSync(`${site}/integrity.json`, "utf8"));
  return Object.keys(manifest).find((n) => n.startsWith(`extract-${kind}-`));
}

export async function measureFormats(browser, origin, site, { runs = 5, log = () => {} } = {}) {
  const pageBytes = [...readFileSync(PAGE)];
  const pdfBytes = [...readFileSync(PDF)];
  const readability = readFileSync(READABILITY, "utf8");
  const result = { page: { reader: [], baseline: [] }, pdf: { reader: [], baseline: [] }, pageKiB: pageBytes.length / 1024 };
  for (let i = 0; i < runs; i++) {
    // The web page: the extractor is loaded once before timing (as after the first page opened),
    // then the page is opened again and timed.
    {
      const { context, page } = await freshReader(browser, origin, { bypassCSP: true });
      await dropUntilShown(page, "warm.html", "text/html", pageBytes);
      result.page.reader.push(await dropUntilShown(page, "bbc-1.html", "text/html", pageBytes));
      await page.addScriptTag({ content: readability });
      result.page.baseline.push(
        await page.evaluate((bytes) => {
          const text = new TextDecoder().decode(new Uint8Array(bytes));
          const start = performance.now();
          const article = new window.Readability(new DOMParser().parseFromString(text, "text/html")).parse();
          if (!article?.content) throw new Error("Readability found no article");
          return performance.now() - start;
        }, pageBytes),
      );
      await context.close();
    }
    // The PDF, cold: nothing of pdf.js loaded before the drop.
    {
      const { context, page } = await freshReader(browser, origin);
      result.pdf.reader.push(await dropUntilShown(page, "thirty-pages.pdf", "application/pdf", pdfBytes));
      await context.close();
    }
    {
      const { context, page } = await freshReader(browser, origin);
      const [pdf, worker] = [extractorName(site, "pdf"), extractorName(site, "pdf-worker")];
      result.pdf.baseline.push(
        await page.evaluate(
          async ({ pdf, worker, bytes }) => {
            const start = performance.now();
            const { extractPdf } = await import(`/${pdf}`);
            const json = await extractPdf(new Uint8Array(bytes), `/${worker}`);
            if (!JSON.parse(json).pages?.length) throw new Error("pdf.js found no pages");
            return performance.now() - start;
          },
          { pdf, worker, bytes: pdfBytes },
        ),
      );
      await context.close();
    }
    log(`formats run ${i + 1}: page ${result.page.reader.at(-1).toFixed(1)} ms (Readability ${result.page.baseline.at(-1).toFixed(1)}), PDF ${result.pdf.reader.at(-1).toFixed(0)} ms (pdf.js ${result.pdf.baseline.at(-1).toFixed(0)})`);
  }
  return {
    pageKiB: result.pageKiB,
    page: { reader: median(result.page.reader), baseline: median(result.page.baseline) },
    pdf: { reader: median(result.pdf.reader), baseline: median(result.pdf.baseline) },
  };
}

// Alone: `node bench/formats.mjs SITE` serves SITE and prints the figures.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import("@playwright/test");
  const { spawn } = await import("node:child_process");
  const site = process.argv[2] ?? "dist";
  const port = 4210;
  const server = spawn("node", ["tests/e2e/server.mjs", site, String(port)], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    console.log(JSON.stringify(await measureFormats(browser, `http://127.0.0.1:${port}`, site, { log: console.error }), null, 2));
  } finally {
    await browser.close();
    server.kill();
  }
}

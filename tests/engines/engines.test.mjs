// The cross-engine suite: the same reader, driven as a user would, in Chromium, Firefox ESR and
// WebKitGTK over W3C WebDriver (Playwright cannot drive the stock Firefox and WebKitGTK builds).
// `cargo xtask test engines` starts it with the drivers' paths in the environment; each engine's
// driver, and Xvfb for WebKitGTK (it has no headless mode), are started and stopped here.
//
// Client: selenium-webdriver, the Selenium project's own W3C WebDriver bindings — maintained with
// the standard, no browser downloads when pointed at a running driver (`usingServer`).
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { Builder, By, Key, until } from "selenium-webdriver";

let SITE = "";
const lines = readFileSync(new URL("../../content/uk-us-strategic-dialogue-2024.txt", import.meta.url), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter(Boolean);
const PARAGRAPHS = lines.slice(0, -1);
const normalise = (s) => s.replace(/\s+/g, " ").trim();

const ENGINES = [
  {
    name: "chromium",
    driver: [process.env.CHROMEDRIVER ?? "chromedriver", (port) => [`--port=${port}`]],
    capabilities: {
      browserName: "chrome",
      "goog:chromeOptions": {
        binary: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--window-size=1280,900"],
      },
    },
  },
  {
    name: "firefox",
    driver: [process.env.GECKODRIVER ?? "geckodriver", (port) => ["--port", String(port)]],
    capabilities: {
      browserName: "firefox",
      "moz:firefoxOptions": { binary: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr", args: ["-headless", "-width", "1280", "-height", "900"] },
    },
  },
  {
    name: "webkit",
    xvfb: true,
    driver: [process.env.WEBKIT_DRIVER ?? "WebKitWebDriver", (port) => [`--port=${port}`]],
    capabilities: {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: process.env.MINIBROWSER_PATH, args: ["--automation"] },
    },
  },
];

const children = [];
function start(command, args, env = {}) {
  const child = spawn(command, args, { stdio: "ignore", env: { ...process.env, ...env } });
  children.push(child);
  return child;
}
process.on("exit", () => children.forEach((c) => c.kill()));

/** A port nothing listens on now (the system picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (`-displayfd`), and resolves with that display. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn("Xvfb", ["-displayfd", "1", "-screen", "0", "1400x1000x24", "-nolisten", "tcp"], { stdio: ["ignore", "pipe", "ignore"] });
    children.push(xvfb);
    let out = "";
    xvfb.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve(`:${out.trim()}`);
    });
    xvfb.on("exit", (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
}

/** Resolves once something listens on `port` (or rejects after `ms`). */
function listening(port, ms = 20_000) {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = createConnection({ port, host: "127.0.0.1" }, () => {
        socket.end();
        resolve();
      });
      socket.on("error", () => (Date.now() > until ? reject(new Error(`nothing listens on ${port}`)) : setTimeout(attempt, 100)));
    };
    attempt();
  });
}

/** Polls `probe` until it returns a value equal to `expected` (deep), or fails with the last one. */
async function eventually(probe, expected, what, ms = 10_000) {
  const until = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await probe();
      assert.deepEqual(last, expected);
      return;
    } catch (error) {
      if (Date.now() > until) assert.deepEqual(last, expected, `${what}: ${error.message}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  const port = await freePort();
  start("node", ["tests/e2e/server.mjs", "dist", String(port)]);
  await listening(port);
  SITE = `http://127.0.0.1:${port}`;
});
after(() => children.forEach((c) => c.kill()));

// `ENGINES=firefox,webkit` runs a subset (all three by default).
const chosen = process.env.ENGINES ? process.env.ENGINES.split(",") : ENGINES.map((e) => e.name);

ENGINES.filter((e) => chosen.includes(e.name)).forEach((engine) => {
  describe(engine.name, () => {
    let driver;
    const shownParagraphs = () =>
      driver.executeScript(`return [...document.querySelectorAll("p[data-paragraph]:not([hidden])")].map((p) => Number(p.dataset.paragraph));`);
    const hitCount = () => driver.executeScript(`return document.querySelector("[data-hit-count]").textContent.trim();`);
    /** Clicks `selector` as a user would, once it is scrolled to the middle of the view (clear
     *  of the sticky top bar). */
    async function click(selector) {
      // It may be rendered by the click before (a paragraph's tools panel): wait for it.
      const element = await driver.wait(until.elementLocated(By.css(selector)), 10_000, `${selector} appears`);
      await driver.executeScript(`arguments[0].scrollIntoView({ block: "center", behavior: "instant" });`, element);
      // Paragraphs above lay out as they come into view (content-visibility), which can move the
      // target: click once it stands still over two frames, as a person would.
      await driver.executeAsyncScript(`
        const [element, done] = arguments;
        let last = null, still = 0, frames = 0;
        const look = () => {
          const top = element.getBoundingClientRect().top;
          still = top === last ? still + 1 : 0;
          last = top;
          if (still >= 2 || ++frames > 120) done(); else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);`, element);
      await element.click();
    }
    async function open(path) {
      await driver.get(`${SITE}${path}`);
      await eventually(() => driver.executeScript(`return !!document.querySelector("[data-reader][data-ready]");`), true, `${path} becomes ready`, 20_000);
    }

    before(async () => {
      const port = await freePort();
      const env = engine.xvfb ? { DISPLAY: await startXvfb() } : {};
      const [command, args] = engine.driver;
      start(command, args(port), env);
      await listening(port);
      driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(engine.capabilities).build();
      await driver.manage().setTimeouts({ script: 20_000, pageLoad: 30_000 });
    });
    after(async () => driver?.quit());

    test("shows the statement verbatim with its attribution", async () => {
      await open("/");
      const texts = await driver.executeScript(`return [...document.querySelectorAll("p[data-paragraph]")].map((p) => p.textContent);`);
      assert.deepEqual(texts.map(normalise), PARAGRAPHS.map(normalise));
      const attribution = await driver.findElement(By.css("[data-attribution]")).getText();
      assert.match(attribution, /Open Government Licence v3\.0/);
    });

    test("typed search filters, marks, counts, and Enter / Shift+Enter move between matches", async () => {
      await open("/");
      await driver.executeScript(`localStorage.clear();`);
      const box = await driver.findElement(By.css("input[type=search]"));
      await box.sendKeys("iran");
      await eventually(hitCount, "1 of 5", "the count");
      await eventually(shownParagraphs, [5, 6], "the filter");
      const marks = await driver.executeScript(`return [...document.querySelectorAll("mark[data-hit]")].map((m) => m.textContent.toLowerCase());`);
      assert.deepEqual(marks, Array(5).fill("iran"));
      await box.sendKeys(Key.ENTER);
      await eventually(hitCount, "2 of 5", "Enter moves on");
      await box.sendKeys(Key.chord(Key.SHIFT, Key.ENTER));
      await eventually(hitCount, "1 of 5", "Shift+Enter moves back");
      await eventually(() => driver.getCurrentUrl(), `${SITE}/?q=iran`, "the address follows");
    });

    test("a theme shows its paragraphs and goes into the address", async () => {
      await open("/");
      await click('[data-theme-link="china"]');
      await eventually(shownParagraphs, [4, 9], "China's paragraphs");
      await eventually(() => driver.getCurrentUrl(), `${SITE}/?theme=china`, "the address");
    });

    test("a deep link scrolls to and focuses its paragraph", async () => {
      await open("/?theme=africa#p9");
      await eventually(() => driver.executeScript(`return document.activeElement?.id;`), "p9", "the focused paragraph");
      const inView = `const r = document.getElementById("p9").getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0;`;
      await eventually(() => driver.executeScript(inView), true, "the paragraph is in view");
      await eventually(shownParagraphs, [...Array(14).keys()].map((i) => i + 1), "the lens gave way to the link");
    });

    test("the dark scheme applies and is remembered", async () => {
      await open("/");
      await driver.findElement(By.xpath(`//div[contains(@class,"scheme-toggle")]//button[normalize-space()="Dark"]`)).click();
      await eventually(() => driver.executeScript(`return document.documentElement.dataset.colorScheme;`), "dark", "the page is dark");
      const background = await driver.executeScript(`return getComputedStyle(document.body).backgroundColor;`);
      const [r, g, b] = background.match(/\d+/g).map(Number);
      assert.ok(r + g + b < 150, `a dark background, not ${background}`);
      await open("/");
      await eventually(() => driver.executeScript(`return document.documentElement.dataset.colorScheme;`), "dark", "after a reload");
      await driver.executeScript(`localStorage.clear();`);
    });

    test("a highlight made by keyboard survives a reload", async () => {
      await open("/");
      await driver.executeScript(`localStorage.clear();`);
      await open("/");
      await click('[aria-label="Cite or highlight paragraph 5"]');
      await click('#tools-p5 [aria-label="Highlight in pink"]');
      const marked = `return [...document.querySelectorAll("#p5 mark.hl")].map((m) => m.textContent).join("");`;
      await eventually(async () => normalise(await driver.executeScript(marked)), normalise(PARAGRAPHS[4]), "the paragraph is highlighted");
      await open("/");
      await eventually(async () => normalise(await driver.executeScript(marked)), normalise(PARAGRAPHS[4]), "still after a reload");
      const text = await driver.executeScript(`return document.getElementById("p5").textContent;`);
      assert.equal(normalise(text), normalise(PARAGRAPHS[4]), "the text itself is unchanged");
      await driver.executeScript(`localStorage.clear();`);
    });

    test("where an engine lacks a feature, the reader degrades and says so", async () => {
      await open("/?q=iran");
      // Copy link: copied, or (no clipboard, or the browser refuses) the link is shown to copy by hand.
      await click(".search-options .pill");
      await eventually(
        async () => /^(Link copied\.|Could not copy; the link is: http:\/\/127\.0\.0\.1:\d+\/\?q=iran)$/.test(
          await driver.executeScript(`return document.querySelector(".search-notice")?.textContent.trim() ?? "";`),
        ),
        true,
        "the notice",
      );
      // Without `scrollend` (WebKitGTK), a focused paragraph is not re-checked after its scroll;
      // a deep link still lands (the deep-link test), and nothing throws.
      const missing = await driver.executeScript(`return ["onscrollend", "requestIdleCallback"].filter((name) => !(name in window));`);
      if (missing.length) console.log(`# ${engine.name} lacks ${missing.join(", ")}`);
      const errors = await driver.executeScript(`return document.querySelectorAll("[role=alert]").length;`);
      assert.equal(errors, 0);
    });

    test("a saved gov.uk page opened by ?src= shows the statement verbatim and none of the page", async () => {
      await open("/?src=/__test__/formats/govuk-joint-statement.html");
      const source = `return document.querySelector("[data-document-source]")?.textContent ?? "";`;
      await eventually(async () => /govuk-joint-statement\.html/.test(await driver.executeScript(source)), true, "the page is shown", 20_000);
      const texts = await driver.executeScript(`return [...document.querySelectorAll("p[data-paragraph]")].map((p) => p.textContent);`);
      assert.deepEqual(texts.map(normalise), PARAGRAPHS.map(normalise));
      assert.equal(await driver.executeScript(`return document.getElementById("statement-title").textContent;`), "UK-US Strategic Dialogue 2024: joint statement");
      assert.equal(await driver.executeScript(`return window.__pagePwned === true;`), false);
      assert.match(await driver.findElement(By.css("[data-attribution]")).getText(), /Open Government Licence v3\.0/);
    });

    test("a PDF picked with the file input shows its paragraphs, its header and footers gone", async () => {
      await open("/");
      const input = await driver.findElement(By.css("input[type=file][data-open-statement]"));
      await input.sendKeys(new URL("../fixtures/formats/statement.pdf", import.meta.url).pathname);
      const source = `return document.querySelector("[data-document-source]")?.textContent ?? "";`;
      await eventually(async () => /statement\.pdf/.test(await driver.executeScript(source)), true, "the PDF is shown", 30_000);
      const texts = await driver.executeScript(`return [...document.querySelectorAll("p[data-paragraph]")].map((p) => p.textContent);`);
      assert.deepEqual(texts.map(normalise), PARAGRAPHS.map(normalise));
    });

    test("the shelf keeps what was opened, in date order, and searches across it", async () => {
      const source = `return document.querySelector("[data-document-source]")?.textContent ?? "";`;
      const stored = () =>
        driver.executeAsyncScript(`
          const done = arguments[0];
          const open = indexedDB.open("statement-reader-shelf");
          open.onupgradeneeded = () => open.result.createObjectStore("statements");
          open.onsuccess = () => {
            const count = open.result.transaction("statements").objectStore("statements").count();
            count.onsuccess = () => { open.result.close(); done(count.result); };
          };`);
      // An empty shelf: earlier tests in this browser opened statements too (a page of the same
      // origin that opens no database, so the deletion is not blocked).
      await driver.get(`${SITE}/__test__/no-such-page`);
      await driver.executeAsyncScript(`
        const done = arguments[0];
        const request = indexedDB.deleteDatabase("statement-reader-shelf");
        request.onsuccess = request.onerror = request.onblocked = () => done();`);
      for (const [i, year] of ["2023", "2021"].entries()) {
        await open(`/?src=/__test__/shelf/g7-${year}.json`);
        await eventually(async () => (await driver.executeScript(source)).includes(`g7-${year}.json`), true, `${year} is shown`, 20_000);
        // Kept before the next page is opened.
        await eventually(stored, i + 1, `${year} is on the shelf`);
      }
      await driver.get(`${SITE}/?shelf`);
      const dates = `return [...document.querySelectorAll("[data-shelf-item] time")].map((t) => t.getAttribute("datetime"));`;
      await eventually(() => driver.executeScript(dates), ["2021-05-05", "2023-04-18", "2024-09-10"], "the shelf in date order", 20_000);
      const box = await driver.findElement(By.css("[data-shelf] input[type=search]"));
      await box.sendKeys("taiwan strait");
      const counts = `return [...document.querySelectorAll("[data-shelf-result] [data-shelf-count]")].map((c) => Number(c.textContent));`;
      // Both words are terms: 2021, 2023 and the built-in statement (which names the Strait twice).
      await eventually(() => driver.executeScript(counts), [2, 2, 3], "a count per statement");
      await eventually(async () => decodeURIComponent(await driver.getCurrentUrl()).endsWith("?shelf&q=taiwan strait"), true, "the address keeps the search");
    });

    test("two widgets on a host page work independently", async () => {
      await driver.get(`${SITE}/__test__/two.html`);
      const inWidget = (id, script) =>
        driver.executeScript(`const root = document.getElementById(arguments[0]).shadowRoot; return (${script})(root);`, id);
      const ready = (id) => inWidget(id, `(root) => !!root?.querySelector("[data-reader][data-ready]")`);
      await eventually(() => ready("one"), true, "the first widget", 20_000);
      await eventually(() => ready("two"), true, "the second widget", 20_000);
      const shownIn = (id) =>
        inWidget(id, `(root) => [...root.querySelectorAll("p[data-paragraph]:not([hidden])")].map((p) => Number(p.dataset.paragraph))`);
      await eventually(() => shownIn("two"), [9], "the second starts from its attributes");
      const box = await driver.executeScript(`return document.getElementById("one").shadowRoot.querySelector("input[type=search]");`);
      await box.sendKeys("iran");
      await eventually(() => inWidget("one", `(root) => root.querySelector("[data-hit-count]").textContent.trim()`), "1 of 5", "the first searches");
      await eventually(() => shownIn("two"), [9], "the second is untouched");
      const hostUrl = await driver.getCurrentUrl();
      assert.equal(hostUrl, `${SITE}/__test__/two.html`, "the host's address is the host's");
    });

    // Pinned files: a changed Wasm module is refused in every engine (the test server's
    // /__tamper__/wasm/ prefix changes one byte of each); untouched, the same page starts.
    test("a widget whose Wasm was changed is refused, says why and tells its host", async () => {
      const state = `const root = document.getElementById("a").shadowRoot;
        return { alert: root?.querySelector("[role=alert]")?.textContent ?? "", reader: !!root?.querySelector("[data-reader][data-ready]"),
          errors: window.heard.filter((e) => e.name === "error").map((e) => e.detail.message) };`;
      await driver.get(`${SITE}/__test__/tamper-host.html`);
      await eventually(async () => (await driver.executeScript(state)).reader, true, "untouched, the widget starts", 20_000);
      assert.deepEqual((await driver.executeScript(state)).errors, []);
      await driver.get(`${SITE}/__tamper__/wasm/__test__/tamper-host.html`);
      await eventually(async () => /was refused: it does not match the integrity hash/.test((await driver.executeScript(state)).alert), true, "the refusal is said", 20_000);
      const { reader, errors } = await driver.executeScript(state);
      assert.equal(reader, false, "nothing of the changed file ran");
      assert.equal(errors.length, 1);
      assert.match(errors[0], /was refused/);
      await driver.findElement(By.id("host-button")).click();
      assert.equal(await driver.findElement(By.id("host-count")).getText(), "1", "the host page still works");
    });
  });
});

import { readFileSync } from "node:fs";
import { test, expect, saveData, widgetsReady, axeViolations, PARAGRAPHS, normalise, type Page } from "./fixtures";

// Playwright's CSS selectors pierce open shadow roots, so `#one p[data-paragraph]` reaches into
// the first widget's shadow root.
const shownIn = (page: Page, host: string) =>
  page.locator(`${host} p[data-paragraph]:not([hidden])`).evaluateAll((ps) => ps.map((p) => Number(p.getAttribute("data-paragraph"))));

test.describe("the widget", () => {
  test("renders in an open shadow root with the whole statement", async ({ page }) => {
    await page.goto("/__test__/clean-host.html");
    await widgetsReady(page);
    const texts = await page.evaluate(() => {
      const root = document.querySelector("statement-reader")!.shadowRoot!;
      return [...root.querySelectorAll("p[data-paragraph]")].map((p) => p.textContent);
    });
    expect(texts.map((t) => normalise(t!))).toEqual(PARAGRAPHS.map(normalise));
    await expect(page.locator("#a [data-attribution]")).toContainText("Open Government Licence v3.0");
    // Nothing of it is in the light DOM.
    await expect.poll(() => page.evaluate(() => document.querySelectorAll("p[data-paragraph]").length)).toBe(0);
  });

  test("looks the same on a host page whose CSS styles everything", async ({ page, browser }) => {
    // Every element of the widget, with the computed styles that decide how it looks and where it
    // sits: equal on a clean host and on one whose CSS styles everything means the host has no say.
    const looks = (p: Page) =>
      p.locator("#a").evaluate((host) => {
        const props = ["font-family", "font-size", "font-weight", "line-height", "color", "background-color",
          "margin", "padding", "border", "display", "visibility", "text-decoration-line", "box-shadow", "text-align"];
        return [...host.shadowRoot!.querySelectorAll("*")].map((el) => {
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return [el.tagName, ...props.map((name) => style.getPropertyValue(name)), Math.round(box.width), Math.round(box.height)].join("|");
        });
      });
    // What the reader draws while the page is idle (the index of names) is drawn by then.
    const settledLooks = async (p: Page) => {
      let last = await looks(p);
      for (;;) {
        await p.waitForTimeout(400);
        const now = await looks(p);
        if (JSON.stringify(now) === JSON.stringify(last)) return now;
        last = now;
      }
    };
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto("/__test__/clean-host.html");
    await widgetsReady(page);
    const clean = await settledLooks(page);

    const hostile = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await hostile.goto("/__test__/hostile-host.html");
    await widgetsReady(hostile);
    // The host's rules really are hostile: its own heading is red at 20px.
    await expect(hostile.locator("body > h1")).toHaveCSS("color", "rgb(255, 0, 0)");
    expect(clean.length).toBeGreaterThan(500);
    expect(await settledLooks(hostile)).toEqual(clean);
    await hostile.close();
  });

  test("its styles do not leak out to the host", async ({ page }) => {
    await page.goto("/__test__/two.html");
    const before = await page.locator("main > h1").evaluate((h) => [getComputedStyle(h).fontFamily, getComputedStyle(h).color, getComputedStyle(document.body).backgroundColor].join("|"));
    await widgetsReady(page);
    const after = await page.locator("main > h1").evaluate((h) => [getComputedStyle(h).fontFamily, getComputedStyle(h).color, getComputedStyle(document.body).backgroundColor].join("|"));
    expect(after).toBe(before);
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute("data-color-scheme"))).toBe(false);
  });

  test("two instances search independently, and the Wasm loads once", async ({ page }) => {
    const wasm: string[] = [];
    page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(r.url()); });
    await page.goto("/__test__/two.html");
    await widgetsReady(page);
    expect(wasm).toHaveLength(1);
    // The second starts from its attributes: China, "taiwan", dark.
    await expect.poll(() => shownIn(page, "#two")).toEqual([9]);
    await expect(page.locator("#two [data-hit-count]")).toHaveText("1 of 1");
    await expect(page.locator("#two [data-reader]")).toHaveAttribute("data-color-scheme", "dark");
    await page.locator("#one input[type=search]").fill("iran");
    await expect(page.locator("#one [data-hit-count]")).toHaveText("1 of 5");
    await expect(page.locator("#two [data-hit-count]")).toHaveText("1 of 1");
    await expect.poll(() => shownIn(page, "#two")).toEqual([9]);
    await page.locator("#two input[type=search]").fill("sea");
    await expect(page.locator("#one [data-hit-count]")).toHaveText("1 of 5");
    // The host's address never changes.
    expect(new URL(page.url()).search).toBe("");
    expect(new URL(page.url()).hash).toBe("");
  });

  test("changing an attribute updates the instance", async ({ page }) => {
    await page.goto("/__test__/two.html");
    await widgetsReady(page);
    const one = page.locator("#one");
    await one.evaluate((e) => e.setAttribute("theme", "africa"));
    await expect.poll(() => shownIn(page, "#one")).toEqual([10]);
    await one.evaluate((e) => e.setAttribute("q", "sudan"));
    await expect(page.locator("#one [data-hit-count]")).toHaveText("1 of 1");
    await one.evaluate((e) => e.setAttribute("color-scheme", "dark"));
    await expect(page.locator("#one [data-reader]")).toHaveAttribute("data-color-scheme", "dark");
    // Names are calm unless the host asks; nothing is remembered for the host.
    await expect(page.locator("#one [data-reader]")).not.toHaveAttribute("data-names", "");
    await one.evaluate((e) => e.setAttribute("names", ""));
    await expect(page.locator("#one [data-reader]")).toHaveAttribute("data-names", "");
    await expect.poll(() => page.evaluate(() => localStorage.getItem("statement-reader:names"))).toBeNull();
    await one.evaluate((e) => e.setAttribute("height", "20em"));
    const height = await page.locator("#one .frame").evaluate((f) => f.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(340);
    await one.evaluate((e) => { e.removeAttribute("theme"); e.removeAttribute("q"); });
    await expect.poll(async () => (await shownIn(page, "#one")).length).toBe(14);
    await one.evaluate((e) => e.setAttribute("src", "/__test__/plain.txt"));
    await expect.poll(() => shownIn(page, "#one")).toEqual([1, 2]);
    await expect(page.locator("#one #p2")).toHaveAttribute("data-themes", "ukraine-europe iran");
    await expect(page.locator('#one #p2 [data-entity="organisation"]')).toHaveText("NATO");
  });

  test("links and keys stay inside the widget; it tells the host what happens", async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).__events = [];
      for (const name of ["ready", "search", "lens", "error"]) {
        document.addEventListener(`statement-reader:${name}`, (e: any) => (window as any).__events.push([e.target.id, name, e.detail]));
      }
    });
    await page.goto("/__test__/two.html");
    await widgetsReady(page);
    await expect.poll(() => page.evaluate(() => (window as any).__events.filter((e: any) => e[1] === "ready").length)).toBe(2);
    // "/" on the host page is the host's: the widget does not take focus.
    await page.locator("main > h1").click();
    await page.keyboard.press("/");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("BODY");
    // A paragraph-number link focuses the paragraph without touching the host's address.
    await page.locator('#one a.para-num[href="#p7"]').click();
    await expect(page.locator("#one #p7")).toBeFocused();
    expect(new URL(page.url()).hash).toBe("");
    // Inside the widget, "/" focuses its own search box.
    await page.keyboard.press("/");
    await expect(page.locator("#one input[type=search]")).toBeFocused();
    await page.keyboard.type("gaza");
    await expect.poll(() => page.evaluate(() => (window as any).__events.some((e: any) => e[0] === "one" && e[1] === "search" && e[2].query === "gaza" && e[2].total === 3))).toBe(true);
  });

  test.describe("the demo page", () => {
    // axe-core itself applies inline styles while it inspects shadow roots, which the page's CSP
    // reports; the page's own run is checked for violations before axe starts.
    test.use({ allowedConsoleErrors: /Applying inline style violates/ });

  test("shows the snippet, two readers and the attributes, with no axe violations", async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => (window as any).__violations.push(e.violatedDirective));
    });
    await page.goto("/embed.html");
    await widgetsReady(page);
    await expect(page.locator("statement-reader")).toHaveCount(2);
    // Pinned by Subresource Integrity: the hash of the script this bundle serves.
    const integrity = JSON.parse(readFileSync("dist/integrity.json", "utf8"))["statement-reader.js"];
    await expect(page.locator("#snippet")).toHaveValue(
      new RegExp(`<script type="module" src="http://127\\.0\\.0\\.1:\\d+/statement-reader\\.js" integrity="${integrity.replace(/[+/]/g, "\\$&")}" crossorigin="anonymous"></script>`),
    );
    await expect(page.locator("table code", { hasText: "color-scheme" })).toBeVisible();
    await expect.poll(() => shownIn(page, "#demo-china")).toEqual([9]);
    expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
  });
});

test.describe("the widget before its Wasm", () => {
  test("the prerendered snippet shows the title and text with JavaScript off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/embed-prerendered.html");
    // A declarative shadow root needs no script: the reader's text is there, styled by its sheet.
    await expect(page.locator("statement-reader #statement-title")).toHaveText(/UK–US Strategic Dialogue 2024/);
    const texts = await page.locator("statement-reader p[data-paragraph]").allTextContents();
    expect(texts.map(normalise)).toEqual(PARAGRAPHS.map(normalise));
    await expect(page.locator("statement-reader [data-attribution]")).toContainText("Open Government Licence v3.0");
    await expect(page.locator("statement-reader [data-reader]")).not.toHaveAttribute("data-ready", "");
    // The light-DOM fallback is not shown where the shadow root is.
    await expect(page.getByRole("link", { name: "Read the UK–US Strategic Dialogue 2024 joint statement" })).toBeHidden();
    await context.close();
  });

  test("with JavaScript on, the prerendered widget hydrates in place, without a layout shift", async ({ page }) => {
    const wasm: string[] = [];
    page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(r.url()); });
    await page.addInitScript(() => {
      (window as any).__shifts = [];
      new PerformanceObserver((list) => (window as any).__shifts.push(...list.getEntries().map((e: any) => e.value))).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto("/embed-prerendered.html");
    await page.evaluate(() => customElements.whenDefined("statement-reader"));
    const boxes = () => page.locator("statement-reader p[data-paragraph]").evaluateAll((ps) => ps.map((p) => { const r = p.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.height)]; }));
    const before = await boxes();
    const shiftsBefore = await page.evaluate(() => (window as any).__shifts.length);
    await widgetsReady(page);
    expect(await boxes()).toEqual(before);
    // The lite module first; left idle, the full reader takes over in place: nothing moves.
    expect(wasm[0]).toMatch(/\/widget-lite-[0-9a-f]+_bg\.wasm$/);
    await expect(page.locator("statement-reader .frame[data-lite]")).toHaveCount(0, { timeout: 10_000 });
    await widgetsReady(page);
    expect(await boxes()).toEqual(before);
    expect(await page.evaluate((n) => (window as any).__shifts.slice(n), shiftsBefore)).toEqual([]);
    expect(wasm).toHaveLength(2);
    // It is the same reader as any other: it searches.
    await page.locator("statement-reader input[type=search]").fill("iran");
    await expect(page.locator("statement-reader [data-hit-count]")).toHaveText("1 of 5");
    await expect.poll(() => page.locator("statement-reader p[data-paragraph]:not([hidden])").count()).toBe(2);
  });

  test("the lite module serves it first; the full reader takes over at the first touch, in place", async ({ page }) => {
    const wasm: string[] = [];
    page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(new URL(r.url()).pathname); });
    await page.addInitScript(() => {
      (window as any).__events = [];
      for (const name of ["ready", "search"]) {
        document.addEventListener(`statement-reader:${name}`, (e: any) => (window as any).__events.push([name, e.detail]));
      }
    });
    // A reader who saves data: the full reader waits for the first touch (see the next test).
    await saveData(page);
    await page.goto("/embed-prerendered.html");
    await widgetsReady(page);
    const widget = page.locator("statement-reader");
    // Only the lite module so far; it says it is ready, as the full reader would.
    await page.waitForTimeout(1000);
    expect(wasm).toEqual([expect.stringMatching(/^\/widget-lite-[0-9a-f]+_bg\.wasm$/)]);
    await expect(widget.locator(".frame[data-lite]")).toHaveCount(1);
    await expect.poll(() => page.evaluate(() => (window as any).__events.filter((e: any) => e[0] === "ready"))).toEqual([
      ["ready", { title: "UK–US Strategic Dialogue 2024: joint statement", paragraphs: 14 }],
    ]);
    // Its search, and the host is told.
    await widget.locator("input[type=search]").fill("iran");
    await expect(widget.locator("[data-hit-count]")).toHaveText("1 of 5");
    await expect.poll(() => page.evaluate(() => (window as any).__events.some((e: any) => e[0] === "search" && e[1].query === "iran" && e[1].total === 5))).toBe(true);
    // A lens is the full reader's: it loads, takes over and does what was asked, the search kept.
    await widget.locator('[data-theme-link="middle-east"]').click();
    await expect(widget.locator('[data-theme-link="middle-east"]')).toHaveAttribute("aria-pressed", "true");
    await expect(widget.locator(".frame[data-lite]")).toHaveCount(0);
    // The same as the page shows for that search and lens.
    const reference = await page.context().newPage();
    await reference.goto("/?q=iran&theme=middle-east");
    await expect(reference.locator("[data-reader][data-ready] [data-hit-count]")).toHaveText(/^1 of \d+$/);
    await expect(widget.locator("[data-hit-count]")).toHaveText((await reference.locator("[data-hit-count]").textContent())!);
    await reference.close();
    await expect(widget.locator("input[type=search]")).toHaveValue("iran");
    expect(wasm).toHaveLength(2);
    // A paragraph link stays inside; the host's address never changes; "ready" was said once.
    await widget.locator('a.para-num[href="#p5"]').click();
    await expect(widget.locator("#p5")).toBeFocused();
    expect(new URL(page.url()).hash).toBe("");
    expect(await page.evaluate(() => (window as any).__events.filter((e: any) => e[0] === "ready").length)).toBe(1);
  });
});

test.describe("the page and two widgets on one document", () => {
  test("each hands its own search over to the full reader", async ({ page }) => {
    // The page's reader with two prerendered widgets added to it (one document, three readers,
    // two lite modules: the page's and the widgets').
    const snippet = readFileSync("dist/statement-reader-snippet.html", "utf8");
    await page.route(/\/(index\.html)?$/, async (route) => {
      const response = await route.fetch();
      const widgets = [1, 2].map((n) => snippet.replace("<statement-reader", `<statement-reader id="w${n}"`)).join("\n");
      const body = (await response.text()).replace("</body>", `${widgets}<script type="module" src="./statement-reader.js"></script></body>`);
      await route.fulfill({ response, body });
    });
    // Saving data: each full reader waits for its reader's first touch, so all three are the
    // lite modules' when searched.
    await saveData(page);
    await page.goto("/");
    await expect(page.locator("#reader-root [data-reader][data-ready]")).toHaveCount(1);
    await expect.poll(() => page.locator("statement-reader .frame[data-lite] [data-reader][data-ready]").count()).toBe(2);
    const searches: [string, string, string][] = [
      ["#reader-root", "iran", "1 of 5"],
      ["#w1", "china", ""],
      ["#w2", "ukraine", ""],
    ];
    for (const entry of searches) {
      const [where, query] = entry;
      await page.locator(`${where} input[type=search]`).fill(query);
      await expect(page.locator(`${where} [data-hit-count]`)).toHaveText(/^1 of \d+$/);
      entry[2] = (await page.locator(`${where} [data-hit-count]`).textContent())!;
    }
    expect(new Set(searches.map(([, , count]) => count)).size, "three different counts").toBe(3);
    // All three taken over, each with its own search (and the count it had).
    await expect(page.locator("#reader-root[data-lite]")).toHaveCount(0, { timeout: 20_000 });
    await expect(page.locator("statement-reader .frame[data-lite]")).toHaveCount(0, { timeout: 20_000 });
    for (const [where, query, count] of searches) {
      await expect(page.locator(`${where} [data-reader][data-ready]`)).toHaveCount(1);
      await expect(page.locator(`${where} input[type=search]`)).toHaveValue(query);
      await expect(page.locator(`${where} [data-hit-count]`)).toHaveText(count);
      // The full reader's own: its keyword-in-context list for that search.
      await expect(page.locator(`${where} .kwic-line`).first()).toContainText(new RegExp(query, "i"));
    }
  });
});

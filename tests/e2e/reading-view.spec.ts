import { test, expect, openReader, saveData, axeViolations, normalise, PARAGRAPHS, ATTRIBUTION } from "./fixtures";

test.describe("reading view", () => {
  test("shows the 14 paragraphs verbatim, in order, with the attribution", async ({ page }) => {
    await openReader(page);
    const paragraphs = page.locator("p[data-paragraph]");
    await expect(paragraphs).toHaveCount(14);
    expect(PARAGRAPHS).toHaveLength(14);
    const texts = (await paragraphs.allTextContents()).map(normalise);
    expect(texts).toEqual(PARAGRAPHS.map(normalise));
    for (let n = 1; n <= 14; n++) {
      const p = page.locator(`#p${n}`);
      await expect(p).toHaveAttribute("data-paragraph", String(n));
      await expect(p).toHaveAttribute("data-themes", /^[a-z-]+( [a-z-]+)*$/);
    }
    await expect(page.locator("#p5")).toHaveAttribute("data-themes", "ukraine-europe iran middle-east");
    await expect(page.locator("#p10")).toHaveAttribute("data-themes", "africa");
    const attribution = page.getByText(ATTRIBUTION, { exact: true });
    await expect(attribution).toBeVisible();
    await expect(page.locator("footer")).toContainText(ATTRIBUTION);
  });

  test("header names the statement, its date, place, principals and source", async ({ page }) => {
    await openReader(page);
    const header = page.locator(".masthead");
    await expect(header.locator("h1")).toHaveText("UK–US Strategic Dialogue 2024: joint statement");
    await expect(header.locator("time")).toHaveAttribute("datetime", "2024-09-10");
    await expect(header).toContainText("10–11 September 2024");
    await expect(header).toContainText("London");
    await expect(header).toContainText("David Lammy");
    await expect(header).toContainText("Antony Blinken");
    await expect(header.getByRole("link", { name: "www.gov.uk" })).toHaveAttribute("href", /^https:\/\/www\.gov\.uk\//);
    await expect(page).toHaveTitle(/UK–US Strategic Dialogue 2024/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{40,}/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    for (const landmark of ["header", "main", "nav", "footer"]) {
      await expect(page.locator(landmark).first()).toBeVisible();
    }
  });

  test("hydrates the prerendered page without duplicating it", async ({ page }) => {
    // The HTML as served already holds the whole statement…
    const response = await page.request.get("/");
    const html = await response.text();
    expect((html.match(/data-paragraph="/g) ?? []).length).toBe(14);
    expect(html).not.toContain("data-ready");
    // …and after hydration there is still exactly one reader with 14 paragraphs.
    await openReader(page);
    await expect(page.locator("[data-reader]")).toHaveCount(1);
    await expect(page.locator("p[data-paragraph]")).toHaveCount(14);
  });

  test("the full reader takes the page over in place at the first touch: nothing moves, every part is live", async ({ page }) => {
    // Before any Wasm runs: remember the prerendered paragraphs and the sidebar's theme list,
    // and record layout shifts from the start.
    await page.addInitScript(() => {
      (window as any).__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
      document.addEventListener("DOMContentLoaded", () => {
        (window as any).__paragraphs = [...document.querySelectorAll("p[data-paragraph]")];
        (window as any).__text = (window as any).__paragraphs.map((p: Element) => p.textContent);
      });
    });
    // A reader who saves data: the full reader waits for the first touch.
    await saveData(page);
    await openReader(page);
    // The lite first module serves the page; the full reader is not loaded until it is touched.
    await page.waitForTimeout(1000);
    await expect(page.locator("#reader-root[data-lite]")).toHaveCount(1);
    expect(await page.evaluate(() => performance.getEntriesByName("statement-reader:hydrate").length)).toBe(0);
    // A click on a lens loads it (the lite module shows the lens meanwhile); it hydrates in
    // slices, then does what the click asked (its passage buttons are its own).
    await page.locator("[data-theme-link=iran]").click();
    await expect(page.locator("p[data-paragraph]:visible")).toHaveCount(2);
    await expect(page.locator("#reader-root[data-lite]")).toHaveCount(0);
    await expect(page.locator("[data-reader][data-ready]:not([data-lens-preview])")).toHaveCount(1);
    const adopted = await page.evaluate(() => {
      const now = [...document.querySelectorAll("p[data-paragraph]")];
      const before = (window as any).__paragraphs as Element[];
      return {
        same: now.length === before.length && now.every((p, i) => p === before[i]),
        text: now.every((p, i) => p.textContent === (window as any).__text[i]),
        leftovers: document.body.innerHTML.includes("<!--section-->"),
        steps: ["analyse", "hydrate", "start"].filter((s) => performance.getEntriesByName(`statement-reader:${s}`).length === 1),
        shift: (window as any).__shift,
      };
    });
    expect(adopted).toEqual({ same: true, text: true, leftovers: false, steps: ["analyse", "hydrate", "start"], shift: 0 });
    // Every slice is live: the theme list, the paragraph tools, the marks in the text.
    await page.locator("[data-theme-link=iran]").click();
    await expect(page.locator("p[data-paragraph]:visible")).toHaveCount(14);
    await page.locator(".para-tools .tools-toggle").first().click();
    await expect(page.locator(".para-tools .tools-toggle").first()).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator("p#p1 .entity").first()).toBeVisible();
  });

  test("a page left idle is taken over before any touch, and its first tap answers at once", async ({ page }) => {
    const wasm: string[] = [];
    page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(new URL(r.url()).pathname); });
    await openReader(page);
    await expect(page.locator("#reader-root[data-lite]")).toHaveCount(0, { timeout: 10_000 });
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    expect(wasm).toEqual([expect.stringMatching(/^\/lite-/), expect.stringMatching(/^\/statement-reader-/)]);
    // Nothing waited: the reader was never busy, and the first tap is the full reader's own.
    await expect(page.locator("[data-reader][aria-busy]")).toHaveCount(0);
    const answered = await page.evaluate(async () => {
      const link = document.querySelector<HTMLElement>('[data-theme-link="china"]')!;
      const t0 = performance.now();
      link.click();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return { shown: document.querySelectorAll("p[data-paragraph]:not([hidden])").length, pressed: link.getAttribute("aria-pressed"), frame: performance.now() - t0 < 1000 };
    });
    expect(answered).toEqual({ shown: 2, pressed: "true", frame: true });
  });

  test("a theme tapped before the full reader is there shows within the frame, and stays through the take-over", async ({ page }) => {
    // A reader who saves data: the full reader loads only at this first tap.
    await saveData(page);
    await openReader(page);
    await expect(page.locator("#reader-root[data-lite]")).toHaveCount(1);
    // The tap, then every frame until the full reader has taken over: what is shown, dimmed, pressed.
    const first = await page.evaluate(async () => {
      const w = window as any;
      // What is seen (during the hydration the lens's stylesheet alone hides the paragraphs).
      const seen = () => [...document.querySelectorAll("p[data-paragraph]")].filter((p) => p.checkVisibility());
      const look = () => JSON.stringify([
        seen().map((p) => p.id),
        seen().flatMap((p) => [...p.querySelectorAll(".sentence")]).filter((s) => getComputedStyle(s).color !== getComputedStyle(s.closest("p")!).color).length,
        getComputedStyle(document.querySelector('[data-theme-link="china"]')!).backgroundColor,
      ]);
      w.__frames = [];
      const tick = () => { w.__frames.push(look()); if (document.querySelector("#reader-root[data-lite]") || !w.__after) requestAnimationFrame(tick); };
      document.addEventListener("statement-reader:taken-over", () => requestAnimationFrame(() => requestAnimationFrame(() => { w.__after = true; })), true);
      document.querySelector<HTMLElement>('[data-theme-link="china"]')!.click();
      // Drawn in the click's own task, before any frame (and before the full reader could start).
      const drawn = { look: look(), hidden: [...document.querySelectorAll("p[data-paragraph]:not([hidden])")].map((p) => p.id), pressed: document.querySelector('[data-theme-link="china"]')!.getAttribute("aria-pressed"), lite: document.querySelector("#reader-root[data-lite]") !== null };
      requestAnimationFrame(tick);
      return drawn;
    });
    expect(first.lite, "served by the lite module").toBe(true);
    expect(first.pressed).toBe("true");
    expect(first.hidden, "hidden as the full reader sets it").toEqual(["p4", "p9"]);
    expect(JSON.parse(first.look)[0]).toEqual(["p4", "p9"]);
    expect(JSON.parse(first.look)[1]).toBeGreaterThan(0);
    await expect(page.locator("#reader-root[data-lite]")).toHaveCount(0, { timeout: 15_000 });
    await expect.poll(() => page.evaluate(() => (window as any).__after === true)).toBe(true);
    // Every frame showed the same lens, before and after the take-over; then the full reader's own.
    const frames: string[] = await page.evaluate(() => (window as any).__frames);
    expect(new Set(frames)).toEqual(new Set([first.look]));
    await expect(page.locator('[data-theme-link="china"]')).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("button", { name: "All themes" })).toBeVisible();
    await expect(page.locator("[data-reader][data-lens-preview]")).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => location.search)).toContain("theme=china");
    // It is the full reader's lens now: pressed again, it goes.
    await page.locator('[data-theme-link="china"]').click();
    await expect(page.locator("p[data-paragraph]:not([hidden])")).toHaveCount(14);
  });

  test("the names switch tapped before the full reader is there colours names within the frame", async ({ page }) => {
    await saveData(page);
    await page.setViewportSize({ width: 1366, height: 900 });
    await openReader(page);
    const mention = page.locator("#p1 .entity").first();
    const calm = await mention.evaluate((e) => getComputedStyle(e).boxShadow);
    const first = await page.evaluate(() => {
      const all = () => [...document.querySelectorAll<HTMLElement>("#p1 .entity")].map((e) => getComputedStyle(e).boxShadow);
      document.querySelector<HTMLElement>("[data-names-switch]")!.click();
      return { lite: document.querySelector("#reader-root[data-lite]") !== null, names: all(), pressed: document.querySelector("[data-names-switch]")!.getAttribute("aria-pressed") };
    });
    expect(first.lite).toBe(true);
    expect(first.pressed).toBe("true");
    expect(first.names.every((shadow) => shadow !== calm)).toBe(true);
    // The full reader does the click for real: names stay coloured, its legend appears, it is saved.
    await expect(page.getByRole("list", { name: "Colour mentions by kind" })).toBeVisible({ timeout: 15_000 });
    await expect(page.locator("#reader-root[data-lite]")).toHaveCount(0);
    await expect(page.locator("[data-names-switch]")).toHaveAttribute("aria-pressed", "true");
    expect(await mention.evaluate((e) => getComputedStyle(e).boxShadow)).toBe(first.names[0]);
    await page.locator("[data-names-switch]").click();
    await expect(page.locator("[data-reader][data-names]")).toHaveCount(0);
  });

  test("the take-over changes nothing on screen: a search stays drawn in every frame", async ({ page }) => {
    // Every frame from the hand-over until the full reader says it is ready: marks, filter, count.
    // (Listening from the start: left idle, the page is taken over soon after it is ready.)
    await page.addInitScript(() => {
      const w = window as any;
      w.__frames = [];
      const look = () => [
        document.querySelectorAll("mark[data-hit]").length,
        document.querySelectorAll("p[data-paragraph]:not([hidden])").length,
        document.querySelector("[data-hit-count]")!.textContent,
      ];
      document.addEventListener("statement-reader:hand-over", () => {
        const tick = () => { w.__frames.push(look()); if (!w.__done) requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
      }, true);
      document.addEventListener("statement-reader:taken-over", () => requestAnimationFrame(() => { w.__frames.push(look()); w.__done = true; }), true);
    });
    await openReader(page, "/?q=iran");
    await expect.poll(() => page.evaluate(() => (window as any).__done === true), { timeout: 15_000 }).toBe(true);
    const frames: unknown[] = await page.evaluate(() => (window as any).__frames);
    expect(frames.length).toBeGreaterThan(1);
    expect(new Set(frames.map((f) => JSON.stringify(f)))).toEqual(new Set([JSON.stringify([5, 2, "1 of 5"])]));
    await expect(page.locator("#reader-root[data-lite]")).toHaveCount(0);
  });

  test("#p9 scrolls to and focuses paragraph 9", async ({ page }) => {
    await openReader(page, "/#p9");
    await expect(page.locator("#p9")).toBeFocused();
    await expect(page.locator("#p9")).toBeInViewport();
    await expect(page.locator('nav a[href="#p9"]')).toHaveAttribute("aria-current", "location");
  });

  test("a paragraph number links to and focuses its paragraph", async ({ page }) => {
    await openReader(page);
    await page.locator('a.para-num[href="#p12"]').click();
    await expect(page).toHaveURL(/#p12$/);
    await expect(page.locator("#p12")).toBeFocused();
    // The index works by keyboard too.
    await page.locator('nav a[href="#p3"]').focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#p3")).toBeFocused();
  });

  test("malformed fragments are ignored without errors", async ({ page }) => {
    for (const hash of ["#p0", "#p99", "#p9x", "#%E0%A4%A", "#<script>"]) {
      await openReader(page, `/${hash}`);
      await expect(page.locator("p[data-paragraph]:focus")).toHaveCount(0);
    }
  });

  test("the light/dark choice persists across reloads", async ({ page }) => {
    await openReader(page);
    const html = page.locator("html");
    const dark = page.getByRole("button", { name: "Dark", exact: true });
    await dark.click();
    await expect(dark).toHaveAttribute("aria-pressed", "true");
    await expect(html).toHaveAttribute("data-color-scheme", "dark");
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.reload();
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect(html).toHaveAttribute("data-color-scheme", "dark");
    await expect(page.getByRole("button", { name: "Dark", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);

    // Reloaded once the choice shows, as a reader would (a click in the moment the full reader
    // takes over is done once it is ready).
    await page.getByRole("button", { name: "Light", exact: true }).click();
    await expect(html).toHaveAttribute("data-color-scheme", "light");
    await page.reload();
    await expect(html).toHaveAttribute("data-color-scheme", "light");
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(darkBackground);

    // The toggle is prerendered: it works once the reader is ready.
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await page.getByRole("button", { name: "Auto", exact: true }).click();
    await expect(html).not.toHaveAttribute("data-color-scheme", /.*/);
    await page.reload();
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect(html).not.toHaveAttribute("data-color-scheme", /.*/);
  });

  test("corrupted saved scheme falls back to auto", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("statement-reader:color-scheme", "{not json"));
    await openReader(page);
    await expect(page.getByRole("button", { name: "Auto", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).not.toHaveAttribute("data-color-scheme", /.*/);
  });

  test("follows the system dark preference in auto", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openReader(page);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(21, 23, 26)");
  });

  test("fits a 320 px screen without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openReader(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole statement is readable", async ({ page }) => {
    await page.goto("/");
    const paragraphs = page.locator("p[data-paragraph]");
    await expect(paragraphs).toHaveCount(14);
    expect((await paragraphs.allTextContents()).map(normalise)).toEqual(PARAGRAPHS.map(normalise));
    await expect(page.getByText(ATTRIBUTION, { exact: true })).toBeVisible();
    // Controls that need JavaScript are not offered.
    await expect(page.getByRole("button", { name: "Dark", exact: true })).toBeHidden();
  });
});

test.describe("accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`axe reports no violations in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openReader(page);
      expect(await axeViolations(page)).toEqual([]);
      await openReader(page, "/#p4");
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test("skip link reaches the statement", async ({ page }) => {
    await openReader(page);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the statement" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
  });
});

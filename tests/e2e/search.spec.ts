import { test, expect, openReader, openFullReader, axeViolations, type Page } from "./fixtures";

const box = (page: Page) => page.getByRole("searchbox", { name: "Search the statement" });
const count = (page: Page) => page.locator("[data-hit-count]");
const shown = (page: Page) =>
  page.locator("p[data-paragraph]:not([hidden])").evaluateAll((ps) => ps.map((p) => Number(p.getAttribute("data-paragraph"))));
const hitCount = (page: Page) =>
  page.locator("mark[data-hit]").evaluateAll((ms) => new Set(ms.map((m) => m.getAttribute("data-hit"))).size);

/** The examples of docs/search-semantics.md, typed as a user types them. */
const EXAMPLES: [string, number[], number][] = [
  ["Iran", [5, 6], 5],
  ["ukraine's", [4], 3],
  ["iran russia", [5], 7],
  ['"law of the sea"', [9], 2],
  ["pacific", [2, 3, 8, 9], 4],
  ["zzzz", [], 0],
];

test.describe("search", () => {
  for (const [query, paragraphs, matches] of EXAMPLES) {
    test(`typing ${query} shows ${paragraphs.length ? paragraphs.join(", ") : "nothing"} with ${matches} matches`, async ({ page }) => {
      await openReader(page);
      await box(page).pressSequentially(query);
      await expect(count(page)).toHaveText(matches ? `1 of ${matches}` : "0 matches");
      await expect.poll(() => shown(page)).toEqual(paragraphs);
      await expect.poll(() => hitCount(page)).toBe(matches);
      // Marks hold the original characters and number the matches 0…n-1 in document order.
      const numbers = await page.locator("mark[data-hit]").evaluateAll((ms) => ms.map((m) => Number(m.getAttribute("data-hit"))));
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      if (matches === 0) {
        await expect(page.locator(".no-results")).toContainText("No paragraph matches “zzzz”.");
        await expect(page.locator(".no-results")).toBeVisible();
      }
    });
  }

  test("nothing found: the message and its Clear the search, in the full reader", async ({ page }) => {
    await openFullReader(page);
    await box(page).fill("zzzz");
    const none = page.locator("#statement .no-results");
    await expect(none).toHaveCount(1);
    await expect(none).toContainText("No paragraph matches “zzzz”.");
    await expect.poll(() => shown(page)).toEqual([]);
    // One message for another query, not a second box.
    await box(page).fill("zzzzz");
    await expect(none).toHaveCount(1);
    await expect(none).toContainText("No paragraph matches “zzzzz”.");
    await none.getByRole("button", { name: "Clear the search" }).click();
    await expect(box(page)).toHaveValue("");
    await expect(none).toHaveCount(0);
    await expect.poll(() => shown(page)).toHaveLength(14);
  });

  test("highlights land on the original characters", async ({ page }) => {
    await openReader(page);
    await box(page).fill("ukraine's");
    // A match may be split into several marks (here by the entity "Ukraine"); they share K.
    const texts = await page.locator("mark[data-hit]").evaluateAll((ms) => {
      const byHit = new Map<string, string>();
      for (const m of ms) byHit.set(m.getAttribute("data-hit")!, (byHit.get(m.getAttribute("data-hit")!) ?? "") + m.textContent);
      return [...byHit.values()];
    });
    expect(texts).toEqual(["Ukraine’s", "Ukraine’s", "Ukraine’s"]);
    // The paragraph text is unchanged by the marks.
    const p4 = await page.locator("#p4").textContent();
    expect(p4).toContain("Ukraine’s independence, sovereignty and territorial integrity.");
  });

  test("next / previous walk the matches and wrap with a notice", async ({ page }) => {
    await openReader(page);
    await box(page).fill("iran");
    await expect(count(page)).toHaveText("1 of 5");
    await expect(page.locator('mark[data-hit="0"]')).toHaveClass(/current/);
    await box(page).press("Enter");
    await expect(count(page)).toHaveText("2 of 5");
    await expect(page.locator('mark[data-hit="1"]')).toHaveClass(/current/);
    await expect(page.locator('mark[data-hit="0"]')).not.toHaveClass(/current/);
    await box(page).press("Shift+Enter");
    await box(page).press("Shift+Enter");
    await expect(count(page)).toHaveText("5 of 5");
    await expect(page.locator(".search-notice")).toContainText("continued from the last match");
    await page.keyboard.press("F3");
    await expect(count(page)).toHaveText("1 of 5");
    await expect(page.locator(".search-notice")).toContainText("continued from the first match");
    // One notice, under the box and before its live region (drawn by statement_dom, as the lite module draws it).
    await expect(page.locator('form[role="search"] > .search-notice + [role="status"]')).toHaveCount(1);
    await page.getByRole("button", { name: "Next match" }).click();
    await page.getByRole("button", { name: "Next match" }).click();
    await page.getByRole("button", { name: "Next match" }).click();
    await page.getByRole("button", { name: "Next match" }).click();
    await expect(count(page)).toHaveText("5 of 5");
    await expect(page.locator('mark[data-hit="4"]')).toBeInViewport();
    await page.getByRole("button", { name: "Previous match" }).click();
    await expect(count(page)).toHaveText("4 of 5");
    // A step that does not wrap takes the notice away.
    await expect(page.locator(".search-notice")).toHaveCount(0);
    await page.keyboard.press("Shift+F3");
    await expect(count(page)).toHaveText("3 of 5");
  });

  test("match case, whole word and highlight only", async ({ page }) => {
    await openReader(page);
    await box(page).fill("support");
    await expect(count(page)).toHaveText(/^1 of \d+$/);
    const all = Number((await count(page).textContent())!.split(" of ")[1]);
    await page.getByRole("checkbox", { name: "Whole word" }).check();
    const whole = Number((await count(page).textContent())!.split(" of ")[1]);
    expect(whole).toBeGreaterThan(0);
    expect(whole).toBeLessThan(all);
    await expect(page.locator("mark[data-hit]", { hasText: /^supporting$/ })).toHaveCount(0);
    await page.getByRole("checkbox", { name: "Match case" }).check();
    await box(page).fill("us");
    await expect(count(page)).toHaveText("0 matches");
    await box(page).fill("US");
    await expect(count(page)).toHaveText("1 of 5");
    await page.getByRole("checkbox", { name: "Highlight only" }).check();
    await expect.poll(() => shown(page)).toHaveLength(14);
    await expect(page).toHaveURL(/[?&]case=1/);
    await expect(page).toHaveURL(/[?&]word=1/);
    await expect(page).toHaveURL(/[?&]mode=highlight/);
  });

  test("the URL restores the search and follows it", async ({ page }) => {
    await openReader(page, "/?q=iran+russia&word=1");
    await expect(box(page)).toHaveValue("iran russia");
    await expect(page.getByRole("checkbox", { name: "Whole word" })).toBeChecked();
    await expect(count(page)).toHaveText("1 of 7");
    await expect.poll(() => shown(page)).toEqual([5]);
    await box(page).fill('"law of the sea"');
    await expect(page).toHaveURL(/\?q=%22law\+of\+the\+sea%22&word=1$/);
    await page.reload();
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect(box(page)).toHaveValue('"law of the sea"');
    await expect.poll(() => shown(page)).toEqual([9]);
    await box(page).fill("");
    await expect(page).toHaveURL(/\?word=1$/);
  });

  test("other parameters in the address are kept", async ({ page }) => {
    await openReader(page, "/?utm_source=brief&q=iran#p5");
    await box(page).fill("russia");
    await expect(page).toHaveURL(/\?utm_source=brief&q=russia#p5$/);
  });

  test("a paragraph link still arrives while searching", async ({ page }) => {
    await openReader(page, "/?q=iran#p9");
    await expect(page.locator("#p9")).toBeVisible();
    await expect(page.locator("#p9")).toBeFocused();
    await expect(page.locator(".search-notice")).toContainText("Showing all paragraphs");
    await expect(page).toHaveURL(/\?q=iran&mode=highlight#p9$/);
  });

  test("/ focuses the search box and Esc clears it", async ({ page }) => {
    await openReader(page);
    await page.locator("#p3").click();
    await page.keyboard.press("/");
    await expect(box(page)).toBeFocused();
    await page.keyboard.type("iran");
    await expect(count(page)).toHaveText("1 of 5");
    await expect(box(page)).toHaveValue("iran", { timeout: 1000 });
    await page.keyboard.press("Escape");
    await expect(box(page)).toHaveValue("");
    await expect(count(page)).toHaveText("");
    await expect.poll(() => shown(page)).toHaveLength(14);
    await expect(page.locator("mark[data-hit]")).toHaveCount(0);
    // A slash typed in the box is just a slash.
    await box(page).pressSequentially("a/b");
    await expect(box(page)).toHaveValue("a/b");
  });

  test("the count is announced politely", async ({ page }) => {
    await openReader(page);
    await box(page).fill("iran");
    await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveText("5 matches in 2 paragraphs.");
    await box(page).fill("zzzz");
    await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveText("No paragraph matches “zzzz”.");
  });

  test("keyword in context jumps to its match", async ({ page }) => {
    // The list is the full reader's: wait for it to take over (under load that can take longer
    // than an assertion's 5 s after the first keystroke).
    await openFullReader(page);
    await box(page).fill("russia");
    const lines = page.locator(".kwic-line");
    const total = Number((await count(page).textContent())!.split(" of ")[1]);
    await expect(lines).toHaveCount(total);
    await expect(lines.nth(2)).toContainText("¶");
    await lines.nth(2).focus();
    await page.keyboard.press("Enter");
    await expect(count(page)).toHaveText(`3 of ${total}`);
    await expect(page.locator('mark[data-hit="2"]')).toHaveClass(/current/);
    await expect(page.locator('mark[data-hit="2"]')).toBeInViewport();
    // Collapsible by keyboard.
    await page.locator(".kwic summary").focus();
    await page.keyboard.press("Enter");
    await expect(lines.first()).toBeHidden();
  });

  test("a keystroke is drawn before the next task, exactly as the reader then renders it", async ({ page }) => {
    await openFullReader(page);
    const steps = await box(page).evaluate(async (input: HTMLInputElement) => {
      const shown = () => ({
        count: document.querySelector("[data-hit-count]")!.textContent,
        steps: [...document.querySelectorAll<HTMLButtonElement>("form[role=search] .step")].map((b) => b.disabled),
        paragraphs: [...document.querySelectorAll<HTMLElement>("p[data-paragraph]")].map(
          (p) => `${p.hidden}${(p.parentElement as HTMLElement).hidden} ${p.innerHTML}`,
        ),
      });
      const out = [];
      // (Not "zzzz": "No paragraph matches" is Yew's to draw, in the keystroke's task.)
      for (const value of ["i", "ir", "iran", "iran r", "ukraine's", "uk", "u", "iran"]) {
        input.value = value;
        input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
        // In the same task: no microtask has run, so no render of Yew's either.
        const drawn = shown();
        // After the next paint, the state has the query and Yew has rendered it.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        out.push({ value, drawn, rendered: shown() });
      }
      // Enter in the same task as a keystroke steps through that keystroke's matches.
      input.value = "russia";
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
      input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { out, stepped: document.querySelector("[data-hit-count]")!.textContent };
    });
    for (const { value, drawn, rendered } of steps.out) {
      expect(rendered, `"${value}" rendered as drawn`).toEqual(drawn);
    }
    const counts = Object.fromEntries(steps.out.map(({ value, drawn }) => [value, drawn.count]));
    expect(counts["iran"]).toBe("1 of 5");
    expect(counts["ukraine's"]).toBe("1 of 3");
    expect(counts["iran r"]).toMatch(/^1 of \d+$/);
    expect(steps.out.find((s) => s.value === "iran")!.drawn.steps).toEqual([false, false]);
    expect(steps.stepped).toMatch(/^2 of \d+$/);
    await expect(box(page)).toHaveValue("russia");
  });

  test("a keystroke drawn ahead and then dropped leaves none of its marks", async ({ page }) => {
    await openFullReader(page);
    const after = await box(page).evaluate(async (input: HTMLInputElement) => {
      const type = (value: string) => {
        input.value = value;
        input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
      };
      // "iran" is drawn ahead; in the same frame the reader stops being ready (as while another
      // statement loads), so the next keystroke goes to the state at once and "iran" is dropped.
      type("iran");
      const drawn = document.querySelectorAll("mark[data-hit]").length;
      document.querySelector("[data-reader]")!.removeAttribute("data-ready");
      // No paragraph has a match for it, as none had before "iran": the reader's render alone
      // would leave every paragraph as it was.
      type("qqqq");
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      return { drawn, left: document.querySelectorAll("mark[data-hit]").length, count: document.querySelector("[data-hit-count]")!.textContent };
    });
    expect(after.drawn).toBeGreaterThan(0);
    expect(after.left).toBe(0);
    expect(after.count).toMatch(/^(0|No) match/);
  });

  test("a cleared search leaves nothing behind for the next query", async ({ page }) => {
    await openFullReader(page);
    await box(page).fill("russia");
    // Once typing pauses, the list in context and the index follow the query.
    await expect(page.locator(".kwic-line").first()).toContainText("Russia");
    await expect(page.locator(".paragraph-index li.filtered-out")).not.toHaveCount(0);
    // Cleared, then a new query's first letter: neither the last query's filtered-out marks nor
    // its list come back (at 1,400 paragraphs, that list was rebuilt on the next query's first
    // keystroke). Checked within a few tasks, before the lists settle (120 ms): the new query's
    // own list, should it settle on a slow machine, has no "Russia" in it.
    const left = await box(page).evaluate(async (input: HTMLInputElement) => {
      const hop = () => new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
      const type = async (value: string) => {
        input.value = value;
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        for (let i = 0; i < 3; i++) await hop();
      };
      await type("");
      const filteredOut = document.querySelectorAll(".paragraph-index li.filtered-out").length;
      await type("s");
      const marks = [...document.querySelectorAll(".kwic .kwic-mark")];
      return { filteredOut, staleLines: marks.filter((m) => /russia/i.test(m.textContent ?? "")).length };
    });
    expect(left).toEqual({ filteredOut: 0, staleLines: 0 });
    // The new query's own list follows once typing pauses.
    await expect(page.locator(".kwic-line").first()).toContainText(/\bs/i);
  });

  test("copy link copies the address of what is on screen", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openReader(page);
    await box(page).fill("iran");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.locator(".search-notice")).toHaveText("Link copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/\?q=iran$/);
  });

  test("hostile and odd queries are literal text", async ({ page }) => {
    await openReader(page);
    for (const q of ["<img src=x onerror=alert(1)>", "a.*b", "[", "\\", "'; DROP", "🇬🇧", "\u202Eevil"]) {
      await box(page).fill(q);
      await expect(count(page)).toHaveText("0 matches");
      await expect(page.locator("img")).toHaveCount(0);
    }
    await box(page).fill("x".repeat(100_000));
    await expect(page.locator(".search-notice")).toContainText("first 1000 characters");
    await openReader(page, "/?q=%E0%A4%A&case=%ZZ&mode=<b>");
    await expect(box(page)).toHaveValue(/./);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe reports no violations while searching (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openReader(page, "/?q=iran");
      await page.getByRole("button", { name: "Next match" }).click();
      expect(await axeViolations(page)).toEqual([]);
      await openReader(page, "/?q=zzzz");
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

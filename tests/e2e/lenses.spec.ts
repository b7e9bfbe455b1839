import { test, expect, openReader, openFullReader, axeViolations, PARAGRAPHS, normalise, type Page } from "./fixtures";
import { recordFrames, lensFrames } from "../../bench/frames.mjs";

const shown = (page: Page) =>
  page.locator("p[data-paragraph]:not([hidden])").evaluateAll((ps) => ps.map((p) => Number(p.getAttribute("data-paragraph"))));
const focusedParagraph = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-paragraph") ?? null);

// The minimap rides beside the text on wide screens only.
test.use({ viewport: { width: 1366, height: 900 } });

test.describe("theme passages", () => {
  test("] and [ step through the selected theme's passages; so do the buttons", async ({ page }) => {
    // The steps, not their animation: scrolled at once, so no click lands while the page still
    // moves under the pointer (1 run in 24 did, on a loaded machine).
    await page.emulateMedia({ reducedMotion: "reduce" });
    await openReader(page, "/?theme=china");
    const shown = () => page.locator("p[data-paragraph]:not([hidden])").evaluateAll((ps) => ps.map((p) => p.id));
    await expect.poll(shown).toEqual(["p4", "p9"]);
    await page.keyboard.press("]");
    await expect.poll(() => focusedParagraph(page)).toBe("4");
    await page.keyboard.press("]");
    await expect.poll(() => focusedParagraph(page)).toBe("9");
    await page.keyboard.press("[");
    await expect.poll(() => focusedParagraph(page)).toBe("4");
    await page.getByRole("button", { name: "Next passage" }).click();
    await expect.poll(() => focusedParagraph(page)).toBe("9");
    await page.getByRole("button", { name: "Previous passage" }).click();
    await expect.poll(() => focusedParagraph(page)).toBe("4");
    // Typing a bracket in the search box types it.
    const box = page.getByRole("searchbox", { name: "Search the statement" });
    await box.focus();
    await page.keyboard.type("[");
    await expect(box).toHaveValue("[");
  });
});

test.describe("a picture of the document", () => {
  test("the minimap has one mark per paragraph, shows matches and the viewport, and jumps", async ({ page }) => {
    await openReader(page, "/?q=iran");
    const map = page.locator(".minimap svg");
    await expect(map).toBeVisible();
    await expect(map).toHaveAttribute("role", "img");
    await expect(map).toHaveAttribute("aria-label", /14 paragraphs, \d+ shown; matches in paragraphs [\d, ]+/);
    await expect(page.locator(".minimap .map-row")).toHaveCount(14);
    // Ticks exactly where the matches are.
    const withHits = await page.locator("p[data-paragraph]:has(mark[data-hit])").evaluateAll((ps) => ps.map((p) => Number(p.getAttribute("data-paragraph")) - 1));
    const ticked = await page.locator(".minimap .map-row:has(.map-hit)").evaluateAll((gs) => gs.map((g) => Number(g.getAttribute("data-index"))));
    expect(ticked).toEqual(withHits);
    await expect(page.locator(".minimap .map-viewport")).toHaveCount(1);
    // Clicking paragraph 10's mark goes there, revealing it though the search filters it out.
    await page.locator('.minimap .map-row[data-index="9"] rect').first().click();
    await expect.poll(() => focusedParagraph(page)).toBe("10");
    await expect(page.locator("#p10")).toBeInViewport();
    await expect(page.locator(".search-notice")).toContainText("paragraph 10");
  });

  test("the viewport outline follows scrolling", async ({ page }) => {
    await openFullReader(page);
    const top = async () => Number(await page.locator(".map-viewport").getAttribute("y"));
    const before = await top();
    await page.locator("#p12").scrollIntoViewIfNeeded();
    await expect.poll(top).toBeGreaterThan(before + 100);
  });

  test("the bar chart has a name and a table of the same figures", async ({ page }) => {
    await openReader(page);
    const chart = page.locator(".theme-chart svg");
    await expect(chart).toHaveAttribute("role", "img");
    await expect(chart).toHaveAttribute("aria-label", /Ukraine and Europe \d+%/);
    await page.locator(".chart-table summary").click();
    await expect(page.locator(".chart-table tbody tr")).toHaveCount(10);
    await expect(page.locator(".chart-table tbody tr").first()).toContainText("Ukraine and Europe");
  });
});

test.describe("entities", () => {
  test("mentions are marked by kind, the text stays verbatim", async ({ page }) => {
    await openReader(page);
    const kinds = await page.locator("[data-entity]").evaluateAll((es) => [...new Set(es.map((e) => e.getAttribute("data-entity")))].sort());
    expect(kinds).toEqual(["date", "instrument", "organisation", "person", "place"]);
    await expect(page.locator('#p1 [data-entity="person"]').first()).toHaveText("Foreign Secretary David Lammy");
    await expect(page.locator('#p8 [data-entity="instrument"]').first()).toHaveText("AUKUS Nations Open General Licence");
    await expect(page.locator('#p2 [data-entity="date"]')).toHaveText("10-11 September 2024");
    const texts = await page.locator("p[data-paragraph]").allTextContents();
    expect(texts.map(normalise)).toEqual(PARAGRAPHS.map(normalise));
  });

  test("choosing an entity filters to its paragraphs and highlights its mentions", async ({ page }) => {
    await openReader(page);
    await page.locator(".entity-index summary").click();
    const starmer = page.locator('[data-entity-link="keir-starmer"]');
    await expect(starmer).toContainText("UK Prime Minister");
    await starmer.click();
    await expect(starmer).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => shown(page)).toEqual([13, 14]);
    await expect(page.locator(".entity.selected")).toHaveText(["Prime Minister Starmer", "Prime Minister Starmer"]);
    await expect(page).toHaveURL(/\?entity=keir-starmer$/);
    await page.getByRole("button", { name: "All entities" }).click();
    await expect.poll(() => shown(page)).toHaveLength(14);
    await expect(page.locator(".entity.selected")).toHaveCount(0);
  });

  test("names are calm by default; one switch colours them, and the page remembers it", async ({ page }) => {
    await openReader(page);
    const mention = page.locator('#p1 [data-entity="person"]').first();
    const shadow = () => mention.evaluate((e) => getComputedStyle(e).boxShadow);
    // Mentions with a shadow, and what would explain any (read in one go).
    const calmness = () =>
      page.evaluate(() => {
        const mentions = [...document.querySelectorAll("p[data-paragraph] [data-entity]")];
        const coloured = mentions.filter((e) => getComputedStyle(e).boxShadow !== "none");
        const first = coloured[0];
        const reader = first?.closest(".reader");
        const attributes = reader ? [...reader.attributes].map((a) => `${a.name}=${a.value}`).join(" ") : "none";
        const why = first
          ? `shadow: ${getComputedStyle(first).boxShadow}; its reader: ${attributes}; readers: ${document.querySelectorAll(".reader").length}; ` +
            `storage: ${JSON.stringify({ ...localStorage })}; lite: ${Boolean(document.querySelector("[data-lite]"))}; animations: ${document.getAnimations().length}`
          : "";
        return { coloured: coloured.length, why };
      });
    const colouredMentions = async () => (await calmness()).coloured;
    // Reading comes first: the mentions are there for hosts and tests, but look like the text.
    await expect(page.locator("p[data-paragraph] [data-entity]").first()).toBeAttached();
    // Seen three times in fresh-clone CI runs (every mention coloured on a fresh profile), never
    // alone; read a moment later, the reader carried neither attribute that colours them. So the
    // count and what explains it are read in one go: the first coloured mention's shadow, the
    // attributes of the reader it sits in, how many readers there are, storage, the lite module.
    const calm = await calmness();
    expect(calm.coloured, calm.why).toBe(0);
    const names = page.locator("[data-names-switch]");
    await expect(names).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator('[data-entity-kind="person"]')).toHaveCount(0);
    await names.click();
    await expect(names).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => shadow()).not.toBe("none");
    await page.reload();
    await expect(page.locator("[data-reader][data-ready]")).toHaveCount(1);
    await expect(page.locator("[data-names-switch]")).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => shadow()).not.toBe("none");
    await page.locator("[data-names-switch]").click();
    await expect.poll(colouredMentions).toBe(0);
  });

  test("the legend switches a kind's colour off and on", async ({ page }) => {
    await openReader(page);
    await page.locator("[data-names-switch]").click();
    const person = page.locator('[data-entity-kind="person"]');
    const mention = page.locator('#p1 [data-entity="person"]').first();
    const shadow = () => mention.evaluate((e) => getComputedStyle(e).boxShadow);
    await expect.poll(() => shadow()).not.toBe("none");
    await person.click();
    await expect(person).toHaveAttribute("aria-pressed", "false");
    await expect.poll(() => shadow()).toBe("none");
    // Other kinds keep theirs.
    await expect.poll(() => page.locator('#p1 [data-entity="place"]').first().evaluate((e) => getComputedStyle(e).boxShadow)).not.toBe("none");
    await person.click();
    await expect.poll(() => shadow()).not.toBe("none");
  });
});

test.describe("glossary", () => {
  test("a term explains itself on keyboard focus and Escape dismisses it", async ({ page }) => {
    await openReader(page, "/#p11");
    await expect.poll(() => focusedParagraph(page)).toBe("11");
    await page.keyboard.press("Tab");
    const term = page.locator("#p11 .term").first();
    await expect(term).toBeFocused();
    await expect(term).toHaveText("kleptocracy");
    const tip = page.getByRole("tooltip");
    await expect(tip).toBeVisible();
    await expect(tip).toContainText("Government by those who use political power");
    // Screen readers get the same definition as the term's description.
    await expect(term).toHaveAccessibleDescription(/kleptocracy: Government by those/);
    await page.keyboard.press("Tab");
    await expect(tip).toContainText("Money raised, moved or hidden unlawfully");
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    // The paragraph text is untouched.
    expect(normalise((await page.locator("#p11").textContent())!)).toBe(normalise(PARAGRAPHS[10]));
  });

  test("hovering a term shows its definition, and the tooltip can be hovered", async ({ page }) => {
    // The tooltip lingers 250 ms after the pointer leaves its term: time is the test's to move.
    await page.clock.install();
    await openReader(page);
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
    const blueLine = page.locator('#p7 .term[data-term="blue-line"]');
    await blueLine.hover();
    const tip = page.getByRole("tooltip");
    await expect(tip).toContainText("line of withdrawal between Lebanon and Israel");
    await tip.hover();
    await page.clock.runFor(1_000);
    await expect(tip).toBeVisible();
    await page.mouse.move(5, 5);
    await page.clock.runFor(100);
    await expect(tip).toBeVisible();
    await page.clock.runFor(300);
    await expect(tip).toBeHidden();
  });
});

test.describe("stances", () => {
  test("a stance shows the sentences that perform it, with the verb emphasised", async ({ page }) => {
    await openReader(page);
    await page.locator('[data-stance-link="condemnation"]').click();
    await expect.poll(() => shown(page)).toEqual([4, 5]);
    await expect(page.locator(".act.on")).toHaveText(["condemned", "condemned"]);
    await expect(page.locator("#p4 .sentence.on-theme")).toHaveCount(1);
    await expect(page).toHaveURL(/\?stance=condemnation$/);
    // With a theme: the sentence must carry both.
    await page.locator('[data-theme-link="iran"]').click();
    await expect.poll(() => shown(page)).toEqual([5]);
    await expect(page).toHaveURL(/\?theme=iran&stance=condemnation$/);
  });
});

test.describe("phones", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("stances, names and the chart fold into a drawer", async ({ page }) => {
    await openReader(page);
    const toggle = page.locator(".drawer-toggle");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.locator('[data-stance-link="call"]')).toBeHidden();
    await expect(page.locator('[data-theme-link="china"]')).toBeAttached();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    // Nothing in the drawer widens the page.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await page.locator('[data-stance-link="call"]').click();
    await expect.poll(() => shown(page)).toEqual([7, 9]);
    await expect(page.locator(".minimap svg")).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
  });
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe reports no violations with every lens on and a definition open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openReader(page, "/?theme=ukraine-europe&stance=commitment&entity=ukraine&q=support");
    await page.locator(".entity-index summary").click();
    await page.locator("[data-names-switch]").click();
    await page.locator('[data-entity-kind="date"]').click();
    await page.locator("#p4 .term").first().hover();
    await expect(page.getByRole("tooltip")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe("a shared link to a lens", () => {
  // Each is shown from the first frame that shows any text: no frame shows the whole statement
  // (or other sentences dimmed) before the reader draws the lens, on the page and in a widget.
  const LINKS: [string, number[]][] = [
    ["theme=china", [4, 9]],
    ["stance=condemnation", []],
    ["entity=russia", []],
    ["theme=ukraine-europe&stance=commitment", []],
  ];
  for (const [lens, expected] of LINKS) {
    test(`?${lens} shows the lens from the first paint`, async ({ page }) => {
      await page.addInitScript(recordFrames);
      await page.goto(`/?${lens}`);
      const { wrong, last, firstText } = await lensFrames(page);
      expect(wrong, "frames that showed text without the lens").toEqual([]);
      // The reader agrees with what was shown (a lens that shows every paragraph would prove nothing).
      expect(last.shown).toEqual(await shown(page));
      expect(last.shown.length).toBeGreaterThan(0);
      expect(last.shown.length).toBeLessThan(14);
      if (expected.length) expect(last.shown).toEqual(expected);
      expect(firstText?.ready, "the lens was shown before the reader was ready").toBe(false);
    });
  }

  test("a widget's lens attributes show from the first paint too", async ({ page }) => {
    await page.route("**/embed-prerendered.html", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("<statement-reader", '<statement-reader stance="concern" entity="china"');
      await route.fulfill({ response, body });
    });
    await page.addInitScript(recordFrames);
    await page.goto("/embed-prerendered.html");
    const { wrong, last, firstText } = await lensFrames(page);
    expect(wrong, "frames that showed text without the lens").toEqual([]);
    const widget = page.locator("statement-reader");
    expect(last.shown).toEqual(await widget.locator("p[data-paragraph]:not([hidden])").evaluateAll((ps) => ps.map((p) => Number(p.getAttribute("data-paragraph")))));
    expect(last.shown.length).toBeGreaterThan(0);
    expect(last.shown.length).toBeLessThan(14);
    expect(firstText?.ready).toBe(false);
  });

  test("a #pN link to a paragraph the lens hides shows the whole statement from the first paint", async ({ page }) => {
    // The reader switches such a lens off (and says so): the first frames never hide the target.
    await page.addInitScript(recordFrames);
    await page.goto("/?theme=africa#p9");
    const { wrong, last, frames } = await lensFrames(page);
    expect(wrong).toEqual([]);
    expect(last.shown).toHaveLength(14);
    // (While the page streams in, its text may wait, wholly hidden, for its end.)
    expect(frames.filter((f) => f.shown.length > 0 && f.present.includes(9) && !f.shown.includes(9))).toEqual([]);
    await expect(page.locator("#p9")).toBeFocused();
  });

  test("an id the reader does not know hides nothing before or after", async ({ page }) => {
    await page.addInitScript(recordFrames);
    await page.goto("/?theme=atlantis");
    const { wrong, last } = await lensFrames(page);
    expect(wrong).toEqual([]);
    expect(last.shown).toHaveLength(14);
  });
});

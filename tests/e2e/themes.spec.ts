import { test, expect, openReader, axeViolations, type Page } from "./fixtures";

const shown = (page: Page) =>
  page.locator("p[data-paragraph]:not([hidden])").evaluateAll((ps) => ps.map((p) => Number(p.getAttribute("data-paragraph"))));

test.describe("themes", () => {
  test("every paragraph carries its theme ids", async ({ page }) => {
    await openReader(page);
    const themes = await page.locator("p[data-paragraph]").evaluateAll((ps) => ps.map((p) => p.getAttribute("data-themes")));
    expect(themes[8]).toBe("indo-pacific china");
    expect(themes[5]).toBe("iran");
    expect(themes.every((t) => t !== null)).toBe(true);
  });

  test("a theme link shows only its paragraphs; pressing it again shows all", async ({ page }) => {
    await openReader(page);
    const china = page.locator('[data-theme-link="china"]');
    await expect(china).toHaveAttribute("aria-pressed", "false");
    await china.click();
    await expect(china).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => shown(page)).toEqual([4, 9]);
    // Shown paragraphs are exactly those tagged with the theme.
    const tagged = await page.locator("p[data-paragraph]").evaluateAll((ps) =>
      ps.filter((p) => (p.getAttribute("data-themes") ?? "").split(" ").includes("china")).map((p) => Number(p.getAttribute("data-paragraph"))));
    await expect.poll(() => shown(page)).toEqual(tagged);
    // Sentences on the theme stand out; the others recede.
    await expect(page.locator("#p4 .sentence.on-theme")).toHaveCount(1);
    await expect(page.locator("#p4 .sentence.off-theme")).toHaveCount(5);
    await expect(page).toHaveURL(/\?theme=china$/);
    await expect(page.locator(".paragraph-index li.filtered-out")).toHaveCount(12);
    await china.click();
    await expect.poll(() => shown(page)).toHaveLength(14);
    await expect(page.locator(".sentence.off-theme")).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });

  test("?theme= combines with the search", async ({ page }) => {
    await openReader(page, "/?theme=china&q=taiwan");
    await expect(page.locator('[data-theme-link="china"]')).toHaveAttribute("aria-pressed", "true");
    await expect.poll(() => shown(page)).toEqual([9]);
    await expect(page.locator("[data-hit-count]")).toHaveText("1 of 1");
    await page.getByRole("searchbox", { name: "Search the statement" }).fill("russia");
    await expect.poll(() => shown(page)).toEqual([4]);
    await expect(page.locator("[data-hit-count]")).toHaveText("1 of 3");
    await page.getByRole("button", { name: "All themes" }).click();
    await expect.poll(() => shown(page)).toEqual([4, 5]);
  });

  test("an unknown or malformed theme is ignored", async ({ page }) => {
    for (const bad of ["atlantis", "<b>", "%E0%A4%A", ""]) {
      await openReader(page, `/?theme=${bad}`);
      await expect.poll(() => shown(page)).toHaveLength(14);
    }
  });

  test("theme links work by keyboard", async ({ page }) => {
    await openReader(page);
    await page.locator('[data-theme-link="africa"]').focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => shown(page)).toEqual([10]);
    await page.keyboard.press("Space");
    await expect.poll(() => shown(page)).toHaveLength(14);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe reports no violations with a theme selected (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openReader(page, "/?theme=ukraine-europe");
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

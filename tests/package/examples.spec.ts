import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

// The examples install the package from the tarball `cargo xtask release` wrote, set attributes
// and listen to `statement-reader:search`: the reader renders, and the host hears the event.
const PLAIN = `http://127.0.0.1:${process.env.PLAIN_PORT ?? 4181}`;
const REACT = `http://127.0.0.1:${process.env.REACT_PORT ?? 4182}`;
const paragraphs = readFileSync(new URL("../../content/uk-us-strategic-dialogue-2024.txt", import.meta.url), "utf8").split("\n").filter((l) => l.trim()).length - 1;

function noErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

const inReader = (page: Page, selector: string) => page.locator(`statement-reader ${selector}`);

for (const [name, origin] of [["plain HTML", PLAIN], ["React 19 + Vite", REACT]]) {
  test(`the ${name} example renders the reader from the package and hears its search`, async ({ page }) => {
    const errors = noErrors(page);
    await page.goto(`${origin}/index.html`);
    await expect(inReader(page, "[data-reader][data-ready]")).toHaveCount(1);
    await expect(inReader(page, "p[data-paragraph]")).toHaveCount(paragraphs);
    await expect(inReader(page, "[data-attribution]")).toContainText("Open Government Licence v3.0");
    // Its attributes: a search for "iran" within the Iran theme.
    await expect(inReader(page, "[data-hit-count]")).toHaveText(/of \d+/);
    // The host hears the settled search…
    await expect(page.locator("#matches")).toHaveText(/^\d+ for “iran”$/);
    // …and again when the reader types (within the Iran theme, where Russia is named).
    await inReader(page, "input[type=search]").fill("russia");
    await expect(page.locator("#matches")).toHaveText(/^\d+ for “russia”$/);
    expect(Number((await page.locator("#matches").textContent())!.split(" ")[0])).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
}

test("in the React example a prop change reaches the element's attribute and the reader", async ({ page }) => {
  await page.goto(`${REACT}/index.html`);
  await expect(inReader(page, "[data-reader][data-ready]")).toHaveCount(1);
  await page.getByRole("combobox", { name: "Theme" }).selectOption("china");
  await expect(page.locator("statement-reader")).toHaveAttribute("theme", "china");
  await expect(inReader(page, '[data-theme-link="china"]')).toHaveAttribute("aria-pressed", "true");
});

test("the plain example's element reflects attributes as properties", async ({ page }) => {
  await page.goto(`${PLAIN}/index.html`);
  const props = await page.evaluate(() => {
    const reader = document.querySelector("statement-reader") as HTMLElement & { q: string | null; matchCase: boolean; theme: string | null };
    const before = { q: reader.q, matchCase: reader.matchCase, theme: reader.theme };
    reader.matchCase = true;
    return { before, attribute: reader.getAttribute("match-case"), after: reader.matchCase };
  });
  expect(props).toEqual({ before: { q: "iran", matchCase: false, theme: "iran" }, attribute: "", after: true });
});

import { throttledPage } from "./first-touch.mjs";

// What each frame shows of the statement, from the first one: for a shared link to a lens, whether
// any frame showed the text unfiltered (the e2e test and `cargo xtask bench` both use it).

/** Runs in the page from its start (`page.addInitScript(recordFrames)`): before each frame, which
 * paragraphs are visible and which sentences are dimmed (drawn in another colour than their
 * paragraph), in the page or the first `<statement-reader>`'s shadow root, into
 * `window.statementFrames`, until a few frames after the reader is ready. */
export function recordFrames() {
  const frames = [];
  window.statementFrames = frames;
  let readyFrames = 0;
  const sample = () => {
    const root = document.querySelector("statement-reader")?.shadowRoot ?? document;
    const paragraphs = [...root.querySelectorAll("p[data-paragraph]")];
    const shown = paragraphs.filter((p) => p.checkVisibility({ visibilityProperty: true }));
    const dimmed = shown.flatMap((p) => {
      const colour = getComputedStyle(p).color;
      return [...p.querySelectorAll(".sentence")].filter((s) => getComputedStyle(s).color !== colour).map((s) => s.dataset.sentence);
    });
    const ready = root.querySelector("[data-reader][data-ready]") !== null;
    if (paragraphs.length) {
      const numbers = (ps) => ps.map((p) => Number(p.dataset.paragraph));
      frames.push({ at: performance.now(), ready, present: numbers(paragraphs), shown: numbers(shown), dimmed });
    }
    if (ready) readyFrames += 1;
    if (readyFrames < 5) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/** The frames recorded on `page` once the reader is ready, and how they compare with what the
 * ready reader shows: `wrong` lists each frame that showed text but not the lens's view (of the
 * paragraphs that had arrived: on a slow network the first frames show the page's start). */
export async function lensFrames(page) {
  await page.waitForFunction(() => (window.statementFrames ?? []).filter((f) => f.ready).length >= 5, null, { timeout: 60_000 });
  const frames = await page.evaluate(() => window.statementFrames);
  const last = frames[frames.length - 1];
  const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  const paragraphOf = (sentence) => Number(/^p(\d+)s/.exec(sentence)?.[1]);
  const right = (f) =>
    same(f.shown, last.shown.filter((p) => f.present.includes(p))) &&
    same(f.dimmed, last.dimmed.filter((s) => f.shown.includes(paragraphOf(s))));
  const wrong = frames.filter((f) => f.shown.length > 0 && !right(f));
  const firstText = frames.find((f) => f.shown.length > 0);
  return { frames, last, wrong, firstText };
}

/** A shared link to a lens, fresh-loaded `loads` times on `profile` (first-touch.mjs's
 * `PROFILES`) at phone size: the frames that showed text without the lens (worst load), and when
 * the lens was first shown, from navigation (median). `route` rewrites the page first (a widget's
 * attributes). */
export async function measureLensLink(browser, url, profile, { loads = 3, route = null } = {}) {
  const unfiltered = [];
  const shownAt = [];
  for (let i = 0; i < loads; i++) {
    const { context, page } = await throttledPage(browser, profile);
    if (route) await page.route(route.match, route.handle);
    await page.addInitScript(recordFrames);
    await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
    const { frames, wrong } = await lensFrames(page);
    unfiltered.push(wrong.length);
    // The first frame from which every frame shows the lens's view.
    const lastWrong = wrong.length ? frames.indexOf(wrong[wrong.length - 1]) : -1;
    shownAt.push(Math.round(frames[lastWrong + 1].at));
    await context.close();
  }
  const median = [...shownAt].sort((a, b) => a - b)[Math.floor(loads / 2)];
  return { unfiltered: Math.max(...unfiltered), shownAt: median, all: shownAt };
}

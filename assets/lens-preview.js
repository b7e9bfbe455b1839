// Shared by the page's head script (scheme.js) and the widget's script (statement-reader.js):
// `cargo xtask dist` writes this file into both, where they name it.
//
// A shared link to a lens (`?theme=`, `?stance=`, `?entity=`, or a widget's attributes) shows
// the lens from the first paint, long before the reader is loaded: until the reader is ready
// (`[data-ready]`, when it draws the lens itself, in the same frame), a constructed stylesheet
// hides the paragraphs the lens leaves out, dims the sentences outside it and emphasises its
// verbs, mentions and links, as the reader does (`hidden`, `.off-theme`, `.act.on`,
// `.entity.selected`, `[aria-pressed]` in styles/reader.css). It reads only what is prerendered:
// each sentence's `data-themes`, its verbs' `.act[data-stance]` and the mentions'
// `[data-entity-id]`, with the reader's rule (`app::lenses::LensView`): a paragraph passes when
// one of its sentences has the theme and performs the stance, and it mentions the entity. An id
// this reader has no link or mention for changes nothing, as in the reader.
// The lite module shows a lens tapped before the full reader is there the same way, with its
// own `scope` (`[data-reader][data-lens-preview]`), and sets `hidden` on the paragraphs that
// match `leavesOut`. (The CSP's `style-src 'self'` forbids inline styles, not constructed stylesheets.)
// Returns `{ sheet, leavesOut }`, or null when no lens is asked for. `leavesOut` selects the
// paragraphs the sheet hides, without the sheet's conditions on the reader (the page parsed, the
// ids known): the lite module, which asks it once the page is parsed and of ids read off its
// links, then matches each paragraph alone (with the conditions, each match asked the whole
// reader again: 4.5 ms for the 14 paragraphs at 4× CPU, measured alone; ~1.5 ms of a tap).
function lensPreview({ theme, stance, entity, target }, scope = "[data-reader]:not([data-ready])") {
  const id = (value) => (/^[a-z0-9][a-z0-9-]{0,63}$/.test(value ?? "") ? value : null);
  [theme, stance, entity] = [id(theme), id(stance), id(entity)];
  if (!(theme || stance || entity)) return null;
  // While the page streams in, the text waits for its end (`[data-attribution]` follows the last
  // paragraph): only then can a paragraph, and whether an id is known, be told.
  let reader = `${scope}:has([data-attribution])`;
  if (theme) reader += `:has([data-theme-link="${theme}"])`;
  if (stance) reader += `:has([data-stance-link="${stance}"])`;
  if (entity) reader += `:has([data-entity-id="${entity}"])`;
  const hasTheme = theme ? `[data-themes~="${theme}"]` : "";
  const verb = stance ? `.act[data-stance="${stance}"]` : "";
  // A paragraph's sentence in the lens (`:has` cannot hold another `:has`: the verb is found as
  // the sentence's descendant).
  let passes = theme || stance ? `:has(.sentence${hasTheme} ${verb})` : "";
  if (entity) passes += `:has([data-entity-id="${entity}"])`;
  // A `#pN` link to a paragraph the lens hides switches the lens off (as the reader does): none
  // is shown unless the target passes.
  if (/^p\d{1,4}$/.test(target ?? "")) {
    if (theme || stance) reader += `:has(#${target} .sentence${hasTheme} ${verb})`;
    if (entity) reader += `:has(#${target} [data-entity-id="${entity}"])`;
  }
  const leavesOut = `.para:not(${passes})`;
  const hides = `${reader} ${leavesOut}`;
  const rules = [`${scope}:not(:has([data-attribution])) .para { visibility: hidden; }`, `${hides} { display: none; }`];
  if (theme || stance) {
    rules.push(`${reader} .sentence:not(${hasTheme}${verb ? `:has(${verb})` : ""}) { color: var(--muted); }`);
  }
  if (stance) {
    rules.push(`${reader} ${verb} { font-weight: 700; text-decoration: underline; text-decoration-color: var(--accent); text-decoration-thickness: 0.12em; text-underline-offset: 0.2em; }`);
  }
  if (entity) {
    rules.push(`${reader} [data-entity-id="${entity}"] { background: color-mix(in srgb, var(--kind) 26%, transparent); outline: 2px solid var(--kind); outline-offset: 1px; }`);
  }
  // Its passage and "All themes" buttons show (`.lens-actions`, prerendered hidden), so nothing
  // below them moves when the reader takes over.
  if (theme) rules.push(`${reader} .theme-nav:not(.stance-nav) > .lens-actions { display: flex; }`);
  if (stance) rules.push(`${reader} .stance-nav > .lens-actions { display: flex; }`);
  // Its links look pressed (`.theme-link[aria-pressed="true"]`; the reader presses them once ready).
  const links = [theme && `[data-theme-link="${theme}"]`, stance && `[data-stance-link="${stance}"]`].filter(Boolean);
  if (links.length) {
    rules.push(`${reader} :is(${links}) { color: var(--accent-text); background: var(--accent); border-color: var(--accent); font-weight: 600; }`);
    rules.push(`${reader} :is(${links}) .theme-count { color: inherit; }`);
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join("\n"));
  return { sheet, leavesOut };
}

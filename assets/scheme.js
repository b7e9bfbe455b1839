// Runs before first paint: applies the saved colour scheme (so a dark choice never flashes light),
// marks the page as scripted (so controls that need JavaScript are shown), and shows a lens the
// address asks for (so a shared link never flashes the whole statement).
// `lensPreview` (assets/lens-preview.js; `cargo xtask dist` writes it in):
// __LENS_PREVIEW__
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var saved = JSON.parse(window.localStorage.getItem("statement-reader:color-scheme"));
    if (saved === "light" || saved === "dark") root.setAttribute("data-color-scheme", saved);
  } catch (_) {
    // Storage blocked or unreadable: follow the system preference.
  }
  try {
    // For the lite module (crates/lite): a lens tapped before the full reader is there.
    window.statementReaderLensPreview = lensPreview;
    var params = new URLSearchParams(location.search);
    var lens = lensPreview({ theme: params.get("theme"), stance: params.get("stance"), entity: params.get("entity"), target: location.hash.slice(1) });
    if (lens) document.adoptedStyleSheets = document.adoptedStyleSheets.concat(lens.sheet);
  } catch (_) {
    // No lens preview (an unbuilt page, an old browser): the reader applies the lens once ready.
  }
})();

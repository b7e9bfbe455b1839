// Runs before first paint: applies the saved colour scheme (so a dark choice never flashes light)
// and marks the page as scripted (so controls that need JavaScript are shown).
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var saved = JSON.parse(window.localStorage.getItem("statement-reader:color-scheme"));
    if (saved === "light" || saved === "dark") root.setAttribute("data-color-scheme", saved);
  } catch (_) {
    // Storage blocked or unreadable: follow the system preference.
  }
})();

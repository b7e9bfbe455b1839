// The demo page's own behaviour: fill in and copy the snippet, and log the readers' events.
// The script tag pins the widget by Subresource Integrity (the build fills in its hash); the
// widget fetches everything else it loads with theirs.
const script = new URL("./statement-reader.js", import.meta.url).href;
const integrity = "__WIDGET_SRI__";
const snippet = `<script type="module" src="${script}" integrity="${integrity}" crossorigin="anonymous"></script>\n<statement-reader theme="china" q="taiwan"></statement-reader>`;
const box = document.getElementById("snippet");
const status = document.getElementById("copy-status");
box.value = snippet;

document.getElementById("copy-snippet").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(snippet);
    status.textContent = "Copied.";
  } catch {
    box.focus();
    box.select();
    status.textContent = "Press Ctrl+C (⌘C) to copy the selected snippet.";
  }
});

const log = document.getElementById("event-log");
for (const name of ["ready", "search", "lens", "error"]) {
  document.addEventListener(`statement-reader:${name}`, (event) => {
    const line = `${event.target.id}: ${name} ${JSON.stringify(event.detail)}`;
    log.textContent = `${line}\n${log.textContent}`.split("\n").slice(0, 6).join("\n");
  });
}

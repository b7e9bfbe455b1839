// The host listens to the reader's events (bubbling and composed) and sets its attributes
// through properties that reflect them.
const reader = document.getElementById("reader");
const matches = document.getElementById("matches");
reader.addEventListener("statement-reader:search", (event) => {
  matches.textContent = `${event.detail.total} for “${event.detail.query}”`;
});
reader.addEventListener("statement-reader:ready", () => {
  document.body.dataset.readerReady = "";
});

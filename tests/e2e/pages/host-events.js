// The host's own behaviour on the integrity test page: a counter that must keep working, and
// every reader event it hears, kept for the test.
window.heard = [];
for (const name of ["ready", "search", "lens", "error"]) {
  document.addEventListener(`statement-reader:${name}`, (event) => {
    window.heard.push({ name, id: event.target.id, detail: event.detail });
  });
}
const count = document.getElementById("host-count");
document.getElementById("host-button").addEventListener("click", () => {
  count.textContent = String(Number(count.textContent) + 1);
});

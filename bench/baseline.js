// The baseline the reader must beat: what people build instead — the same text as static HTML,
// mark.js highlighting and a plain filter (a paragraph is shown when its text contains every term).
(function () {
  var input = document.querySelector("input[type=search]");
  var paragraphs = Array.prototype.slice.call(document.querySelectorAll("p[data-paragraph]"));
  var marker = new Mark(document.querySelector("main"));
  var counter = document.querySelector("[data-hit-count]");
  function terms(query) {
    var out = [];
    query.replace(/"([^"]*)"?|(\S+)/g, function (_, phrase, word) {
      var t = (phrase || word || "").trim();
      if (t) out.push(t);
    });
    return out;
  }
  input.addEventListener("input", function () {
    var list = terms(input.value);
    var fold = function (s) { return s.toLowerCase().replace(/[’‘]/g, "'"); };
    var lowered = list.map(fold);
    marker.unmark();
    paragraphs.forEach(function (p) {
      var text = fold(p.textContent);
      p.hidden = !lowered.every(function (t) { return text.indexOf(t) !== -1; });
    });
    var count = 0;
    if (list.length) {
      var variants = [];
      list.forEach(function (t) {
        variants.push(t);
        if (t.indexOf("'") !== -1) variants.push(t.replace(/'/g, "’"));
      });
      marker.mark(variants, {
        separateWordSearch: false,
        diacritics: true,
        accuracy: "partially",
        exclude: ["[hidden] *"],
        each: function () { count++; },
      });
    }
    counter.textContent = list.length ? count + " matches" : "";
  });
})();

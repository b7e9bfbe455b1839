
// Written at the end of the full reader's glue by `cargo xtask dist` (assets/extract/load.js):
// a web page or a PDF opened in the reader is read by an extractor, imported only then, pinned
// by its integrity hash (this glue is pinned by the loader that imported it, so a host that pins
// its script pins these too). The reader calls it (src/ui/browser/extract.rs) with "html" (a
// saved page), "fragment" (pasted HTML) or "pdf" and the bytes, and gets JSON for the core.
globalThis[Symbol.for("statement-reader:extract")] ??= (() => {
  const pinned = (name, integrity) => ({ url: new URL(name, import.meta.url), integrity });
  const HTML = pinned("./__EXTRACT_HTML__", "__SRI_EXTRACT_HTML__");
  const PDF = pinned("./__EXTRACT_PDF__", "__SRI_EXTRACT_PDF__");
  const PDF_WORKER = pinned("./__EXTRACT_PDF_WORKER__", "__SRI_EXTRACT_PDF_WORKER__");
  // Checked against its hash first; the import (or the worker) then reads the checked copy.
  const check = async (file) => {
    const name = file.url.pathname.split("/").pop();
    const response = await fetch(file.url, { integrity: file.integrity }).catch(() => {
      throw new Error(`${name} could not be loaded, or does not match the integrity hash it was built with`);
    });
    if (!response.ok) throw new Error(`${name} could not be loaded (${response.status} ${response.statusText})`);
  };
  return async (format, bytes) => {
    const pdf = format === "pdf";
    await check(pdf ? PDF : HTML);
    const module = await import(/* @vite-ignore */ (pdf ? PDF : HTML).url.href);
    if (!pdf) return module.extractHtml(bytes, { fragment: format === "fragment" });
    await check(PDF_WORKER);
    return module.extractPdf(bytes, PDF_WORKER.url.href);
  };
})();

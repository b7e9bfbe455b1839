// The PDF extractor: reads a PDF's text layer with Mozilla's pdf.js into what
// `crates/core/src/pdf_text.rs` makes a statement of (each page's text items and where they sit).
// `cargo xtask dist` bundles it into `extract-pdf-HASH.js` (pdf.js's parser runs in its worker,
// `extract-pdf-worker-HASH.js`, from the reader's own origin); the loaders import it (pinned)
// only when a PDF is opened. No eval (the strict CSP), no fonts loaded, nothing drawn.
import { getDocument, GlobalWorkerOptions } from "pdfjs-dist";

/** The text layer of a PDF (`bytes`), as JSON for `pdf_text::PdfExtract`, or `{"error": …}`. */
export async function extractPdf(bytes, workerUrl) {
  GlobalWorkerOptions.workerSrc = workerUrl;
  const loading = getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let pdf;
  try {
    pdf = await loading.promise;
  } catch (error) {
    const message =
      error?.name === "PasswordException"
        ? "This PDF is protected by a password; the reader cannot open it. Open an unprotected copy, or paste its text."
        : `This PDF could not be read (${error?.message ?? error}): is it damaged or incomplete?`;
    loading.destroy();
    return JSON.stringify({ error: message });
  }
  try {
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [left, bottom, , top] = page.view;
      const { items } = await page.getTextContent();
      pages.push({
        height: top - bottom,
        items: items
          .filter((item) => typeof item.str === "string" && item.str.trim())
          .map((item) => ({
            s: item.str,
            x: item.transform[4] - left,
            y: item.transform[5] - bottom,
            w: item.width,
            h: Math.hypot(item.transform[2], item.transform[3]) || item.height,
          })),
      });
      page.cleanup();
    }
    const info = (await pdf.getMetadata().catch(() => null))?.info;
    return JSON.stringify({ pages, title: typeof info?.Title === "string" ? info.Title : "" });
  } catch (error) {
    return JSON.stringify({ error: `This PDF could not be read (${error?.message ?? error}): is it damaged or incomplete?` });
  } finally {
    loading.destroy();
  }
}

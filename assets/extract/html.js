// The page extractor: reads a saved web page into what `crates/core/src/web_page.rs` makes a
// statement of. `cargo xtask dist` bundles it with Mozilla's Readability into
// `extract-html-HASH.js`, which the loaders import (pinned) only when a web page is opened.
//
// The page is parsed inertly: a `DOMParser` document has no browsing context, so none of its
// scripts runs and none of its images, styles or fonts is fetched. Only text leaves this file.
import { Readability } from "@mozilla/readability";
import rules from "../../data/web-pages.json";

// Blocks whose text is a paragraph; containers count when they hold text but no such block.
const BLOCKS = "p, li, blockquote, h2, h3, h4, h5, h6, pre, dd, dt, td, th, address, figcaption";
const CONTAINERS = "div, section, article, main, body";

// The character set a saved page declares (a BOM, `<meta charset>` or `http-equiv`), else UTF-8.
function decode(bytes) {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

// A start tag (with quoted or bare attribute values; bounded, so a malformed page cannot make the
// match slow), and the attributes in it that would make a
// browser do something with the page: run a handler, apply a style, fetch a resource.
const START_TAG = /<[a-zA-Z][^\s/>]{0,64}(?:\s+[^\s=/>]{1,256}(?:\s*=\s*(?:"[^"]{0,8192}"|'[^']{0,8192}'|[^\s>]{0,8192}))?){0,256}\s*\/?>/g;
const ACTIVE_ATTRIBUTE = /(\s)(on[a-z]+|style|src|srcset|background|poster|data|action|formaction|ping)(?=\s*=|\s|\/?>)/gi;

// The page with those attributes renamed before it is parsed, and without its style sheets. The parse is inert already (a
// `DOMParser` document runs no script and fetches nothing); this is defence in depth, and it
// keeps the reader's CSP from reporting handlers and styles it never meant to apply.
// Style sheets go whole (an inert document still checks them against the CSP).
const inert = (html) =>
  html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, "").replace(START_TAG, (tag) => tag.replace(ACTIVE_ATTRIBUTE, "$1data-inert-$2"));

const textOf = (element) => element?.textContent.replace(/\s+/g, " ").trim() ?? "";

// The text blocks of `root`, in document order: the innermost blocks, and text sitting directly
// in a container beside them (a `<div>` of text with `<br>`s).
function blocksOf(root) {
  for (const br of root.querySelectorAll("br")) br.replaceWith(" ");
  const out = [];
  const walk = (element) => {
    const blocks = element.querySelectorAll(`${BLOCKS}, ${CONTAINERS}`);
    if (blocks.length === 0 || (element.matches(BLOCKS) && !element.querySelector(BLOCKS))) {
      const text = textOf(element);
      if (text) out.push(text);
      return;
    }
    let loose = "";
    for (const child of element.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE && child.matches(`${BLOCKS}, ${CONTAINERS}`)) {
        if (loose.trim()) out.push(loose.replace(/\s+/g, " ").trim());
        loose = "";
        walk(child);
      } else if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.ELEMENT_NODE) {
        loose += child.textContent;
      }
    }
    if (loose.trim()) out.push(loose.replace(/\s+/g, " ").trim());
  };
  walk(root);
  return out;
}

// The first element a list of selectors finds that holds text.
const firstWithText = (doc, selectors) =>
  selectors.map((selector) => doc.querySelector(selector)).find((element) => textOf(element));

/** The statement in a saved page (`bytes`), as JSON for `web_page::PageExtract`; a `fragment`
 * (HTML pasted from a page) is all statement, without a search for the main content. */
export function extractHtml(bytes, { fragment = false } = {}) {
  const doc = new DOMParser().parseFromString(inert(decode(bytes)), "text/html");
  const meta = {};
  for (const tag of doc.querySelectorAll("meta[content]")) {
    const key = tag.getAttribute("property") ?? tag.getAttribute("name") ?? tag.getAttribute("itemprop");
    if (key && !(key in meta)) meta[key] = tag.getAttribute("content");
  }
  const found = {
    headline: textOf(firstWithText(doc, rules.headline)),
    documentTitle: textOf(doc.querySelector("title")),
    meta,
    canonical: doc.querySelector("link[rel~='canonical'][href]")?.getAttribute("href") ?? "",
    jsonLd: [...doc.querySelectorAll("script[type='application/ld+json']")].map((s) => s.textContent),
    // Where a page states its licence: its footer (gov.uk's says "Open Government Licence v3.0").
    licenceText: [...doc.querySelectorAll("footer, [role='contentinfo'], .govuk-footer, [rel='license']")]
      .map(textOf)
      .join(" "),
  };
  for (const selector of rules.furniture) for (const element of doc.querySelectorAll(selector)) element.remove();
  let content = fragment ? doc.body : firstWithText(doc, rules.content);
  if (!content) {
    // No template we know: Readability finds the article (it takes the document apart, so a copy).
    const article = new Readability(doc.cloneNode(true), { charThreshold: 140 }).parse();
    if (article?.content) {
      content = new DOMParser().parseFromString(inert(article.content), "text/html").body;
      Object.assign(found, { title: article.title ?? "", siteName: article.siteName ?? "", publishedTime: article.publishedTime ?? "" });
    }
  }
  // A page too short for Readability (a statement of a few lines): its body.
  content ??= doc.body;
  return JSON.stringify({ ...found, blocks: content ? blocksOf(content) : [] });
}

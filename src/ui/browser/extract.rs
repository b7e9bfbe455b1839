//! Reading any statement's bytes: text and JSON by the core alone; a web page or a PDF first by
//! its extractor, which the loaders import (pinned) only then (`assets/loading.js`,
//! `assets/extract/`), and whose JSON the core makes a document of.

use wasm_bindgen::{JsCast, JsValue};

use crate::core::formats::{document_json, extracted_format, parse_document, parse_extracted, parse_text, Format};
use crate::core::Document;

/// Where an opened statement's bytes come from.
pub enum ReadFrom {
    File(web_sys::File),
    /// Pasted: the clipboard's HTML (its paragraphs, without styles or inline markup) when it
    /// had any, else its plain text (a paragraph a line).
    Paste {
        html: String,
        text: String,
    },
}

/// Reads an opened statement: the document and the text to keep for a reload.
pub async fn read_opened(from: ReadFrom) -> Result<(Document, String), String> {
    match from {
        ReadFrom::File(file) => {
            let (name, media_type) = (file.name(), file.type_());
            read_document(super::clipboard::file_bytes(file).await?, &name, &media_type).await
        }
        ReadFrom::Paste { html, .. } if html.chars().any(|c| !c.is_whitespace()) => {
            extracted(Extractor::Fragment, html.as_bytes()).await
        }
        ReadFrom::Paste { text, .. } => parse_text(&text).map(kept_as_json).map_err(|e| e.to_string()),
    }
}

/// Fetches a statement (`?src=`, a widget's `src`, a comparison's address): the document and
/// its address.
pub async fn fetch_statement(src: &str) -> Result<(Document, String), String> {
    let (bytes, url, media_type) = super::fetch_document(src).await?;
    let (document, _) = read_document(bytes, &url, &media_type).await?;
    Ok((document, url))
}

/// The document in `bytes` (read from `name`, served as `media_type` if known), and the text to
/// keep for a reload (`formats::parse_kept` reads it back).
pub async fn read_document(bytes: Vec<u8>, name: &str, media_type: &str) -> Result<(Document, String), String> {
    let Some(format) = extracted_format(&bytes, name, media_type) else {
        let document = parse_document(&bytes, name).map_err(|e| e.to_string())?;
        return Ok((document, String::from_utf8_lossy(&bytes).into_owned()));
    };
    if bytes.len() > crate::core::formats::MAX_EXTRACTED_BYTES {
        return Err(crate::core::formats::LoadError::TooLarge {
            bytes: bytes.len(),
            limit: crate::core::formats::MAX_EXTRACTED_BYTES,
        }
        .to_string());
    }
    extracted(if format == Format::Pdf { Extractor::Pdf } else { Extractor::Page }, &bytes).await
}

/// The document an extractor finds in `bytes`, kept as the reader's JSON (it is not read again).
async fn extracted(extractor: Extractor, bytes: &[u8]) -> Result<(Document, String), String> {
    let format = if extractor == Extractor::Pdf { Format::Pdf } else { Format::Html };
    let json = extract(extractor, bytes).await?;
    parse_extracted(format, &json).map(kept_as_json).map_err(|e| e.to_string())
}

/// A document with the text to keep it by for a reload: the reader's JSON.
fn kept_as_json(document: Document) -> (Document, String) {
    let kept = document_json(&document);
    (document, kept)
}

/// Which extractor, by the name the loaders know it by.
#[derive(Clone, Copy, PartialEq)]
enum Extractor {
    /// A whole saved page: its main content, without the site around it.
    Page,
    /// Pasted HTML: all of it is the statement.
    Fragment,
    Pdf,
}

/// Runs the loaders' extractor: JSON for `formats::parse_extracted`.
async fn extract(extractor_kind: Extractor, bytes: &[u8]) -> Result<String, String> {
    let what = match extractor_kind {
        Extractor::Pdf => "PDF",
        Extractor::Page => "web page",
        Extractor::Fragment => "pasted text",
    };
    let unavailable = |why: String| format!("The {what} could not be read: {why}");
    let key = js_sys::Symbol::for_("statement-reader:extract");
    let extractor = js_sys::Reflect::get(&js_sys::global(), &key)
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| unavailable("this copy of the reader has no extractor for it.".into()))?;
    let kind = JsValue::from_str(match extractor_kind {
        Extractor::Pdf => "pdf",
        Extractor::Page => "html",
        Extractor::Fragment => "fragment",
    });
    let promise = extractor
        .call2(&JsValue::UNDEFINED, &kind, &js_sys::Uint8Array::from(bytes))
        .map_err(|e| unavailable(error_text(&e)))?;
    let answer = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(|e| unavailable(error_text(&e)))?;
    answer.as_string().ok_or_else(|| unavailable("its extractor gave no answer.".into()))
}

/// A thrown value's message.
fn error_text(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

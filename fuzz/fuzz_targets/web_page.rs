//! A web page's extract, as the page extractor could hand it over: structured (any headline,
//! blocks, metadata, JSON-LD, licence text) and as raw JSON.
#![no_main]
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use statement_core::formats::{parse_extracted, Format};
use statement_core::web_page::{document_from_extract, without_site_suffix, PageExtract, WebPageRules};

#[derive(Arbitrary, Debug)]
enum Input {
    Structured {
        headline: String,
        title: String,
        document_title: String,
        blocks: Vec<String>,
        meta: Vec<(String, String)>,
        canonical: String,
        json_ld: Vec<String>,
        licence_text: String,
        site_name: String,
        published_time: String,
    },
    Json(String),
}

fuzz_target!(|input: Input| {
    let rules = WebPageRules::builtin();
    match input {
        Input::Structured { headline, title, document_title, blocks, meta, canonical, json_ld, licence_text, site_name, published_time } => {
            let _ = without_site_suffix(&headline, Some(&site_name));
            let extract = PageExtract {
                headline,
                title,
                document_title,
                blocks,
                meta: meta.into_iter().collect(),
                canonical,
                json_ld,
                licence_text,
                site_name,
                published_time,
            };
            if let Ok(document) = document_from_extract(&extract, &rules) {
                statement_fuzz::check_document(&document);
                assert!(document.meta.source.is_empty() || document.meta.source.starts_with("http"));
            }
        }
        Input::Json(json) => {
            if let Ok(document) = parse_extracted(Format::Html, &json) {
                statement_fuzz::check_document(&document);
            }
        }
    }
});

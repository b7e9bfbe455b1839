//! A PDF's text items, as pdf.js could report them (any text, any positions and sizes: NaN,
//! infinities and negatives included), assembled into lines and paragraphs.
#![no_main]
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use statement_core::pdf_text::{document_from_pdf, PdfExtract, PdfItem, PdfPage};

#[derive(Arbitrary, Debug)]
struct Item {
    s: String,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    /// Positions on a grid as well, so that lines and repeats actually form.
    grid: Option<(u8, u8, u8)>,
}

fuzz_target!(|input: (Vec<(f64, Vec<Item>)>, String)| {
    let (pages, title) = input;
    let pages = pages
        .into_iter()
        .map(|(height, items)| PdfPage {
            height,
            items: items
                .into_iter()
                .map(|i| match i.grid {
                    Some((x, y, h)) => PdfItem { w: i.s.chars().count() as f64 * 5.0, s: i.s, x: x as f64 * 4.0, y: y as f64 * 12.0, h: (h % 24) as f64 },
                    None => PdfItem { s: i.s, x: i.x, y: i.y, w: i.w, h: i.h },
                })
                .collect(),
        })
        .collect();
    if let Ok(document) = document_from_pdf(&PdfExtract { pages, title }) {
        statement_fuzz::check_document(&document);
    }
});

//! The redline to take away: Markdown (inserted words **bold**, deleted ~~struck~~) and a
//! standalone HTML file (`<ins>`/`<del>` with their own small stylesheet and spoken labels). Both
//! hold every paragraph, so the redline reads as the whole statement.

use statement_app::changes::{
    redline_pieces, ChangeKind, ComparisonView, ParagraphChanges, RedlinePiece, SentenceChange,
};
use statement_core::{Document, Paragraph};

/// Everything a redline says about one paragraph, in reading order.
enum Run<'a> {
    /// Shown text, inserted or not.
    Text(&'a str, bool),
    /// Deleted words inside a reworded sentence.
    Deleted(&'a str),
    /// A whole sentence of the other statement that the shown one lacks.
    Removed(&'a str),
    /// A sentence starts, with its change (`None`: unchanged).
    SentenceStart(&'a SentenceChange),
    SentenceEnd(&'a SentenceChange),
}

fn runs<'a>(paragraph: &'a Paragraph, changes: &'a ParagraphChanges) -> Vec<Run<'a>> {
    let mut out: Vec<Run> = changes.removed_after(None).map(|r| Run::Removed(&r.text)).collect();
    for (s, (sentence, change)) in paragraph.sentences.iter().zip(&changes.sentences).enumerate() {
        // The whitespace between sentences belongs to no sentence: keep it.
        let before = if s == 0 { 0 } else { paragraph.sentences[s - 1].range.end };
        if before < sentence.range.start {
            out.push(Run::Text(&paragraph.text[before..sentence.range.start], false));
        }
        out.push(Run::SentenceStart(change));
        for piece in redline_pieces(sentence.range.clone(), change) {
            out.push(match piece {
                RedlinePiece::Shown { range, inserted } => Run::Text(&paragraph.text[range], inserted),
                RedlinePiece::Deleted(text) => Run::Deleted(text),
            });
        }
        out.push(Run::SentenceEnd(change));
        out.extend(changes.removed_after(Some(s)).map(|r| Run::Removed(&r.text)));
    }
    out
}

fn summary_line(view: &ComparisonView) -> String {
    ChangeKind::ALL.iter().map(|k| format!("{} {}", view.counts.get(*k), k.as_str())).collect::<Vec<_>>().join(", ")
}

/// The redline as Markdown.
pub fn markdown(shown: &Document, view: &ComparisonView) -> String {
    let mut out = format!(
        "# Redline: {}\n\nCompared with *{}* ({}){}.\n\n{}.\n\nInserted words are **bold**, deleted words ~~struck through~~; whole sentences are marked *(added)*, *(removed)* or *(moved from ¶N)*.\n",
        escape_markdown(&shown.meta.title),
        escape_markdown(&view.other_title),
        escape_markdown(&view.other_source),
        if view.spelling { ", UK and US spellings treated as the same" } else { "" },
        summary_line(view),
    );
    for (paragraph, changes) in shown.paragraphs.iter().zip(&view.paragraphs) {
        out.push_str(&format!("\n**{}.** ", paragraph.number));
        for run in runs(paragraph, changes) {
            match run {
                Run::Text(text, true) => out.push_str(&emphasise(text, "**")),
                Run::Text(text, false) => out.push_str(&escape_markdown(text)),
                Run::Deleted(text) => out.push_str(&emphasise(text, "~~")),
                Run::Removed(text) => out.push_str(&format!(" {} *(removed)*", emphasise(text.trim(), "~~"))),
                Run::SentenceStart(SentenceChange::Added) => out.push_str("**"),
                Run::SentenceEnd(SentenceChange::Added) => out.push_str("** *(added)*"),
                Run::SentenceEnd(SentenceChange::Moved { from }) => out.push_str(&format!(" *(moved from ¶{from})*")),
                Run::SentenceStart(_) | Run::SentenceEnd(_) => {}
            }
        }
        out.push('\n');
    }
    out
}

/// `text` between `marker`s, with its surrounding whitespace kept outside (Markdown ignores
/// emphasis that starts or ends with a space).
fn emphasise(text: &str, marker: &str) -> String {
    let inner = text.trim();
    if inner.is_empty() {
        return text.to_owned();
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!("{lead}{marker}{}{marker}{trail}", escape_markdown(inner))
}

/// Markdown's special characters, escaped: a statement's text stays text.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '~' | '[' | ']' | '<' | '>' | '#' | '|' | '!') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The redline as a standalone HTML page (no script, its own styles).
pub fn html(shown: &Document, view: &ComparisonView) -> String {
    let mut body = String::new();
    for (paragraph, changes) in shown.paragraphs.iter().zip(&view.paragraphs) {
        body.push_str(&format!("<p id=\"p{n}\"><b class=\"num\">{n}</b> ", n = paragraph.number));
        for run in runs(paragraph, changes) {
            match run {
                Run::Text(text, true) => body.push_str(&format!("<ins>{}</ins>", escape_html(text))),
                Run::Text(text, false) => body.push_str(&escape_html(text)),
                Run::Deleted(text) => body.push_str(&format!("<del>{}</del>", escape_html(text))),
                Run::Removed(text) => body.push_str(&format!(
                    " <del class=\"sentence\" data-change=\"removed\">{}</del>",
                    escape_html(text.trim())
                )),
                Run::SentenceStart(change) => {
                    body.push_str(&format!("<span class=\"sentence\" data-change=\"{}\">", change.as_str()))
                }
                Run::SentenceEnd(change) => {
                    if let SentenceChange::Moved { from } = change {
                        body.push_str(&format!(" <small>(moved from ¶{from})</small>"));
                    }
                    body.push_str("</span>");
                }
            }
        }
        body.push_str("</p>\n");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Redline: {title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>Redline: {title}</h1>\n<p class=\"about\">Compared with <cite>{other}</cite> ({source}){spelling}. {summary}.</p>\n{body}</body>\n</html>\n",
        title = escape_html(&shown.meta.title),
        other = escape_html(&view.other_title),
        source = escape_html(&view.other_source),
        spelling = if view.spelling { ", UK and US spellings treated as the same" } else { "" },
        summary = summary_line(view),
    )
}

const STYLE: &str = "body{font:1.05rem/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}\
.num{font:600 .8rem system-ui,sans-serif;color:#555;margin-right:.3rem}.about{font-family:system-ui,sans-serif;color:#444}\
ins{background:#dff3e4;color:#0b4a1f;text-decoration:underline}del{background:#fbe3e3;color:#7a1010;text-decoration:line-through}\
[data-change=added]{background:#dff3e4}[data-change=moved]{outline:1px dashed #7a5a00}\
ins::before,ins::after,del::before,del::after,[data-change]::before{clip-path:inset(100%);position:absolute;width:1px;height:1px;overflow:hidden;white-space:nowrap}\
ins::before{content:\" [inserted: \"}ins::after{content:\" ] \"}del::before{content:\" [deleted: \"}del::after{content:\" ] \"}\
span[data-change=added]::before{content:\"Added sentence: \"}span[data-change=moved]::before{content:\"Moved sentence: \"}\
@media (prefers-color-scheme:dark){body{background:#15171a;color:#e8e6e1}.about,.num{color:#b8b4ab}ins,[data-change=added]{background:#173a24;color:#c9f0d4}del{background:#4a1c1c;color:#ffd6d6}}";

/// `&`, `<`, `>` and `"` as entities: a statement's text stays text.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

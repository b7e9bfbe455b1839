//! What every fuzz target checks of a document a parser accepted: the document model's
//! invariants (paragraphs numbered from 1, non-empty and trimmed; sentences contiguous, on char
//! boundaries, covering the paragraph exactly).

use statement_core::Document;

pub fn check_document(document: &Document) {
    assert!(!document.paragraphs.is_empty(), "a document has paragraphs");
    for (i, paragraph) in document.paragraphs.iter().enumerate() {
        assert_eq!(paragraph.number, i + 1);
        assert!(!paragraph.text.is_empty());
        assert_eq!(paragraph.text.trim(), paragraph.text, "paragraphs are trimmed");
        let mut at = 0;
        for sentence in &paragraph.sentences {
            assert_eq!(sentence.range.start, at, "sentences are contiguous");
            assert!(paragraph.text.is_char_boundary(sentence.range.start) && paragraph.text.is_char_boundary(sentence.range.end));
            at = sentence.range.end;
        }
        assert_eq!(at, paragraph.text.len(), "sentences cover the paragraph");
    }
}

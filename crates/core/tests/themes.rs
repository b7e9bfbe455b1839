//! Theme tagging: the built-in taxonomy on the statement (a careful reading, pinned), and the
//! lexicon rules on invented sentences.

use wasm_bindgen_test::wasm_bindgen_test;

use statement_core::data::DataFile;
use statement_core::themes::{Tagger, Taxonomy};
use statement_core::{builtin, Document, Metadata};

fn ids(taxonomy: &Taxonomy, themes: &[usize]) -> Vec<String> {
    themes.iter().map(|&t| taxonomy.themes[t].id.clone()).collect()
}

#[wasm_bindgen_test(unsupported = test)]
fn the_taxonomy_has_the_fixed_ids() {
    let taxonomy = Taxonomy::builtin();
    let got: Vec<&str> = taxonomy.themes.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        got,
        [
            "relationship",
            "ukraine-europe",
            "iran",
            "middle-east",
            "indo-pacific",
            "china",
            "africa",
            "democracy",
            "information",
            "economy-climate"
        ]
    );
    assert!(taxonomy
        .themes
        .iter()
        .all(|t| !t.name.is_empty() && !t.terms.is_empty() && t.colour.light.starts_with('#')));
}

/// Each paragraph's themes, as a careful reader tags the statement.
#[wasm_bindgen_test(unsupported = test)]
fn paragraph_themes_of_the_statement() {
    let taxonomy = Taxonomy::builtin();
    let themes = Tagger::new(&taxonomy).tag(builtin::statement());
    let expected: [&[&str]; 14] = [
        &["relationship"], // 1 the Dialogue opens
        &["relationship", "ukraine-europe", "middle-east", "indo-pacific", "economy-climate"], // 2 the agenda
        &["ukraine-europe", "indo-pacific"], // 3 Euro-Atlantic and Indo-Pacific
        &["ukraine-europe", "china", "information"], // 4 Ukraine; China's support to Russia; disinformation, cyber
        &["ukraine-europe", "iran", "middle-east"], // 5 Iranian missiles to Russia; regional proxies
        &["iran"],         // 6 nuclear programme
        &["middle-east"],  // 7 Gaza, Israel, Lebanon, hostages, polio
        &["indo-pacific", "economy-climate"], // 8 Indo-Pacific, AUKUS; growth and exports
        &["indo-pacific", "china"], // 9 South China Sea, Taiwan Strait
        &["africa"],       // 10 Sudan, Somalia, African Union
        &["democracy"],    // 11 anti-corruption, kleptocracy
        &["ukraine-europe", "democracy", "information"], // 12 FIMI against democracies; Kremlin disinformation
        &["relationship", "economy-climate"], // 13 UK-US partnership; clean energy, COP29
        &["relationship"], // 14 steadfast relationship
    ];
    for (p, want) in expected.iter().enumerate() {
        assert_eq!(ids(&taxonomy, &themes.paragraphs[p]), *want, "paragraph {}", p + 1);
    }
    assert_eq!(themes.attribute(&taxonomy, 8), "indo-pacific china");
}

#[wasm_bindgen_test(unsupported = test)]
fn sentence_level_tags_pick_out_the_right_sentence() {
    let taxonomy = Taxonomy::builtin();
    let themes = Tagger::new(&taxonomy).tag(builtin::statement());
    // Paragraph 4, sentence 5: "The Dialogue expressed particular concern about China’s support…"
    let china = taxonomy.position("china").unwrap();
    let p4: Vec<bool> = themes.sentences[3].iter().map(|s| s.contains(&china)).collect();
    assert_eq!(p4, [false, false, false, false, true, false]);
    // Paragraph 9, sentence 1 is about the Indo-Pacific, not China.
    let p9 = &themes.sentences[8];
    assert!(!p9[0].contains(&china) && p9[1].contains(&china));
    // As the sentences' `data-themes` say it: none on an untagged sentence.
    assert_eq!(themes.sentence_attribute(&taxonomy, 3, 4).as_deref(), Some("ukraine-europe china"));
    assert_eq!(themes.sentence_attribute(&taxonomy, 8, 0).as_deref(), Some("indo-pacific"));
    let (p, s) = (0..themes.sentences.len())
        .flat_map(|p| (0..themes.sentences[p].len()).map(move |s| (p, s)))
        .find(|&(p, s)| themes.sentences[p][s].is_empty())
        .expect("the statement has an untagged sentence");
    assert_eq!(themes.sentence_attribute(&taxonomy, p, s), None);
    assert_eq!(themes.sentence_attribute(&taxonomy, 99, 0), None);
}

#[wasm_bindgen_test(unsupported = test)]
fn lexicon_rules_on_invented_sentences() {
    let taxonomy = Taxonomy::builtin();
    let tagger = Tagger::new(&taxonomy);
    let tag = |text: &str| ids(&taxonomy, &tagger.themes_of(text));
    assert_eq!(tag("Ukrainian grain reached Odesa."), ["ukraine-europe"], "prefix term");
    assert_eq!(tag("The IRANIAN délégation arrived."), ["iran"], "case and accents fold");
    assert_eq!(tag("Chinaware was on the table."), Vec::<String>::new(), "a whole-word term needs a word end");
    assert_eq!(tag("Beijing’s envoy and China’s minister met."), ["china"], "curly apostrophe folds");
    assert_eq!(tag("They discussed the Indo‑Pacific."), ["indo-pacific"], "non-breaking hyphen folds");
    assert_eq!(tag("Nothing to see."), Vec::<String>::new());
    assert_eq!(tag("Climate finance and Sudan’s war."), ["africa", "economy-climate"], "in taxonomy order");
}

#[wasm_bindgen_test(unsupported = test)]
fn works_on_any_document() {
    let doc = Document::from_plain_text(
        Metadata::default(),
        "The G7 met on Gaza.\nTalks on AUKUS. Also cyber threats.\nWeather.",
    );
    let taxonomy = Taxonomy::builtin();
    let themes = Tagger::new(&taxonomy).tag(&doc);
    assert_eq!(themes.attribute(&taxonomy, 0), "middle-east");
    assert_eq!(themes.attribute(&taxonomy, 1), "indo-pacific information");
    assert_eq!(themes.attribute(&taxonomy, 2), "");
    assert_eq!(themes.sentences[1].len(), 2);
}

#[wasm_bindgen_test(unsupported = test)]
fn bad_taxonomies_are_reported() {
    assert!(Taxonomy::from_json("{").unwrap_err().starts_with("themes:"));
    let dup = r#"{"themes":[{"id":"a","name":"A","terms":["x"]},{"id":"a","name":"B","terms":["y"]}]}"#;
    assert!(Taxonomy::from_json(dup).unwrap_err().contains("used twice"));
    let bad = r#"{"themes":[{"id":"Not OK","name":"A","terms":["x"]}]}"#;
    assert!(Taxonomy::from_json(bad).unwrap_err().contains("lowercase"));
}

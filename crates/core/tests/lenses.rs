#![cfg(not(target_arch = "wasm32"))]
//! The analyst's lenses beyond themes: entities (resolution of aliases, kinds, dates), the
//! glossary, stances, and the layering of marks over text. Pinned on the statement (a careful
//! reading) and tested on invented text.

use proptest::prelude::*;
use statement_core::analysis::Analysis;
use statement_core::data::DataFile;
use statement_core::entities::{EntityKind, EntityLexicon, EntityRecogniser};
use statement_core::glossary::Glossary;
use statement_core::layers::{pieces, Span};
use statement_core::stances::Stances;
use statement_core::{builtin, Document, Metadata};

fn statement_analysis() -> Analysis {
    Analysis::builtin(builtin::statement())
}

/// The mentions of paragraph `p` (from 1) as "text=entity-id".
fn mentions(analysis: &Analysis, document: &Document, p: usize) -> Vec<String> {
    analysis.entities.mentions[p - 1]
        .iter()
        .map(|m| {
            format!("{}={}", &document.paragraphs[p - 1].text[m.range.clone()], analysis.entities.entities[m.entity].id)
        })
        .collect()
}

#[test]
fn one_person_however_named() {
    let analysis = statement_analysis();
    let doc = builtin::statement();
    assert_eq!(
        mentions(&analysis, doc, 1)[..4],
        [
            "United Kingdom=united-kingdom",
            "Foreign Secretary David Lammy=david-lammy",
            "United States=united-states",
            "Secretary of State Antony Blinken=antony-blinken",
        ]
    );
    assert!(mentions(&analysis, doc, 4).contains(&"Foreign Secretary Lammy=david-lammy".to_owned()));
    let entities = &analysis.entities;
    let lammy = entities.position("david-lammy").unwrap();
    // ¶1, 4, 5, 7, 13, 14.
    assert_eq!(entities.counts[lammy], 6);
    assert_eq!(entities.entities[lammy].role, "UK Foreign Secretary");
    assert_eq!(entities.counts[entities.position("antony-blinken").unwrap()], 6);
    assert_eq!(entities.counts[entities.position("keir-starmer").unwrap()], 2);
}

#[test]
fn every_kind_is_found_with_the_longest_name_winning() {
    let analysis = statement_analysis();
    let doc = builtin::statement();
    let kind_of = |id: &str| analysis.entities.entities[analysis.entities.position(id).unwrap()].kind;
    for (id, kind) in [
        ("nato", EntityKind::Organisation),
        ("who", EntityKind::Organisation),
        ("g7", EntityKind::Organisation),
        ("aukus", EntityKind::Organisation),
        ("hamas", EntityKind::Organisation),
        ("unclos", EntityKind::Instrument),
        ("itar-exemption", EntityKind::Instrument),
        ("aukus-ogl", EntityKind::Instrument),
        ("inflation-reduction-act", EntityKind::Instrument),
        ("g7-crf", EntityKind::Instrument),
        ("gaza", EntityKind::Place),
        ("south-china-sea", EntityKind::Place),
    ] {
        assert_eq!(kind_of(id), kind, "{id}");
        assert!(analysis.entities.counts[analysis.entities.position(id).unwrap()] > 0, "{id} is mentioned");
    }
    let p9 = mentions(&analysis, doc, 9);
    assert!(p9.contains(&"South China Sea=south-china-sea".to_owned()) && p9.contains(&"Chinese=china".to_owned()));
    assert!(p9.contains(&"UN Convention on the Law of the Sea=unclos".to_owned()), "not UN + a stray 'Law of the Sea'");
    let p5 = mentions(&analysis, doc, 5);
    assert!(p5.contains(&"Lebanese Hizballah=hizballah".to_owned()));
    let p8 = mentions(&analysis, doc, 8);
    assert!(p8.contains(&"International Traffic in Arms Regulations exemption=itar-exemption".to_owned()));
    assert!(p8.contains(&"AUKUS Nations Open General Licence=aukus-ogl".to_owned()));
    let p12 = mentions(&analysis, doc, 12);
    assert!(p12.contains(&"G7 Collective Response Framework=g7-crf".to_owned()));
    // Lower-case "who" (¶7: "children who need") is not the WHO.
    assert_eq!(mentions(&analysis, doc, 7).iter().filter(|m| m.ends_with("=who")).count(), 1);
}

#[test]
fn dates_are_entities_too() {
    let analysis = statement_analysis();
    let doc = builtin::statement();
    let dates: Vec<String> =
        (1..=14).flat_map(|p| mentions(&analysis, doc, p)).filter(|m| m.contains("=date-")).collect();
    assert_eq!(
        dates,
        [
            "10-11 September 2024=date-10-11-september-2024",
            "2025=date-2025",
            "2030=date-2030",
            "September 13=date-september-13",
        ]
    );
    let index = analysis.entities.index();
    let kinds: Vec<EntityKind> = index.iter().map(|&e| analysis.entities.entities[e].kind).collect();
    assert!(kinds.windows(2).all(|w| w[0] <= w[1]), "the index is grouped by kind");
    assert_eq!(
        analysis.entities.entities[index[0]].id, "antony-blinken",
        "then by mentions (a tie with Lammy: by name)"
    );
}

#[test]
fn mentions_are_sorted_disjoint_and_on_char_boundaries() {
    let analysis = statement_analysis();
    let doc = builtin::statement();
    for (p, ms) in analysis.entities.mentions.iter().enumerate() {
        let text = &doc.paragraphs[p].text;
        for pair in ms.windows(2) {
            assert!(pair[0].range.end <= pair[1].range.start);
        }
        for m in ms {
            assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end) && !m.range.is_empty());
        }
    }
}

#[test]
fn entities_on_an_invented_text() {
    let lexicon = EntityLexicon::from_json(
        r#"{"months":["March"],"entities":[
            {"id":"ada","name":"Ada Lovelace","kind":"person","role":"Countess","aliases":["Ada Lovelace","Countess Lovelace","Lovelace"]},
            {"id":"who","name":"WHO","kind":"organisation","aliases":["WHO"]}]}"#,
    )
    .unwrap();
    let doc = Document::from_plain_text(
        Metadata::default(),
        "Countess Lovelace wrote to the WHO on 3 March 1843.\nLovelace, who else?",
    );
    let found = EntityRecogniser::new(lexicon).recognise(&doc);
    let ids: Vec<Vec<&str>> =
        found.mentions.iter().map(|ms| ms.iter().map(|m| found.entities[m.entity].id.as_str()).collect()).collect();
    assert_eq!(ids, [vec!["ada", "who", "date-3-march-1843"], vec!["ada"]]);
    assert_eq!(found.counts[0], 2);
}

#[test]
fn bad_entity_lexicons_name_the_problem() {
    assert!(EntityLexicon::from_json("[").unwrap_err().starts_with("entities:"));
    let unknown_kind = r#"{"entities":[{"id":"x","name":"X","kind":"planet","aliases":["X"]}]}"#;
    assert!(EntityLexicon::from_json(unknown_kind).unwrap_err().contains("planet"));
    let no_alias = r#"{"entities":[{"id":"x","name":"X","kind":"place","aliases":[]}]}"#;
    assert!(EntityLexicon::from_json(no_alias).unwrap_err().contains("no aliases"));
    let twice = r#"{"entities":[{"id":"x","name":"X","kind":"place","aliases":["X"]},{"id":"x","name":"Y","kind":"place","aliases":["Y"]}]}"#;
    assert!(EntityLexicon::from_json(twice).unwrap_err().contains("used twice"));
}

#[test]
fn the_glossary_covers_the_terms_of_art() {
    let glossary = Glossary::builtin();
    for id in [
        "aukus",
        "fimi",
        "itar",
        "unclos",
        "cop29",
        "g7",
        "nato",
        "who",
        "blue-line",
        "kleptocracy",
        "beneficial-ownership",
    ] {
        assert!(glossary.entries.iter().any(|e| e.id == id), "{id} is in the glossary");
    }
    let analysis = statement_analysis();
    let doc = builtin::statement();
    let terms = |p: usize| -> Vec<&str> {
        analysis.terms[p - 1].iter().map(|m| &doc.paragraphs[p - 1].text[m.range.clone()]).collect()
    };
    assert_eq!(terms(11), ["kleptocracy", "illicit finance", "beneficial ownership"]);
    assert_eq!(terms(7), ["two-state solution", "Blue Line", "UN", "WHO"]);
    // Only the first occurrence per paragraph: ¶12 names FIMI three ways, marked once.
    assert_eq!(terms(12)[0], "foreign information manipulation and interference");
    assert_eq!(terms(12).len(), 3);
    assert!(terms(13).contains(&"COP29") && terms(13).contains(&"G7"));
}

#[test]
fn glossary_errors_and_invented_text() {
    assert!(Glossary::from_json(r#"{"entries":[{"id":"x","term":"X","definition":" "}]}"#)
        .unwrap_err()
        .contains("empty definition"));
    let glossary = Glossary::from_json(r#"{"entries":[{"id":"imf","term":"IMF","definition":"The fund."}]}"#).unwrap();
    let doc = Document::from_plain_text(Metadata::default(), "The IMF and the IMF; imf.");
    let found = glossary.find(&doc);
    assert_eq!(found[0].len(), 1, "first occurrence only, and the headword is its own alias");
    assert_eq!(found[0][0].range, 4..7);
}

#[test]
fn stances_of_the_statement() {
    let analysis = statement_analysis();
    let stances = &analysis.stances;
    let names = |p: usize| -> Vec<Vec<&str>> {
        analysis.acts.sentences[p - 1]
            .iter()
            .map(|s| s.iter().map(|&i| stances.stances[i].id.as_str()).collect())
            .collect()
    };
    assert_eq!(
        names(4),
        [
            vec!["commitment"],   // reaffirmed the enduring support
            vec!["discussion"],   // discussed next steps
            vec!["condemnation"], // condemned strongly Russia's recent air strikes
            vec!["commitment"],   // decided to work together
            vec!["concern"],      // expressed particular concern
            vec!["discussion"],   // noted the importance
        ]
    );
    assert_eq!(names(9)[1], ["commitment", "concern"], "confirmed …; noted with concern (not a plain note)");
    assert_eq!(names(9)[3], ["commitment", "call"], "restated …; called for");
    assert_eq!(names(7)[3], ["call", "discussion"], "discussed …; reiterated calls");
    assert_eq!(names(11)[2], ["welcome"], "look forward");
    assert_eq!(names(6), [vec!["commitment"]], "agreed");
    let condemnation = stances.position("condemnation").unwrap();
    assert_eq!(analysis.acts.sentence_count(condemnation), 2, "Russia's strikes (¶4); Iran's transfer (¶5)");
    // The verb is what gets marked.
    let p9 = &builtin::statement().paragraphs[8].text;
    let verbs: Vec<&str> = analysis.acts.acts[8].iter().map(|a| &p9[a.range.clone()]).collect();
    assert!(verbs.contains(&"noted with concern") && verbs.contains(&"called for"));
}

#[test]
fn stances_on_invented_sentences() {
    let stances = Stances::builtin();
    let doc = Document::from_plain_text(
        Metadata::default(),
        "The ministers condemned the attack. They welcomed the truce and called for calm. The weather was fine.",
    );
    let tagged = stances.tag(&doc);
    let ids: Vec<Vec<&str>> =
        tagged.sentences[0].iter().map(|s| s.iter().map(|&i| stances.stances[i].id.as_str()).collect()).collect();
    assert_eq!(ids, [vec!["condemnation"], vec!["welcome", "call"], vec![]]);
    assert!(Stances::from_json(r#"{"stances":[{"id":"A","name":"a","verbs":[]}]}"#).is_err());
}

#[test]
fn theme_shares_are_fractions() {
    let analysis = statement_analysis();
    assert_eq!(analysis.theme_shares.len(), analysis.taxonomy.themes.len());
    assert!(analysis.theme_shares.iter().all(|&s| (0.0..=1.0).contains(&s)));
    let ukraine = analysis.taxonomy.position("ukraine-europe").unwrap();
    let africa = analysis.taxonomy.position("africa").unwrap();
    assert!(analysis.theme_shares[ukraine] > analysis.theme_shares[africa]);
}

/// Sorted, non-overlapping spans inside `0..len`.
fn spans(len: usize) -> impl Strategy<Value = Vec<Span>> {
    proptest::collection::vec((0..=len, 0..=len), 0..6).prop_map(|mut cuts| {
        let mut points: Vec<usize> = cuts.drain(..).flat_map(|(a, b)| [a, b]).collect();
        points.sort_unstable();
        points.dedup();
        points.chunks_exact(2).enumerate().map(|(i, c)| (c[0]..c[1], i)).collect()
    })
}

proptest! {
    #[test]
    fn pieces_tile_the_range_and_respect_every_span(
        (len, a, b, c, start, end) in (1usize..60).prop_flat_map(|len| (Just(len), spans(len), spans(len), spans(len), 0..=len, 0..=len))
    ) {
        let (start, end) = (start.min(end), start.max(end));
        let _ = len;
        let got = pieces(start..end, [&a[..], &b[..], &c[..]]);
        // Tiles the range: contiguous, non-empty, from start to end.
        let mut at = start;
        for piece in &got {
            prop_assert_eq!(piece.range.start, at);
            prop_assert!(piece.range.end > piece.range.start);
            at = piece.range.end;
        }
        prop_assert_eq!(at, end.max(start));
        // Each piece is marked by exactly the spans that cover it.
        for piece in &got {
            for (layer, marks) in [&a, &b, &c].iter().enumerate() {
                let covering = marks.iter().find(|(r, _)| r.start <= piece.range.start && piece.range.end <= r.end).map(|(_, v)| *v);
                prop_assert_eq!(piece.marks[layer], covering);
                // And no span boundary falls strictly inside it.
                prop_assert!(!marks.iter().any(|(r, _)| [r.start, r.end].iter().any(|&x| x > piece.range.start && x < piece.range.end)));
            }
        }
    }
}

#[test]
fn every_data_file_checks_its_ids() {
    use statement_core::data::check_ids;
    assert_eq!(check_ids("x", ["a", "b-2"], true), Ok(()));
    assert_eq!(check_ids("x", ["a", "b-2"], false).unwrap_err(), "x[1]: id \"b-2\" must be lowercase letters and '-'");
    assert_eq!(check_ids("x", ["a", "a"], false).unwrap_err(), "x[1]: id \"a\" is used twice");
    assert!(check_ids("x", [""], true).unwrap_err().contains("must be"));
    let glossary = r#"{"entries":[{"id":"Bad","term":"X","definition":"d"}]}"#;
    assert!(Glossary::from_json(glossary).unwrap_err().starts_with("glossary[0]: id \"Bad\""));
    assert!(Stances::from_json(r#"{"stances":[{"id":"a","name":"A","verbs":[]},{"id":"a","name":"B","verbs":[]}]}"#)
        .unwrap_err()
        .contains("used twice"));
}

/// The analysis made a step at a time (the browser's start-up) is the one made at once, with
/// the data files read on the way or given up front; the last step brings it, not before.
#[test]
fn an_analysis_in_steps_is_the_analysis() {
    use statement_core::analysis::Analysing;
    use statement_core::themes::Taxonomy;
    let doc = builtin::statement();
    let mut steps = Analysing::builtin();
    let made: Vec<Option<Analysis>> = (0..Analysing::STEPS).map(|_| steps.step(doc)).collect();
    assert!(made[..Analysing::STEPS - 1].iter().all(Option::is_none));
    let stepped = made.into_iter().last().flatten().expect("the last step brings the analysis");
    let given =
        Analysis::new(doc, Taxonomy::builtin(), EntityLexicon::builtin(), Glossary::builtin(), Stances::builtin());
    assert_eq!(stepped, given);
    assert!(stepped.entities.counts.iter().sum::<usize>() > 50, "the statement names many");
    assert!(stepped.themes.paragraphs.iter().any(|tags| !tags.is_empty()));
}

use super::*;
use statement_core::builtin;

fn n(number: usize) -> ParagraphNumber {
    ParagraphNumber::new(number).unwrap()
}

fn p(index: usize) -> ParagraphIndex {
    ParagraphIndex(index)
}

fn state() -> ReaderState {
    ReaderState::new(builtin::statement())
}

fn ready(url: UrlState, target: Option<usize>) -> ReaderState {
    let mut s = state();
    let target = target.map(n);
    s.apply(Action::Ready {
        color_scheme: ColorScheme::Dark,
        names_shown: false,
        target_paragraph: target,
        url,
        resumed: None,
    });
    s
}

#[test]
fn fragments() {
    assert_eq!(paragraph_from_fragment("#p9", 14), Some(n(9)));
    assert_eq!(paragraph_from_fragment("p14", 14), Some(n(14)));
    for bad in ["", "#", "#p", "#p0", "#p15", "#intro", "#p9x", "#p-1", "#p+3", "#p99999999999999999999999"] {
        assert_eq!(paragraph_from_fragment(bad, 14), None, "{bad}");
    }
}

#[test]
fn color_scheme_round_trips_and_rejects_junk() {
    for s in ColorScheme::ALL {
        assert_eq!(ColorScheme::parse(s.as_str()), Some(s));
    }
    assert_eq!(ColorScheme::parse("purple"), None);
    assert_eq!(ColorScheme::parse(""), None);
}

#[test]
fn ready_restores_scheme_target_and_search() {
    let url = UrlState {
        query: "iran".into(),
        options: SearchOptions { whole_word: true, ..Default::default() },
        ..Default::default()
    };
    let s = ready(url.clone(), Some(5));
    assert!(s.ready);
    assert_eq!(s.color_scheme, ColorScheme::Dark);
    assert_eq!(s.target_paragraph, Some(n(5)));
    assert_eq!(s.search.total(), 5);
    assert_eq!(s.url_state(), url);
}

#[test]
fn typing_searches_and_clearing_shows_everything() {
    let mut s = ready(UrlState::default(), None);
    s.apply(Action::SetQuery("iran".into()));
    assert_eq!(s.search.total(), 5);
    assert!(s.search.shows(p(4)) && !s.search.shows(p(0)));
    s.apply(Action::SetQuery("iran russia".into()));
    assert_eq!(s.search.total(), 7);
    s.apply(Action::ClearSearch);
    assert_eq!(s.search.query, "");
    assert!(s.search.result.is_none());
    assert!((0..14).all(|i| s.search.shows(p(i))));
}

#[test]
fn next_and_previous_wrap_with_a_notice() {
    let mut s = ready(UrlState { query: "iran".into(), ..Default::default() }, None);
    assert_eq!(s.search.current, HitIndex(0));
    s.apply(Action::PreviousHit);
    assert_eq!(s.search.current, HitIndex(4));
    assert_eq!(s.notice, Some(Notice::WrappedToLast));
    s.apply(Action::NextHit);
    assert_eq!(s.search.current, HitIndex(0));
    assert_eq!(s.notice, Some(Notice::WrappedToFirst));
    s.apply(Action::NextHit);
    assert_eq!(s.search.current, HitIndex(1));
    assert_eq!(s.notice, None);
    assert_eq!(s.apply(Action::GoToHit(HitIndex(3))), [Effect::ScrollToHit { hit: HitIndex(3), smoothly: true }]);
    assert_eq!(s.search.current, HitIndex(3));
    assert_eq!(s.apply(Action::GoToHit(HitIndex(99))), []);
    assert_eq!(s.search.current, HitIndex(3), "out of range is ignored");
}

#[test]
fn navigation_without_matches_does_nothing() {
    let mut s = ready(UrlState { query: "zzzz".into(), ..Default::default() }, None);
    let before = s.clone();
    s.apply(Action::NextHit);
    s.apply(Action::PreviousHit);
    assert_eq!(s, before);
}

#[test]
fn toggles_rerun_the_search() {
    let mut s = ready(UrlState { query: "support".into(), ..Default::default() }, None);
    let all = s.search.total();
    s.apply(Action::SetWholeWord(true));
    assert!(s.search.total() < all);
    s.apply(Action::SetWholeWord(false));
    s.apply(Action::SetMatchCase(true));
    s.apply(Action::SetQuery("Iran".into()));
    assert_eq!(s.search.total(), 5);
    s.apply(Action::SetQuery("IRAN".into()));
    assert_eq!(s.search.total(), 0);
    s.apply(Action::SetHighlightOnly(true));
    assert!((0..14).all(|i| s.search.shows(p(i))));
}

#[test]
fn a_deep_link_to_a_filtered_out_paragraph_reveals_it() {
    let mut s = ready(UrlState { query: "iran".into(), ..Default::default() }, None);
    assert!(!s.search.shows(p(8)));
    s.apply(Action::TargetParagraph(Some(n(9))));
    assert!(s.search.shows(p(8)));
    assert!(s.search.options.highlight_only);
    assert_eq!(s.notice, Some(Notice::RevealedParagraph(n(9))));
    assert_eq!(s.search.total(), 5, "the query is kept");
}

#[test]
fn huge_queries_are_shortened_not_rejected() {
    let mut s = ready(UrlState::default(), None);
    s.apply(Action::SetQuery("iran ".repeat(50_000)));
    assert_eq!(s.notice, Some(Notice::QueryShortened));
    assert_eq!(s.search.total(), 5);
    assert_eq!(s.search.query.len(), 250_000, "the box keeps what was typed");
}

#[test]
fn global_keys() {
    assert_eq!(global_key("/", false, false, false), Some(GlobalKey::FocusSearch));
    assert_eq!(global_key("/", false, false, true), None, "typing a slash in a field");
    assert_eq!(global_key("/", false, true, false), None);
    assert_eq!(global_key("F3", false, false, true), Some(GlobalKey::Next));
    assert_eq!(global_key("F3", true, false, false), Some(GlobalKey::Previous));
    assert_eq!(global_key("a", false, false, false), None);
    assert_eq!(global_key("]", false, false, false), Some(GlobalKey::NextPassage));
    assert_eq!(global_key("[", false, false, false), Some(GlobalKey::PreviousPassage));
    assert_eq!(global_key("[", false, false, true), None, "typing a bracket in a field");
}

#[test]
fn taking_over_from_the_lite_module_keeps_its_current_match_and_does_not_scroll() {
    let url = UrlState { query: "iran".into(), ..Default::default() };
    let ready = |resumed| {
        let mut s = state();
        let effects = s.apply(Action::Ready {
            color_scheme: ColorScheme::Auto,
            names_shown: false,
            target_paragraph: None,
            url: url.clone(),
            resumed,
        });
        (effects, s.search.current)
    };
    assert_eq!(ready(Some(HitIndex(2))), (vec![Effect::ApplyColorScheme(ColorScheme::Auto)], HitIndex(2)));
    // A match number the search does not have (the lite module counted differently) is not kept.
    assert_eq!(ready(Some(HitIndex(999))), (vec![Effect::ApplyColorScheme(ColorScheme::Auto)], HitIndex(0)));
    assert_eq!(ready(None).0.len(), 2, "without the lite module the page opens at the first match");
}

#[test]
fn a_reader_taken_over_from_the_lite_module_starts_with_its_search() {
    let answer = crate::handover::HandOver {
        query: "iran".into(),
        options: SearchOptions { whole_word: true, ..SearchOptions::default() },
        current: HitIndex(3),
    };
    let s = state().resumed(&answer);
    assert!(!s.ready, "still to be made ready by `Ready`");
    assert_eq!((s.search.query.as_str(), s.search.options, s.search.current), ("iran", answer.options, HitIndex(3)));
    assert_eq!(s.search.total(), 5);
    // A current match the search does not have is not kept.
    let s = state().resumed(&crate::handover::HandOver { current: HitIndex(99), ..answer.clone() });
    assert_eq!(s.search.current, HitIndex(0));
    // No notice (the lite module takes its own away before hydration), even for a query cut short.
    let long = crate::handover::HandOver { query: "a".repeat(MAX_QUERY_CHARS + 1), ..answer };
    assert_eq!(state().resumed(&long).notice, None);
}

#[test]
fn taking_over_follows_a_deep_link_only_to_reveal_it() {
    let ready = |query: &str| {
        let mut s = state();
        s.apply(Action::Ready {
            color_scheme: ColorScheme::Auto,
            names_shown: false,
            target_paragraph: ParagraphNumber::new(5),
            url: UrlState { query: query.into(), ..Default::default() },
            resumed: Some(HitIndex(0)),
        })
    };
    // ¶5 mentions Iran: shown, and the lite module already focused it.
    assert_eq!(ready("iran"), [Effect::ApplyColorScheme(ColorScheme::Auto)]);
    // ¶5 does not mention Taiwan: hidden by the search, so it is revealed and focused.
    assert_eq!(
        ready("taiwan"),
        [Effect::ApplyColorScheme(ColorScheme::Auto), Effect::FocusParagraph(ParagraphNumber::new(5).unwrap())]
    );
}

#[test]
fn a_deep_link_wins_over_the_first_match_at_start_up() {
    let url = UrlState { query: "iran".into(), ..Default::default() };
    let ready = |target| {
        state().apply(Action::Ready {
            color_scheme: ColorScheme::Auto,
            names_shown: false,
            target_paragraph: target,
            url: url.clone(),
            resumed: None,
        })
    };
    assert_eq!(
        ready(None),
        [Effect::ApplyColorScheme(ColorScheme::Auto), Effect::ScrollToHit { hit: HitIndex(0), smoothly: false }]
    );
    assert_eq!(ready(Some(n(5))), [Effect::ApplyColorScheme(ColorScheme::Auto), Effect::FocusParagraph(n(5))]);
}

fn theme(s: &ReaderState, id: &str) -> ThemeIndex {
    ThemeIndex(s.analysis().taxonomy.position(id).unwrap())
}

#[test]
fn a_theme_filters_paragraphs_and_combines_with_search() {
    let mut s = ready(UrlState::default(), None);
    let china = theme(&s, "china");
    s.apply(Action::SelectTheme(Some(china)));
    let shown: Vec<usize> = (0..14).filter(|&i| s.shows(p(i))).map(|i| i + 1).collect();
    assert_eq!(shown, [4, 9]);
    s.apply(Action::SetQuery("taiwan".into()));
    let shown: Vec<usize> = (0..14).filter(|&i| s.shows(p(i))).map(|i| i + 1).collect();
    assert_eq!(shown, [9]);
    assert_eq!(s.search.total(), 1);
    // Matches outside the theme are not counted.
    s.apply(Action::SetQuery("russia".into()));
    assert_eq!(s.search.total(), 3, "only paragraph 4: Russian, Russia’s, Russia’s");
    assert_eq!(s.url_state().theme.as_deref(), Some("china"));
    s.apply(Action::SelectTheme(None));
    assert!(s.search.total() > 2);
    assert_eq!(s.url_state().theme, None);
}

#[test]
fn the_url_selects_a_known_theme_and_ignores_others() {
    let s = ready(UrlState { theme: Some("middle-east".into()), ..Default::default() }, None);
    assert_eq!(s.lenses.theme, Some(theme(&s, "middle-east")));
    let s = ready(UrlState { theme: Some("atlantis".into()), ..Default::default() }, None);
    assert_eq!(s.lenses.theme, None);
}

#[test]
fn a_deep_link_outside_the_theme_shows_all_themes() {
    let mut s = ready(UrlState { theme: Some("africa".into()), ..Default::default() }, None);
    s.apply(Action::TargetParagraph(Some(n(3))));
    assert_eq!(s.lenses.theme, None);
    assert!(s.shows(p(2)));
    assert_eq!(s.notice, Some(Notice::LensesCleared(n(3))));
}

fn shown(s: &ReaderState) -> Vec<usize> {
    (0..14).filter(|&i| s.shows(p(i))).map(|i| i + 1).collect()
}

/// Paragraphs 4 and 9 changed (4: a sentence added; 9: one reworded and one removed).
fn compared() -> ReaderState {
    let mut s = ready(UrlState::default(), None);
    let mut kinds = vec![KindSet::default(); 14];
    kinds[3].insert(ChangeKind::Added);
    kinds[8].insert(ChangeKind::Reworded);
    kinds[8].insert(ChangeKind::Removed);
    s.apply(Action::Compare(Some(kinds.into())));
    s
}

#[test]
fn only_changes_combines_with_search_and_lenses() {
    let mut s = compared();
    assert_eq!(shown(&s).len(), 14, "comparing alone filters nothing");
    s.apply(Action::FilterChanges(Some(ChangeFilter::Any)));
    assert_eq!(shown(&s), [4, 9]);
    assert_eq!(s.shown_paragraphs().map(|v| v.iter().filter(|b| **b).count()), Some(2));
    s.apply(Action::FilterChanges(Some(ChangeFilter::Only(ChangeKind::Removed))));
    assert_eq!(shown(&s), [9]);
    s.apply(Action::FilterChanges(Some(ChangeFilter::Any)));
    // AND with the search: matches count only in changed paragraphs.
    s.apply(Action::SetQuery("russia".into()));
    assert_eq!(shown(&s), [4]);
    assert_eq!(s.search.total(), 3);
    // AND with a lens.
    s.apply(Action::SetQuery(String::new()));
    let china = theme(&s, "china");
    s.apply(Action::SelectTheme(Some(china)));
    assert_eq!(shown(&s), [4, 9]);
    let ukraine = theme(&s, "ukraine-europe");
    s.apply(Action::SelectTheme(Some(ukraine)));
    assert!(shown(&s).iter().all(|n| [4, 9].contains(n)));
    assert_eq!(s.lens_names().last().map(String::as_str), Some("changed"));
    // Leaving the comparison drops its filter.
    s.apply(Action::SelectTheme(None));
    s.apply(Action::Compare(None));
    assert_eq!(s.change_filter, None);
    assert_eq!(shown(&s).len(), 14);
}

#[test]
fn no_comparison_said_again_redoes_nothing() {
    let mut s = ready(UrlState { query: "iran".into(), ..Default::default() }, None);
    let (lens, result) = (s.lens.clone(), s.search.result.clone());
    assert!(s.apply(Action::Compare(None)).is_empty());
    assert!(s.lens == lens && result.zip(s.search.result.clone()).is_some_and(|(a, b)| Rc::ptr_eq(&a, &b)));
}

#[test]
fn the_change_filter_needs_a_comparison_and_yields_to_a_deep_link() {
    let mut s = ready(UrlState::default(), None);
    s.apply(Action::FilterChanges(Some(ChangeFilter::Any)));
    assert_eq!(s.change_filter, None, "nothing to filter by");
    let mut s = compared();
    s.apply(Action::FilterChanges(Some(ChangeFilter::Any)));
    s.apply(Action::TargetParagraph(Some(n(2))));
    assert_eq!(s.change_filter, None);
    assert!(s.shows(p(1)));
    assert_eq!(s.notice, Some(Notice::LensesCleared(n(2))));
}

#[test]
fn a_stance_filters_at_sentence_precision_and_combines_with_a_theme() {
    let mut s = ready(UrlState::default(), None);
    let condemnation = StanceIndex(s.analysis().stances.position("condemnation").unwrap());
    s.apply(Action::SelectStance(Some(condemnation)));
    assert_eq!(shown(&s), [4, 5]);
    // ¶4: only "They condemned strongly Russia’s recent air strikes…" is emphasised.
    let emphasis = s.lens.emphasis[3].clone().unwrap();
    assert_eq!(&emphasis[..], [false, false, true, false, false, false]);
    // With the Iran theme: the sentence must carry both, so ¶4 (no Iran) drops out.
    s.apply(Action::SelectTheme(Some(theme(&s, "iran"))));
    assert_eq!(shown(&s), [5]);
    assert_eq!(s.url_state().stance.as_deref(), Some("condemnation"));
    assert_eq!(s.url_state().theme.as_deref(), Some("iran"));
    s.apply(Action::SelectStance(None));
    assert_eq!(shown(&s), [5, 6]);
}

#[test]
fn an_entity_filters_paragraphs_and_round_trips_through_the_url() {
    let url = UrlState { entity: Some("keir-starmer".into()), query: "biden".into(), ..Default::default() };
    let mut s = ready(url, None);
    assert_eq!(shown(&s), [13, 14]);
    assert_eq!(s.search.total(), 2);
    assert_eq!(s.url_state().entity.as_deref(), Some("keir-starmer"));
    assert!(s.lens.emphasis.iter().all(Option::is_none), "an entity dims no sentence");
    s.apply(Action::SelectEntity(None));
    s.apply(Action::ClearSearch);
    assert_eq!(shown(&s).len(), 14);
    let s =
        ready(UrlState { entity: Some("atlantis".into()), stance: Some("nope".into()), ..Default::default() }, None);
    assert!(!s.lenses.any());
}

#[test]
fn entity_kinds_toggle() {
    let mut s = ready(UrlState::default(), None);
    s.apply(Action::ToggleEntityKind(EntityKind::Date));
    s.apply(Action::ToggleEntityKind(EntityKind::Person));
    assert_eq!(s.hidden_kinds, [EntityKind::Person, EntityKind::Date]);
    s.apply(Action::ToggleEntityKind(EntityKind::Date));
    assert_eq!(s.hidden_kinds, [EntityKind::Person]);
}

#[test]
fn widget_attributes_read_like_the_url() {
    let settings = WidgetSettings::from_attributes([
        ("theme", "china"),
        ("q", "taiwan"),
        ("color-scheme", "dark"),
        ("src", " /docs/a.json "),
        ("match-case", ""),
        ("entity", "<script>"),
        ("onload", "alert(1)"),
    ]);
    assert_eq!(settings.src.as_deref(), Some("/docs/a.json"));
    assert_eq!(settings.color_scheme, ColorScheme::Dark);
    assert_eq!(settings.view.query, "taiwan");
    assert_eq!(settings.view.theme.as_deref(), Some("china"));
    assert!(settings.view.options.match_case, "a boolean attribute is on when present");
    assert_eq!(settings.view.entity, None, "malformed ids are ignored");
    assert_eq!(WidgetSettings::from_attributes([("color-scheme", "purple"), ("src", "  ")]), WidgetSettings::default());
}

#[test]
fn configure_changes_the_view_without_a_reload() {
    let mut s = ready(UrlState::default(), None);
    s.apply(Action::Configure(UrlState {
        query: "iran".into(),
        theme: Some("middle-east".into()),
        ..Default::default()
    }));
    assert_eq!(shown(&s), [5]);
    assert_eq!(s.search.total(), 4, "Iran four times in ¶5");
    s.apply(Action::Configure(UrlState::default()));
    assert_eq!(shown(&s).len(), 14);
}

// Effects: where the reader goes and what it saves, after each action.

#[test]
fn typing_jumps_to_the_first_match_at_once_and_steps_scroll_smoothly() {
    let mut s = ready(UrlState::default(), None);
    assert_eq!(s.apply(Action::SetQuery("iran".into())), [Effect::ScrollToHit { hit: HitIndex(0), smoothly: false }]);
    assert_eq!(s.apply(Action::NextHit), [Effect::ScrollToHit { hit: HitIndex(1), smoothly: true }]);
    assert_eq!(s.apply(Action::PreviousHit), [Effect::ScrollToHit { hit: HitIndex(0), smoothly: true }]);
    assert_eq!(s.apply(Action::PreviousHit), [Effect::ScrollToHit { hit: HitIndex(4), smoothly: true }]);
    assert_eq!(s.apply(Action::SetQuery("zzzz".into())), [], "no match, nowhere to go");
    assert_eq!(s.apply(Action::NextHit), []);
    assert_eq!(s.apply(Action::ClearSearch), []);
}

#[test]
fn a_deep_link_focuses_its_paragraph_once_ready_and_again_when_followed_again() {
    let mut s = state();
    assert_eq!(s.apply(Action::TargetParagraph(Some(n(4)))), [], "not before hydration");
    let mut s = ready(UrlState { query: "iran".into(), ..Default::default() }, None);
    assert_eq!(s.apply(Action::TargetParagraph(Some(n(9)))), [Effect::FocusParagraph(n(9))]);
    assert_eq!(s.apply(Action::TargetParagraph(Some(n(9)))), [Effect::FocusParagraph(n(9))]);
    assert_eq!(s.apply(Action::TargetParagraph(None)), []);
}

#[test]
fn choosing_a_scheme_applies_and_saves_it_a_host_only_applies() {
    let mut s = ready(UrlState::default(), None);
    assert_eq!(
        s.apply(Action::ChooseColorScheme(ColorScheme::Light)),
        [Effect::ApplyColorScheme(ColorScheme::Light), Effect::SaveColorScheme(ColorScheme::Light)]
    );
    assert_eq!(s.apply(Action::SetColorScheme(ColorScheme::Dark)), [Effect::ApplyColorScheme(ColorScheme::Dark)]);
    assert_eq!(s.color_scheme, ColorScheme::Dark);
}

#[test]
fn a_lens_change_goes_to_the_first_match_within_it() {
    let mut s = ready(UrlState { query: "russia".into(), ..Default::default() }, None);
    let china = theme(&s, "china");
    assert_eq!(s.apply(Action::SelectTheme(Some(china))), [Effect::ScrollToHit { hit: HitIndex(0), smoothly: false }]);
    assert_eq!(s.apply(Action::SelectTheme(Some(china))), [], "the same lens again changes nothing");
}

#[test]
fn coalescing_keeps_only_the_last_move() {
    let scroll = |k| Effect::ScrollToHit { hit: HitIndex(k), smoothly: false };
    let scheme = || Effect::ApplyColorScheme(ColorScheme::Dark);
    assert_eq!(
        effect::coalesce([scroll(0), scheme(), scroll(1), Effect::FocusParagraph(n(3))]),
        [scheme(), Effect::FocusParagraph(n(3))]
    );
    assert_eq!(effect::coalesce([scroll(2), scheme()]), [scroll(2), scheme()]);
}

// Highlights as the reader shows them.

mod highlight_rules {
    use super::*;
    use crate::highlights::{
        apply_change, clip_overlaps, import_status, Change, HighlightMark, HighlightState, NotesExport,
    };
    use statement_core::annotations::{Highlight, HighlightColour};

    fn mark(range: std::ops::Range<usize>, id: &str) -> HighlightMark {
        HighlightMark { range, id: Rc::from(id), colour: HighlightColour::Yellow, has_note: false }
    }

    fn highlight(index: usize, range: std::ops::Range<usize>, id: &str) -> Highlight {
        Highlight::new(
            builtin::statement(),
            index,
            range,
            HighlightColour::Green,
            id.into(),
            "2024-09-11T10:00:00Z".into(),
        )
        .unwrap()
    }

    /// Highlight edits are intents like any other: the state asks for the save (as an effect),
    /// and shows what storage gives back; what could not be read is never written over.
    #[test]
    fn highlight_edits_go_through_actions_and_effects() {
        let document = builtin::statement();
        let mut s = state();
        let added = highlight(2, 0..10, "one");
        let edit = |change: Change| Action::EditHighlights { change, now: "t1".into() };
        assert_eq!(
            s.apply(edit(Change::Add(added.clone()))),
            [Effect::SaveHighlights { change: Change::Add(added.clone()), now: "t1".into() }]
        );
        assert_eq!(s.notice, Some(Notice::Highlighted), "an added highlight is said");
        assert!(s.highlights.list.is_empty(), "shown once storage gives it back");
        assert_eq!(s.apply(Action::UndoHighlights), [], "nothing to undo yet");
        let shown = HighlightState::with_list(document, vec![added.clone()], &HighlightState::default()).changed(
            document,
            Vec::new(),
            vec![added.clone()],
            true,
        );
        assert_eq!(s.apply(Action::HighlightsShown(Rc::new(shown))), []);
        assert_eq!(s.highlights.list.len(), 1);
        assert_eq!(s.apply(Action::UndoHighlights), [Effect::UndoHighlights]);
        s.notice = None;
        let note = Change::SetNote { id: "one".into(), note: "why".into() };
        assert_eq!(s.apply(edit(note.clone())), [Effect::SaveHighlights { change: note, now: "t1".into() }]);
        assert_eq!(s.notice, None, "only an added highlight is said");
        assert_eq!(s.apply(Action::SetAsideHighlights { now: "t2".into() }), [], "nothing unreadable to set aside");

        let corrupted = crate::highlights::Corrupted { raw: "{".into(), reason: "not JSON".into() };
        let unreadable = HighlightState { corrupted: Some(Rc::new(corrupted)), ..HighlightState::default() };
        s.apply(Action::HighlightsShown(Rc::new(unreadable)));
        assert_eq!(s.apply(edit(Change::Add(added))), [], "unreadable saved data is never overwritten");
        assert_eq!(
            s.apply(Action::SetAsideHighlights { now: "t3".into() }),
            [Effect::SetAsideHighlights { now: "t3".into() }]
        );
    }

    #[test]
    fn overlapping_marks_are_clipped_into_one_layer() {
        let clipped = clip_overlaps(vec![mark(10..20, "b"), mark(0..15, "a"), mark(12..14, "c"), mark(20..25, "d")]);
        let ranges: Vec<_> = clipped.iter().map(|m| (m.range.clone(), &*m.id)).collect();
        assert_eq!(ranges, [(0..15, "a"), (15..20, "b"), (20..25, "d")], "c lies inside a and b: not drawn");
    }

    #[test]
    fn changes_edit_the_list_and_undo_restores_it() {
        let document = builtin::statement();
        let first = highlight(2, 0..10, "one");
        let list = apply_change(&[], &Change::Add(first.clone()), "t1");
        let list = apply_change(&list, &Change::SetNote { id: "one".into(), note: "why".into() }, "t2");
        assert_eq!((list[0].note.as_str(), list[0].updated.as_str()), ("why", "t2"));
        let list = apply_change(&list, &Change::SetColour { id: "one".into(), colour: HighlightColour::Pink }, "t3");
        assert_eq!(list[0].colour, HighlightColour::Pink);
        assert_eq!(apply_change(&list, &Change::Delete("nope".into()), "t4"), list);
        let state = HighlightState::with_list(document, list.clone(), &HighlightState::default());
        assert_eq!(state.marks_in(ParagraphIndex(2)).unwrap()[0].range, 0..10);
        assert!(state.marks_in(ParagraphIndex(3)).is_none());
        let deleted = apply_change(&list, &Change::Delete("one".into()), "t5");
        let after = state.changed(document, list.clone(), deleted, true);
        assert!(after.list.is_empty() && after.marks_in(ParagraphIndex(2)).is_none());
        let restored = after.undone(document, |l| l.len() == 1).unwrap();
        assert_eq!(*restored.list, list);
        assert!(!restored.not_saved);
        assert!(restored.undone(document, |_| true).is_none(), "nothing left to undo");
    }

    #[test]
    fn exports_are_in_document_order_and_say_how_many() {
        let document = builtin::statement();
        let list = vec![highlight(5, 0..8, "late"), highlight(1, 4..12, "early")];
        let state = HighlightState::with_list(document, list, &HighlightState::default());
        let markdown = NotesExport::Markdown.file(document, &state, "https://example.org/");
        assert_eq!((markdown.name, markdown.status.as_str()), ("my-notes.md", "Exported 2 highlights as Markdown."));
        let early = &document.paragraphs[1].text[4..12];
        let late = &document.paragraphs[5].text[0..8];
        assert!(markdown.contents.find(early).unwrap() < markdown.contents.find(late).unwrap());
        let json = NotesExport::WebAnnotations.file(document, &state, "https://example.org/");
        assert_eq!(json.mime, "application/ld+json");
        assert!(json.contents.find("early").unwrap() < json.contents.find("late").unwrap());
        assert_eq!(import_status(1, 0), "Imported 1 highlight.");
        assert_eq!(import_status(3, 2), "Imported 3 highlights (2 could not be read).");
    }
}

#[test]
fn names_are_off_by_default_and_the_users_switch_is_remembered() {
    let mut s = ready(UrlState::default(), None);
    assert!(!s.names_shown, "reading comes first");
    assert_eq!(s.apply(Action::ShowNames(true)), [Effect::SaveNamesShown(true)]);
    assert!(s.names_shown);
    assert_eq!(s.apply(Action::SetNamesShown(false)), [], "a host's attribute is not remembered");
    assert!(!s.names_shown);
    let mut restored = state();
    restored.apply(Action::Ready {
        color_scheme: ColorScheme::Auto,
        names_shown: true,
        target_paragraph: None,
        url: UrlState::default(),
        resumed: None,
    });
    assert!(restored.names_shown);
}

#[test]
fn the_names_attribute_reads_like_a_boolean() {
    assert!(WidgetSettings::from_attributes([("names", "")]).names_shown);
    assert!(!WidgetSettings::from_attributes([("names", "false")]).names_shown);
    assert!(!WidgetSettings::default().names_shown);
    assert!(WidgetSettings::from_attributes([("allow-open", "")]).allow_open);
    assert!(!WidgetSettings::default().allow_open, "a widget opens no file unless its host allows it");
    assert_eq!(WidgetSettings::from_attributes([("compare", " old.txt ")]).compare.as_deref(), Some("old.txt"));
    assert_eq!(WidgetSettings::from_attributes([("compare", "  ")]).compare, None);
}

mod narrowing {
    use super::*;
    use proptest::prelude::*;

    /// Queries of the statement's words (and some that are not), sometimes quoted, typed
    /// character by character: every prefix ("i", "ir", "ira", "iran") is searched on the way.
    fn typed() -> impl Strategy<Value = String> {
        let words = vec![
            "iran",
            "Iran",
            "ukraine’s",
            "security",
            "south china sea",
            "law of the sea",
            "indo-pacific",
            "united",
            "un",
            "in",
            "russia",
            "sea",
            "zzz",
            "the",
            "st",
            "s",
        ];
        (prop::collection::vec(prop::sample::select(words), 1..4), any::<bool>()).prop_map(|(ws, quoted)| {
            let joined = ws.join(" ");
            if quoted {
                format!("\"{joined}")
            } else {
                joined
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Typing on (which searches only the previous result's paragraphs) finds exactly what
        /// searching the whole statement for the same query finds, in every mode.
        #[test]
        fn typing_on_finds_what_a_fresh_search_finds(query in typed(), case in any::<bool>(), word in any::<bool>(), highlight in any::<bool>()) {
            let options = SearchOptions { match_case: case, whole_word: word, highlight_only: highlight };
            let mut typing = ready(UrlState { options, ..Default::default() }, None);
            let mut prefix = String::new();
            for c in query.chars() {
                prefix.push(c);
                typing.apply(Action::SetQuery(prefix.clone()));
                let fresh = ready(UrlState { query: prefix.clone(), options, ..Default::default() }, None);
                prop_assert_eq!(&typing.search.result, &fresh.search.result, "after typing {:?}", prefix);
            }
        }
    }

    #[test]
    fn a_lens_or_an_option_change_searches_everything_again() {
        let mut s = ready(UrlState::default(), None);
        s.apply(Action::SetQuery("chin".into()));
        s.apply(Action::SetHighlightOnly(true));
        s.apply(Action::SetQuery("china".into()));
        let fresh = ready(
            UrlState {
                query: "china".into(),
                options: SearchOptions { highlight_only: true, ..Default::default() },
                ..Default::default()
            },
            None,
        );
        assert_eq!(s.search.result, fresh.search.result);
        s.apply(Action::SelectTheme(Some(theme(&s, "china"))));
        s.apply(Action::SelectTheme(None));
        s.apply(Action::SetQuery("china sea".into()));
        let fresh = ready(
            UrlState {
                query: "china sea".into(),
                options: SearchOptions { highlight_only: true, ..Default::default() },
                ..Default::default()
            },
            None,
        );
        assert_eq!(s.search.result, fresh.search.result);
    }
}

/// Only a `Ready` that brings no lens may be drawn over several frames.
#[test]
fn only_a_ready_without_a_lens_shows_in_parts() {
    let ready = |url: UrlState| Action::Ready {
        color_scheme: ColorScheme::Auto,
        names_shown: false,
        target_paragraph: None,
        url,
        resumed: None,
    };
    assert!(ready(UrlState { query: "iran".into(), ..UrlState::default() }).may_show_in_parts());
    assert!(!ready(UrlState { theme: Some("china".into()), ..UrlState::default() }).may_show_in_parts());
    assert!(!ready(UrlState { stance: Some("concern".into()), ..UrlState::default() }).may_show_in_parts());
    assert!(!ready(UrlState { entity: Some("russia".into()), ..UrlState::default() }).may_show_in_parts());
    assert!(!Action::SetQuery("iran".into()).may_show_in_parts());
    assert!(!Action::SelectTheme(None).may_show_in_parts());
}

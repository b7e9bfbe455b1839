use super::*;
use statement_core::builtin;

fn state() -> ReaderState {
    ReaderState::new(builtin::statement())
}

fn ready(url: UrlState, target: Option<usize>) -> ReaderState {
    let mut s = state();
    s.apply(Action::Ready { color_scheme: ColorScheme::Dark, target_paragraph: target, url });
    s
}

#[test]
fn fragments() {
    assert_eq!(paragraph_from_fragment("#p9", 14), Some(9));
    assert_eq!(paragraph_from_fragment("p14", 14), Some(14));
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
    assert_eq!(s.target_paragraph, Some(5));
    assert_eq!(s.search.total(), 5);
    assert_eq!(s.url_state(), url);
}

#[test]
fn typing_searches_and_clearing_shows_everything() {
    let mut s = ready(UrlState::default(), None);
    s.apply(Action::SetQuery("iran".into()));
    assert_eq!(s.search.total(), 5);
    assert!(s.search.shows(4) && !s.search.shows(0));
    s.apply(Action::SetQuery("iran russia".into()));
    assert_eq!(s.search.total(), 7);
    s.apply(Action::ClearSearch);
    assert_eq!(s.search.query, "");
    assert!(s.search.result.is_none());
    assert!((0..14).all(|i| s.search.shows(i)));
}

#[test]
fn next_and_previous_wrap_with_a_notice() {
    let mut s = ready(UrlState { query: "iran".into(), ..Default::default() }, None);
    assert_eq!(s.search.current, 0);
    s.apply(Action::PreviousHit);
    assert_eq!(s.search.current, 4);
    assert_eq!(s.notice, Some(Notice::WrappedToLast));
    s.apply(Action::NextHit);
    assert_eq!(s.search.current, 0);
    assert_eq!(s.notice, Some(Notice::WrappedToFirst));
    s.apply(Action::NextHit);
    assert_eq!(s.search.current, 1);
    assert_eq!(s.notice, None);
    let before = s.search.scroll_request;
    s.apply(Action::GoToHit(3));
    assert_eq!((s.search.current, s.search.scroll_request), (3, before + 1));
    s.apply(Action::GoToHit(99));
    assert_eq!(s.search.current, 3, "out of range is ignored");
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
    assert!((0..14).all(|i| s.search.shows(i)));
}

#[test]
fn a_deep_link_to_a_filtered_out_paragraph_reveals_it() {
    let mut s = ready(UrlState { query: "iran".into(), ..Default::default() }, None);
    assert!(!s.search.shows(8));
    s.apply(Action::TargetParagraph(Some(9)));
    assert!(s.search.shows(8));
    assert!(s.search.options.highlight_only);
    assert_eq!(s.notice, Some(Notice::RevealedParagraph(9)));
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
fn a_deep_link_wins_over_the_first_match_at_start_up() {
    let plain = ready(UrlState { query: "iran".into(), ..Default::default() }, None);
    let linked = ready(UrlState { query: "iran".into(), ..Default::default() }, Some(5));
    assert_eq!(plain.search.scroll_request, 1);
    assert_eq!(linked.search.scroll_request, 0);
}

fn theme(s: &ReaderState, id: &str) -> usize {
    s.analysis().taxonomy.position(id).unwrap()
}

#[test]
fn a_theme_filters_paragraphs_and_combines_with_search() {
    let mut s = ready(UrlState::default(), None);
    let china = theme(&s, "china");
    s.apply(Action::SelectTheme(Some(china)));
    let shown: Vec<usize> = (0..14).filter(|&i| s.shows(i)).map(|i| i + 1).collect();
    assert_eq!(shown, [4, 9]);
    s.apply(Action::SetQuery("taiwan".into()));
    let shown: Vec<usize> = (0..14).filter(|&i| s.shows(i)).map(|i| i + 1).collect();
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
    s.apply(Action::TargetParagraph(Some(3)));
    assert_eq!(s.lenses.theme, None);
    assert!(s.shows(2));
    assert_eq!(s.notice, Some(Notice::LensesCleared(3)));
}

fn shown(s: &ReaderState) -> Vec<usize> {
    (0..14).filter(|&i| s.shows(i)).map(|i| i + 1).collect()
}

#[test]
fn a_stance_filters_at_sentence_precision_and_combines_with_a_theme() {
    let mut s = ready(UrlState::default(), None);
    let condemnation = s.analysis().stances.position("condemnation").unwrap();
    s.apply(Action::SelectStance(Some(condemnation)));
    assert_eq!(shown(&s), [4, 5]);
    // ¶4: only "They condemned strongly Russia’s recent air strikes…" is emphasised.
    let emphasis = s.lens.0.emphasis[3].clone().unwrap();
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
    assert!(s.lens.0.emphasis.iter().all(Option::is_none), "an entity dims no sentence");
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

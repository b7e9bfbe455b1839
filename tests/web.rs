#![cfg(target_arch = "wasm32")]
//! Component tests in headless Chromium: mount the reader into a fresh element, act, assert on the DOM.

use statement_reader::core::builtin;
use statement_reader::ui::Reader;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Every test starts from a page of its own: no saved data, no `<html>` attributes, no reader
/// left in the body by an earlier test (they share one page). Test hosts carry `data-test-host`.
fn fresh_page() {
    let document = gloo::utils::document();
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        storage.clear().unwrap();
    }
    let html = document.document_element().unwrap();
    for name in html.get_attribute_names().iter().filter_map(|n| n.as_string()) {
        if name != "lang" {
            html.remove_attribute(&name).unwrap();
        }
    }
    // The test runner reports through elements of its own in the body: remove only ours.
    let leftovers = document.query_selector_all("[data-test-host]").unwrap();
    for i in 0..leftovers.length() {
        if let Some(node) = leftovers.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            node.remove();
        }
    }
}

/// Mounts a reader into a new `<div>` in a fresh page and lets it render and run its effects.
async fn mount() -> Element {
    fresh_page();
    mount_keeping_storage().await
}

/// Mounts a reader without clearing what an earlier step of the same test saved.
async fn mount_keeping_storage() -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    host.set_attribute("data-test-host", "").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<Reader>::with_root(host.clone()).render();
    started().await;
    host
}

/// The first render, then start-up: its effect dispatches `Ready` in the next task (so that
/// hydration and start-up are two shorter tasks), and the render of that.
async fn started() {
    // Start-up runs in turns (one task each, posted as messages; see `browser::in_turn`): a few
    // message hops see them all through.
    for _ in 0..4 {
        yew::scheduler::flush().await;
        let next_task = js_sys::Promise::new(&mut |resolve, _| {
            let channel = web_sys::MessageChannel::new().unwrap();
            channel.port1().set_onmessage(Some(&resolve));
            let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(next_task).await;
    }
    yew::scheduler::flush().await;
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

#[wasm_bindgen_test]
async fn renders_every_paragraph_verbatim_and_becomes_ready() {
    let host = mount().await;
    let reader = host.query_selector("[data-reader]").unwrap().expect("a reader root");
    assert!(reader.has_attribute("data-ready"), "data-ready after mount");
    let paragraphs = all(&host, "p[data-paragraph]");
    let expected = &builtin::statement().paragraphs;
    assert_eq!(paragraphs.len(), 14);
    for (element, paragraph) in paragraphs.iter().zip(expected) {
        assert_eq!(element.id(), format!("p{}", paragraph.number));
        assert_eq!(element.text_content().unwrap(), paragraph.text);
        assert!(element.has_attribute("data-themes"));
        // One span per sentence, each carrying its stable id.
        let sentences = all(element, "[data-sentence]");
        assert_eq!(sentences.len(), paragraph.sentences.len());
        assert_eq!(sentences[0].get_attribute("data-sentence"), Some(format!("p{}s1", paragraph.number)));
    }
    assert_eq!(paragraphs[8].get_attribute("data-themes").as_deref(), Some("indo-pacific china"));
    assert_eq!(paragraphs[9].get_attribute("data-themes").as_deref(), Some("africa"));
    let footer = host.query_selector("footer").unwrap().unwrap();
    assert!(footer
        .text_content()
        .unwrap()
        .contains("Contains public sector information licensed under the Open Government Licence v3.0."));
    host.remove();
}

#[wasm_bindgen_test]
async fn scheme_toggle_presses_applies_and_saves() {
    let host = mount().await;
    let dark = host.query_selector("button[data-scheme=dark]").unwrap().unwrap();
    dark.unchecked_ref::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(dark.get_attribute("aria-pressed").as_deref(), Some("true"));
    let auto = host.query_selector("button[data-scheme=auto]").unwrap().unwrap();
    assert_eq!(auto.get_attribute("aria-pressed").as_deref(), Some("false"));
    let html = gloo::utils::document().document_element().unwrap();
    assert_eq!(html.get_attribute("data-color-scheme").as_deref(), Some("dark"));
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    assert_eq!(storage.get_item("statement-reader:color-scheme").unwrap().as_deref(), Some("\"dark\""));

    auto.unchecked_ref::<HtmlElement>().click();
    yew::scheduler::flush().await;
    assert!(!html.has_attribute("data-color-scheme"));
    assert_eq!(storage.get_item("statement-reader:color-scheme").unwrap(), None);
    host.remove();
}

#[wasm_bindgen_test]
async fn paragraph_numbers_and_index_link_to_their_paragraphs() {
    let host = mount().await;
    let numbers = all(&host, "a.para-num");
    assert_eq!(numbers.len(), 14);
    assert_eq!(numbers[8].get_attribute("href").as_deref(), Some("#p9"));
    assert_eq!(numbers[8].text_content().as_deref(), Some("9"));
    let index = all(&host, "nav a");
    assert_eq!(index.len(), 14);
    assert_eq!(index[13].get_attribute("href").as_deref(), Some("#p14"));
    host.remove();
}

/// Types `text` into the reader's search box as a user would (value + input event).
async fn type_query(host: &Element, text: &str) {
    let input: web_sys::HtmlInputElement = host.query_selector("input[type=search]").unwrap().unwrap().unchecked_into();
    input.set_value(text);
    input.dispatch_event(&web_sys::InputEvent::new("input").unwrap()).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn typing_filters_highlights_and_counts() {
    let host = mount().await;
    type_query(&host, "iran russia").await;
    let shown: Vec<String> = all(&host, "p[data-paragraph]:not([hidden])").iter().map(|p| p.id()).collect();
    assert_eq!(shown, ["p5"]);
    let marks = all(&host, "mark[data-hit]");
    assert_eq!(marks.len(), 7);
    assert_eq!(marks[0].get_attribute("data-hit").as_deref(), Some("0"));
    assert!(marks[0].class_list().contains("current"));
    let count = host.query_selector("[data-hit-count]").unwrap().unwrap();
    assert_eq!(count.text_content().as_deref(), Some("1 of 7"));
    // The marked paragraph's text is still the source text.
    let p5 = host.query_selector("#p5").unwrap().unwrap();
    assert_eq!(p5.text_content().unwrap(), builtin::statement().paragraphs[4].text);

    type_query(&host, "").await;
    assert_eq!(all(&host, "p[data-paragraph]:not([hidden])").len(), 14);
    assert!(all(&host, "mark[data-hit]").is_empty());
    assert_eq!(count.text_content().as_deref(), Some(""));
    host.remove();
}

#[wasm_bindgen_test]
async fn next_button_moves_the_current_match() {
    let host = mount().await;
    type_query(&host, "iran").await;
    let next = host.query_selector("button[aria-label='Next match']").unwrap().unwrap();
    next.unchecked_ref::<HtmlElement>().click();
    yew::scheduler::flush().await;
    let current: Vec<String> = all(&host, "mark.current").iter().filter_map(|m| m.get_attribute("data-hit")).collect();
    assert_eq!(current, ["1"]);
    assert_eq!(host.query_selector("[data-hit-count]").unwrap().unwrap().text_content().as_deref(), Some("2 of 5"));
    host.remove();
}

#[wasm_bindgen_test]
async fn markup_in_a_query_is_text() {
    let host = mount().await;
    type_query(&host, "<b>x</b>").await;
    assert!(host.query_selector("b").unwrap().is_none());
    let input: web_sys::HtmlInputElement = host.query_selector("input[type=search]").unwrap().unwrap().unchecked_into();
    assert_eq!(input.value(), "<b>x</b>");
    host.remove();
}

#[wasm_bindgen_test]
async fn lenses_mark_entities_terms_and_verbs_without_changing_the_text() {
    let host = mount().await;
    // ¶11: terms of art are inline buttons (focusable, announced as buttons) described by their definitions.
    let p11 = host.query_selector("#p11").unwrap().unwrap();
    let terms = all(&p11, ".term[role=button]");
    let texts: Vec<String> = terms.iter().map(|t| t.text_content().unwrap()).collect();
    assert_eq!(texts, ["kleptocracy", "illicit finance", "beneficial ownership"]);
    let described = terms[0].get_attribute("aria-describedby").unwrap();
    let definition = host.query_selector(&format!("#{described}")).unwrap().expect("the definition exists");
    assert!(definition.text_content().unwrap().starts_with("kleptocracy: "));
    // ¶1: one mention per named thing, the longest name winning.
    let p1 = host.query_selector("#p1").unwrap().unwrap();
    let people: Vec<String> = all(&p1, "[data-entity=person]").iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(people, ["Foreign Secretary David Lammy", "Secretary of State Antony Blinken"]);

    // Selecting a stance emphasises its verbs; the text is still verbatim.
    let condemn = host.query_selector("[data-stance-link=condemnation]").unwrap().unwrap();
    condemn.unchecked_ref::<HtmlElement>().click();
    yew::scheduler::flush().await;
    let verbs: Vec<String> = all(&host, ".act.on").iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(verbs, ["condemned", "condemned"]);
    let shown: Vec<String> = all(&host, "p[data-paragraph]:not([hidden])").iter().map(|p| p.id()).collect();
    assert_eq!(shown, ["p4", "p5"]);
    for (element, paragraph) in all(&host, "p[data-paragraph]").iter().zip(&builtin::statement().paragraphs) {
        assert_eq!(element.text_content().unwrap(), paragraph.text);
    }
    host.remove();
}

#[wasm_bindgen_test]
async fn a_widget_mounts_in_a_shadow_root_and_tells_its_host() {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    fresh_page();
    let document = gloo::utils::document();
    let element = document.create_element("div").unwrap();
    element.set_attribute("data-test-host", "").unwrap();
    element.set_attribute("theme", "africa").unwrap();
    element.set_attribute("color-scheme", "dark").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    let shadow = element.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let container = document.create_element("div").unwrap();
    shadow.append_child(&container).unwrap();
    let heard: Rc<RefCell<Vec<String>>> = Rc::default();
    let listener = {
        let heard = heard.clone();
        Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| heard.borrow_mut().push(e.type_()))
    };
    element.add_event_listener_with_callback("statement-reader:ready", listener.as_ref().unchecked_ref()).unwrap();

    let mut handle = statement_reader::ui::widget::mount_widget(element.clone(), container.clone());
    started().await;
    let reader =
        container.query_selector("[data-reader][data-ready]").unwrap().expect("a ready reader in the shadow root");
    assert_eq!(reader.get_attribute("data-color-scheme").as_deref(), Some("dark"));
    let shown: Vec<String> = all(&container, "p[data-paragraph]:not([hidden])").iter().map(|p| p.id()).collect();
    assert_eq!(shown, ["p10"]);
    assert_eq!(*heard.borrow(), ["statement-reader:ready"]);
    // Embedded, it has no landmarks of its own and leaves the page's <html> alone.
    assert!(container.query_selector("main, header, footer, aside, nav").unwrap().is_none());
    assert!(!document.document_element().unwrap().has_attribute("data-color-scheme"));

    element.set_attribute("theme", "china").unwrap();
    handle.update();
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;
    let shown: Vec<String> = all(&container, "p[data-paragraph]:not([hidden])").iter().map(|p| p.id()).collect();
    assert_eq!(shown, ["p4", "p9"]);
    handle.unmount();
    yew::scheduler::flush().await;
    assert!(container.query_selector("[data-reader]").unwrap().is_none());
    element.remove();
}

#[wasm_bindgen_test]
async fn a_widget_removed_before_its_hydration_turn_is_never_hydrated() {
    let document = gloo::utils::document();
    let element = document.create_element("div").unwrap();
    element.set_attribute("data-test-host", "").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    let container = document.create_element("div").unwrap();
    // Not a prerendered reader: hydrating it would fail.
    container.set_inner_html("<p>not the reader</p>");
    element.append_child(&container).unwrap();
    let mut handle = statement_reader::ui::widget::hydrate_widget(element.clone(), container.clone());
    // Hydration waits for its turn, after the index and the analysis: an attribute change and
    // removal in the meantime leave the container alone, then and later.
    handle.update();
    handle.unmount();
    started().await;
    assert_eq!(container.inner_html(), "<p>not the reader</p>");
    element.remove();
}

#[wasm_bindgen_test]
async fn saved_highlights_are_placed_over_the_text_without_changing_it() {
    use statement_reader::core::annotations::{serialize_saved, storage_key, Highlight, HighlightColour};
    let statement = builtin::statement();
    let at = statement.paragraphs[5].text.find("nuclear programme").unwrap();
    let mut highlight = Highlight::new(
        statement,
        5,
        at..at + "nuclear programme".len(),
        HighlightColour::Pink,
        "w1".into(),
        "t".into(),
    )
    .unwrap();
    highlight.note = "A note.".into();
    // `mount` starts from a fresh page, so the highlight is saved from the first render's effects on:
    // the reader loads saved highlights after hydration, and again on every `storage` event.
    fresh_page();
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.set_item(&storage_key(statement), &serialize_saved(&[highlight])).unwrap();

    let host = mount_keeping_storage().await;
    yew::scheduler::flush().await;
    let marks = all(&host, "mark.hl");
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].text_content().as_deref(), Some("nuclear programme"));
    assert_eq!(marks[0].get_attribute("class").as_deref(), Some("hl hl-pink has-note"));
    let p6 = host.query_selector("#p6").unwrap().unwrap();
    assert_eq!(p6.text_content().unwrap(), statement.paragraphs[5].text);
    let panel = host.query_selector(".notes-panel").unwrap().unwrap();
    assert!(panel.text_content().unwrap().contains("A note."));
    host.remove();
}

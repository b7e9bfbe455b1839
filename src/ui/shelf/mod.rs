//! The shelf view (`?shelf`, `[data-shelf]`): every statement opened on this device, in date
//! order, to open again or remove (with *Undo*); a search across all of them with the reader's
//! query language, grouped by statement, each match in context and one step from the statement
//! at that match; and how the query's language moves from statement to statement
//! (`trend::TrendChart`). The rules are the core's (`core::shelf`); storage is `store`.

mod item;
mod lens;
mod results;
pub mod store;
mod transfer;
mod trend;

use std::rc::Rc;

use yew::prelude::*;

use crate::core::shelf::{in_date_order, search_shelf, ShelfHits, ShelfStatement};
use crate::core::{SearchIndex, SearchOptions};
use crate::ui::browser;
use crate::ui::hooks::use_debounced;
use crate::ui::reader::builtin_document;

/// The performance measure of the shelf's opening: its records read, indexed and drawn.
const OPEN_MEASURE: &str = "statement-reader:shelf-open";

/// KWIC lines shown per statement.
const LINES_PER_STATEMENT: usize = 3;

/// Statements whose results are drawn with the keystroke: more than the first screen shows
/// (the trend comes first). The others follow once the query has been still for
/// `REST_AFTER_MS`, as the reader's keyword-in-context list does, so typing in a row draws them
/// once, not at every key.
const GROUPS_AT_ONCE: usize = 6;
const REST_AFTER_MS: u32 = 120;

/// A statement on the shelf with what every keystroke needs of it, worked out once per load:
/// its search index and its word count (for rates per 1,000 words).
pub struct OnShelf {
    pub statement: ShelfStatement,
    pub index: SearchIndex,
    pub words: usize,
}

impl OnShelf {
    fn new(statement: ShelfStatement) -> Self {
        Self { index: SearchIndex::new(&statement.document), words: statement.words(), statement }
    }
}

/// The same statement (its id is a hash of its text) with the same metadata and source: cheap,
/// so a list item is drawn again only when what it shows changed, never for a keystroke.
impl PartialEq for OnShelf {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.statement, &other.statement);
        a.id == b.id && a.origin == b.origin && a.document.meta == b.document.meta
    }
}

/// The statements, in date order, shared by every part of the view (clones are pointers).
#[derive(Clone, Default)]
pub struct Shelved {
    pub statements: Rc<Vec<Rc<OnShelf>>>,
}

impl Shelved {
    /// The statement on the shelf named `id`.
    pub fn find(&self, id: &str) -> Option<&Rc<OnShelf>> {
        self.statements.iter().find(|e| e.statement.id == id)
    }
}

impl PartialEq for Shelved {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.statements, &other.statements)
    }
}

/// The name a statement from the shelf is kept under for the reader (`ui::shell` reads it back).
pub const FROM_SHELF: &str = "shelf/";

/// `q=…` for the reader's address (empty without a query).
pub fn query_param(query: &str) -> String {
    if query.trim().is_empty() {
        String::new()
    } else {
        format!("q={}", String::from(js_sys::encode_uri_component(query.trim())))
    }
}

/// Opens a statement of the shelf in the reader with the address's `params` (`q=…`,
/// `theme=…`), at `paragraph` if given.
pub fn open_in_reader(statement: &ShelfStatement, params: &str, paragraph: Option<usize>) {
    let kept = crate::core::formats::document_json(&statement.document);
    let name = format!("{FROM_SHELF}{}.json", statement.id);
    browser::write_session(browser::SHOWN_FILE_KEY, Some(&crate::ui::compare::encode_file(&name, &kept)));
    let mut url = "./".to_owned();
    if !params.is_empty() {
        url.push_str(&format!("?{params}"));
    }
    if let Some(number) = paragraph {
        url.push_str(&format!("#p{number}"));
    }
    browser::go_to(&url);
}

/// How an address names a statement of this device's shelf: `?compare=shelf:ID`.
pub const SHELF_ADDRESS_PREFIX: &str = "shelf:";

/// Compares two statements of the shelf in one step: `shown` in the reader, compared with
/// `other`, named in the address (`?compare=shelf:ID`), so a reload or a link on this device
/// keeps the comparison.
pub fn compare_in_reader(shown: &ShelfStatement, other: &ShelfStatement) {
    open_in_reader(shown, &format!("compare={SHELF_ADDRESS_PREFIX}{}", other.id), None);
}

/// The statement of the shelf named `id` (`?compare=shelf:ID`), and the name it is shown by.
#[cfg(feature = "compare")]
pub async fn from_shelf(id: &str) -> Result<(crate::core::Document, String), String> {
    match store::get(id).await? {
        Some(statement) => {
            let title = &statement.document.meta.title;
            let name = if title.is_empty() { format!("the statement {id} from your shelf") } else { format!("“{title}” from your shelf") };
            Ok((statement.document, name))
        }
        None => Err(format!(
            "The statement {SHELF_ADDRESS_PREFIX}{id} is not on this device's shelf (a link to a shelf statement opens only on the device that keeps it)."
        )),
    }
}

#[derive(Properties, PartialEq)]
pub struct ShelfViewProps {
    /// The search and lens the address asked for (`?shelf&q=…&theme=…`).
    pub address: browser::ShelfAddress,
}

#[component]
pub fn ShelfView(props: &ShelfViewProps) -> Html {
    let shelved = use_state(Shelved::default);
    let problems = use_state(Vec::<String>::new);
    // What an import or an edit came to.
    let said = use_state(|| None::<String>);
    let loaded = use_state_eq(|| false);
    let removed = use_state(|| None::<ShelfStatement>);
    // Two statements chosen to compare (ids, the last two chosen).
    let selected = use_state(Vec::<String>::new);
    let query = use_state_eq(|| props.address.query.clone());
    // A theme or a stance across the shelf (its choice's value, `theme:china`); one the data
    // files do not know is no choice.
    let lens_choice = use_state_eq(|| {
        if lens::Lens::parse(&props.address.lens).is_some() {
            props.address.lens.clone()
        } else {
            String::new()
        }
    });
    // The callbacks handed to every list item keep their identity from render to render
    // (`use_callback`), so a keystroke in the search draws no item again.
    let reload = {
        let (shelved, problems, loaded) = (shelved.clone(), problems.clone(), loaded.clone());
        use_callback((), move |(), _| {
            let (shelved, problems, loaded) = (shelved.clone(), problems.clone(), loaded.clone());
            // The benchmark reads how long the shelf takes to open (`statement-reader:shelf-open`).
            browser::mark_start(OPEN_MEASURE);
            wasm_bindgen_futures::spawn_local(async move {
                // The built-in statement is always on the shelf.
                let builtin = ShelfStatement::new((*builtin_document()).clone(), browser::now_iso(), "built-in");
                let put = store::put(std::slice::from_ref(&builtin), false).await;
                let (mut found, unreadable) = match store::load().await {
                    Ok(found) => (found.statements, found.unreadable),
                    Err(message) => (Vec::new(), vec![message]),
                };
                // Shown even when it could not be stored (storage full, or none in this browser),
                // so the shelf's search and lenses still work on it.
                if !found.iter().any(|s| s.id == builtin.id) {
                    found.push(builtin);
                }
                let statements = in_date_order(&found).into_iter().map(|s| Rc::new(OnShelf::new(s.clone()))).collect();
                shelved.set(Shelved { statements: Rc::new(statements) });
                // One sentence for one cause (a browser without storage fails both the write and the read).
                let mut said: Vec<String> = put.err().into_iter().chain(unreadable).collect();
                said.dedup();
                problems.set(said);
                loaded.set(true);
            });
        })
    };
    {
        // Loaded once, and again whenever another tab changes the shelf.
        let reload = reload.clone();
        use_effect_with((), move |()| {
            // Its own styles: none of them is in the first load.
            browser::adopt_stylesheet(include_str!("../../../styles/shelf.css"));
            reload.emit(());
            let watch = store::Watch::new(move || reload.emit(()));
            move || drop(watch)
        });
    }
    // Measured once the loaded shelf is in the DOM (effects run after the render).
    use_effect_with(*loaded, |&loaded| {
        if loaded {
            browser::measure_since_start(OPEN_MEASURE);
        }
    });
    let on_search = {
        let (query, lens_choice) = (query.clone(), lens_choice.clone());
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            browser::write_shelf_address(&browser::ShelfAddress { query: input.value(), lens: (*lens_choice).clone() });
            query.set(input.value());
        })
    };
    let on_remove = {
        let (removed, problems, reload) = (removed.clone(), problems.clone(), reload.clone());
        use_callback((), move |statement: ShelfStatement, _| {
            let (removed, problems, reload) = (removed.clone(), problems.clone(), reload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match store::remove(&statement.id).await {
                    Ok(()) => removed.set(Some(statement)),
                    Err(message) => problems.set(vec![message]),
                }
                reload.emit(());
            });
        })
    };
    let on_undo = {
        let (removed, problems, reload) = (removed.clone(), problems.clone(), reload.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(statement) = (*removed).clone() else { return };
            let (removed, problems, reload) = (removed.clone(), problems.clone(), reload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match store::put(&[statement], true).await {
                    Ok(()) => removed.set(None),
                    Err(message) => problems.set(vec![message]),
                }
                reload.emit(());
            });
        })
    };
    // Searched again only when the shelf or the query changes (not when a box is ticked).
    let hits = use_memo(((*shelved).clone(), (*query).clone()), |(shelved, query)| {
        let refs: Vec<(&str, &SearchIndex)> =
            shelved.statements.iter().map(|e| (e.statement.id.as_str(), &e.index)).collect();
        (!query.trim().is_empty())
            .then(|| Rc::new(search_shelf(&refs, query, SearchOptions::default(), LINES_PER_STATEMENT)))
    });
    let hits: Option<Rc<Vec<ShelfHits>>> = (*hits).clone();
    let settled = use_debounced(hits.clone(), REST_AFTER_MS);
    let groups = if settled == hits { usize::MAX } else { GROUPS_AT_ONCE };
    let total: usize = hits.as_ref().map_or(0, |h| h.iter().map(|x| x.count).sum());
    let count_text = hits.as_ref().map(|h| match (total, h.len()) {
        (0, _) => "No matches on the shelf.".to_owned(),
        (1, _) => "1 match in 1 statement.".to_owned(),
        (t, 1) => format!("{t} matches in 1 statement."),
        (t, n) => format!("{t} matches in {n} statements."),
    });
    let on_lens = {
        let (query, lens_choice) = (query.clone(), lens_choice.clone());
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            browser::write_shelf_address(&browser::ShelfAddress { query: (*query).clone(), lens: select.value() });
            lens_choice.set(select.value());
        })
    };
    // The data files are read once per choice, not at every render.
    let chosen_lens =
        use_memo((*lens_choice).clone(), |choice| lens::Lens::parse(choice).map(|l| (l, l.name_and_param().0)));
    let chosen = chosen_lens.as_ref().as_ref().map(|(lens, _)| *lens);
    let lens_found = use_memo(((*shelved).clone(), chosen), |(shelved, chosen)| {
        chosen.map(|lens| lens::sentences(shelved, lens)).unwrap_or_default()
    });
    let choices = use_memo((), |()| lens::choices());
    let (themes, stances) = &*choices;
    let option = |(value, label): &(String, String)| {
        html! {
            <option value={value.clone()} selected={*lens_choice == *value}>{ label.clone() }</option>
        }
    };
    let on_said = {
        let (said, problems) = (said.clone(), problems.clone());
        use_callback((), move |outcome: Result<String, String>, _| match outcome {
            Ok(text) => said.set(Some(text)),
            Err(message) => problems.set(vec![message]),
        })
    };
    let on_select = {
        let selected_handle = selected.clone();
        use_callback((*selected).clone(), move |id: String, selected: &Vec<String>| {
            let mut next: Vec<String> = selected.clone();
            match next.iter().position(|s| *s == id) {
                Some(at) => {
                    next.remove(at);
                }
                None => {
                    next.push(id);
                    if next.len() > 2 {
                        next.remove(0);
                    }
                }
            }
            selected_handle.set(next);
        })
    };
    // The two chosen, oldest first: the newer is shown, compared with the older.
    let pair: Vec<Rc<OnShelf>> =
        shelved.statements.iter().filter(|e| selected.contains(&e.statement.id)).cloned().collect();
    let on_compare = {
        let pair = pair.clone();
        Callback::from(move |_: MouseEvent| {
            if let [older, newer] = pair.as_slice() {
                compare_in_reader(&newer.statement, &older.statement);
            }
        })
    };
    let items = shelved.statements.iter().map(|entry| html! {
        <item::ShelfItem key={entry.statement.id.clone()} entry={entry.clone()} on_remove={on_remove.clone()}
            on_said={on_said.clone()} on_changed={reload.clone()} selected={selected.contains(&entry.statement.id)} on_select={on_select.clone()} />
    });
    html! {
        <div class="reader shelf" data-reader="" data-shelf="" data-ready={(*loaded).then_some("")}>
            <header class="topbar"><div class="topbar-inner">
                <span class="brand">{ "Statement reader" }</span>
                <a class="pill" href="./">{ "Back to the reader" }</a>
            </div></header>
            <main class="shelf-main" id="statement">
                <h1>{ "Your shelf" }</h1>
                <p class="shelf-lede">{ "Every statement you open is kept here, on this device only: nothing is uploaded." }</p>
                { for problems.iter().map(|p| html! { <p class="load-error" role="alert">{ p }</p> }) }
                if let Some(text) = &*said {
                    <p class="shelf-said" role="status">{ text }</p>
                }
                if let Some(statement) = &*removed {
                    <p class="shelf-removed" role="status">
                        { format!("“{}” was taken off the shelf. ", statement.document.meta.title) }
                        <button type="button" class="pill" data-shelf-undo="" onclick={on_undo}>{ "Undo" }</button>
                    </p>
                }
                <form class="shelf-search" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <label for="shelf-search">{ "Search every statement on the shelf" }</label>
                    <input id="shelf-search" type="search" value={(*query).clone()} oninput={on_search} autocomplete="off" />
                </form>
                <p class="shelf-count" role="status" aria-live="polite">{ count_text.unwrap_or_default() }</p>
                <label class="shelf-lens">{ "Or follow a theme or a stance across the shelf" }
                    <select data-shelf-lens="" onchange={on_lens}>
                        <option value="" selected={lens_choice.is_empty()}>{ "None" }</option>
                        <optgroup label="Themes">{ for themes.iter().map(option) }</optgroup>
                        <optgroup label="What they did">{ for stances.iter().map(option) }</optgroup>
                    </select>
                </label>
                if let Some(lens) = chosen {
                    <trend::TrendChart shelved={(*shelved).clone()} subject={chosen_lens.as_ref().as_ref().map(|(_, name)| name.clone()).unwrap_or_default()} id="shelf-trend-lens" hits={lens::as_hits(&lens_found)} />
                    <lens::LensResults shelved={(*shelved).clone()} {lens} found={lens_found.clone()} />
                }
                if let Some(hits) = &hits {
                    <trend::TrendChart shelved={(*shelved).clone()} subject={format!("“{}”", query.trim().trim_matches('"').trim())} id="shelf-trend-query" hits={hits.clone()} />
                    <results::ShelfResults shelved={(*shelved).clone()} query={(*query).clone()} hits={hits.clone()} {groups} />
                }
                <h2>{ format!("{} statements", shelved.statements.len()) }</h2>
                <transfer::ShelfTransfer shelved={(*shelved).clone()} on_said={on_said.clone()} on_changed={reload.clone()} />
                <p class="shelf-compare">
                    <button type="button" class="pill" data-shelf-compare="" disabled={pair.len() != 2} onclick={on_compare}>
                        { "Compare the two chosen" }
                    </button>
                    { if pair.len() == 2 {
                        format!(" “{}” with the older “{}”.", pair[1].statement.document.meta.title, pair[0].statement.document.meta.title)
                    } else {
                        " Choose two statements below (the newer is shown, compared with the older).".to_owned()
                    } }
                </p>
                <ol class="shelf-list">{ for items }</ol>
            </main>
        </div>
    }
}

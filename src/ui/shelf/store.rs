//! The shelf's storage: IndexedDB through `rexie`. One database (`statement-reader-shelf`),
//! versioned: version 1 holds one object store, `statements`, whose keys are statement ids and
//! whose values are records as JSON text (`shelf::record_json`), so a record that no longer
//! reads is kept, said, and never overwritten. A later version adds its stores or indexes in
//! `open` (IndexedDB's upgrade runs once per device). Every change is said on a
//! `BroadcastChannel`, so other tabs show it.

use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;

use crate::core::shelf::{parse_record, record_json, ShelfStatement};

const DATABASE: &str = "statement-reader-shelf";
const STATEMENTS: &str = "statements";
/// The database's version: 1, the `statements` store.
const VERSION: u32 = 1;
/// Where tabs tell each other that the shelf changed.
pub const CHANNEL: &str = "statement-reader:shelf";

/// What the shelf holds: the statements that read, and a sentence for each record that does not.
#[derive(Default)]
pub struct Loaded {
    pub statements: Vec<ShelfStatement>,
    pub unreadable: Vec<String>,
}

/// Why the shelf could not be used, as a sentence.
fn say(error: rexie::Error) -> String {
    // rexie's own text is only "idb error": the browser's reason is in the error it wraps.
    let text = match &error {
        rexie::Error::IdbError(inner) => inner.to_string(),
        other => other.to_string(),
    };
    if text.contains("Quota") || text.contains("quota") {
        "This device's storage for the shelf is full: remove statements from it, or export it, then try again.".into()
    } else {
        format!("The shelf could not be read or written on this device ({text}).")
    }
}

async fn open() -> Result<Rexie, String> {
    // Absent, or present but empty (as some private windows and embedded browsers leave it).
    let indexed_db = js_sys::Reflect::get(&js_sys::global(), &"indexedDB".into()).unwrap_or(JsValue::UNDEFINED);
    if indexed_db.is_undefined() || indexed_db.is_null() {
        return Err(UNAVAILABLE.into());
    }
    Rexie::builder(DATABASE)
        .version(VERSION)
        .add_object_store(ObjectStore::new(STATEMENTS))
        .build()
        .await
        .map_err(|e| format!("{UNAVAILABLE} ({e})"))
}

/// Said when this browser keeps no shelf (no IndexedDB, as in some private windows).
pub const UNAVAILABLE: &str =
    "This browser keeps no shelf here (its storage is not available, as in some private windows): statements you open are read, but not kept.";

/// Every statement on the shelf.
pub async fn load() -> Result<Loaded, String> {
    let db = open().await?;
    let transaction = db.transaction(&[STATEMENTS], TransactionMode::ReadOnly).map_err(say)?;
    let store = transaction.store(STATEMENTS).map_err(say)?;
    let records = store.scan(None, None, None, None).await.map_err(say)?;
    let mut loaded = Loaded::default();
    for (key, value) in records {
        let key = key.as_string().unwrap_or_default();
        match value.as_string().ok_or_else(|| "not text".to_owned()).and_then(|text| parse_record(&text)) {
            Ok(statement) => loaded.statements.push(statement),
            Err(why) => loaded
                .unreadable
                .push(format!("A statement on the shelf ({key}) could not be read: {why}. It is kept as it is.")),
        }
    }
    Ok(loaded)
}

/// The statement on the shelf with `id`, if there is one (its record read and checked).
#[cfg(feature = "compare")]
pub async fn get(id: &str) -> Result<Option<ShelfStatement>, String> {
    let db = open().await?;
    let transaction = db.transaction(&[STATEMENTS], TransactionMode::ReadOnly).map_err(say)?;
    let store = transaction.store(STATEMENTS).map_err(say)?;
    let Some(value) = store.get(JsValue::from_str(id)).await.map_err(say)? else { return Ok(None) };
    let text =
        value.as_string().ok_or_else(|| format!("The statement on the shelf ({id}) could not be read: not text."))?;
    parse_record(&text).map(Some).map_err(|why| format!("The statement on the shelf ({id}) could not be read: {why}."))
}

/// Puts statements on the shelf (a statement already there is kept as it is, unless `replace`).
pub async fn put(statements: &[ShelfStatement], replace: bool) -> Result<(), String> {
    let db = open().await?;
    let transaction = db.transaction(&[STATEMENTS], TransactionMode::ReadWrite).map_err(say)?;
    let store = transaction.store(STATEMENTS).map_err(say)?;
    let mut wrote = false;
    for statement in statements {
        let key = JsValue::from_str(&statement.id);
        if !replace && store.key_exists(key.clone()).await.map_err(say)? {
            continue;
        }
        store.put(&JsValue::from_str(&record_json(statement)), Some(&key)).await.map_err(say)?;
        wrote = true;
    }
    transaction.done().await.map_err(say)?;
    if wrote {
        changed();
    }
    Ok(())
}

/// Takes a statement off the shelf.
pub async fn remove(id: &str) -> Result<(), String> {
    let db = open().await?;
    let transaction = db.transaction(&[STATEMENTS], TransactionMode::ReadWrite).map_err(say)?;
    transaction.store(STATEMENTS).map_err(say)?.delete(JsValue::from_str(id)).await.map_err(say)?;
    transaction.done().await.map_err(say)?;
    changed();
    Ok(())
}

thread_local! {
    /// This tab's end of the channel: a message is delivered to every other end (other tabs),
    /// never back to the one that sent it, so a tab does not reload on its own changes.
    static TAB: Option<web_sys::BroadcastChannel> = web_sys::BroadcastChannel::new(CHANNEL).ok();
}

/// Tells the other tabs.
fn changed() {
    TAB.with(|tab| {
        if let Some(channel) = tab {
            let _ = channel.post_message(&JsValue::from_str("changed"));
        }
    });
}

/// Calls `on_change` whenever another tab changes the shelf; dropping it stops listening.
pub struct Watch {
    _listener: Option<gloo::events::EventListener>,
}

impl Watch {
    pub fn new(on_change: impl Fn() + 'static) -> Self {
        let listener =
            TAB.with(|tab| tab.as_ref().map(|c| gloo::events::EventListener::new(c, "message", move |_| on_change())));
        Self { _listener: listener }
    }
}

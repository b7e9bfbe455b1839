//! Loading another statement, as the reader tells it: a status while fetching, an alert when it failed.

use yew::prelude::*;

/// Where a shown statement that is not the built-in one came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentSource {
    /// Fetched from this address (`?src=`, the widget's `src`).
    Address(String),
    /// A file the reader opened, by its name (read in the browser, never uploaded).
    File(String),
    /// Text the reader pasted (read in the browser, never uploaded).
    Pasted,
    /// A statement opened from the shelf.
    Shelf,
}

/// A statement the reader asks to open (the page always; a widget with `allow-open`).
#[derive(Debug, Clone, PartialEq)]
pub enum OpenRequest {
    /// A file picked or dropped.
    File(web_sys::File),
    /// Text pasted: the clipboard's `text/html` (empty when it had none) and `text/plain`.
    Paste { html: String, text: String },
}

/// Where the document is coming from, when it is not simply the built-in one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadStatus {
    /// Fetching this address.
    Loading(String),
    /// It failed: why (shown as an alert), and what is shown instead: the statement that was
    /// shown before (its title), or `None` for the built-in one (when nothing else was shown).
    Failed { message: String, kept: Option<String> },
    /// The statement to compare with could not be loaded: why (the shown one stays, uncompared).
    CompareFailed(String),
    /// The statement is shown, but could not be kept on the shelf: why.
    NotKept(String),
}

/// The loading notice or the load error, inside the reader (errors as `role=alert`).
pub fn status_message(status: Option<&LoadStatus>) -> Html {
    match status {
        Some(LoadStatus::Loading(url)) => html! {
            <p class="load-status" role="status">{ format!("Loading the statement from {url}…") }</p>
        },
        Some(LoadStatus::Failed { message, kept }) => html! {
            <div class="load-error" role="alert">
                <p><strong>{ "This statement could not be loaded." }</strong>{ " " }{ message }</p>
                <p>{ match kept {
                    Some(title) => format!("Still showing “{title}”."),
                    None => "Showing the built-in statement instead.".to_owned(),
                } }</p>
            </div>
        },
        Some(LoadStatus::CompareFailed(message)) => html! {
            <div class="load-error" role="alert">
                <p><strong>{ "The statement to compare with could not be loaded." }</strong>{ " " }{ message }</p>
                <p>{ "Showing this statement without a comparison." }</p>
            </div>
        },
        Some(LoadStatus::NotKept(message)) => html! {
            <p class="load-status" role="status" data-not-kept="">{ format!("Not kept on your shelf. {message}") }</p>
        },
        None => html! {},
    }
}

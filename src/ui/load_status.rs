//! Loading another statement, as the reader tells it: a status while fetching, an alert when it failed.

use yew::prelude::*;

/// Where a shown statement that is not the built-in one came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentSource {
    /// Fetched from this address (`?src=`, the widget's `src`).
    Address(String),
    /// A file the reader opened, by its name (read in the browser, never uploaded).
    File(String),
}

/// Where the document is coming from, when it is not simply the built-in one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadStatus {
    /// Fetching this address.
    Loading(String),
    /// It failed: why (shown as an alert; the built-in statement is shown instead).
    Failed(String),
    /// The statement to compare with could not be loaded: why (the shown one stays, uncompared).
    CompareFailed(String),
}

/// The loading notice or the load error, inside the reader (errors as `role=alert`).
pub fn status_message(status: Option<&LoadStatus>) -> Html {
    match status {
        Some(LoadStatus::Loading(url)) => html! {
            <p class="load-status" role="status">{ format!("Loading the statement from {url}…") }</p>
        },
        Some(LoadStatus::Failed(message)) => html! {
            <div class="load-error" role="alert">
                <p><strong>{ "This statement could not be loaded." }</strong>{ " " }{ message }</p>
                <p>{ "Showing the built-in statement instead." }</p>
            </div>
        },
        Some(LoadStatus::CompareFailed(message)) => html! {
            <div class="load-error" role="alert">
                <p><strong>{ "The statement to compare with could not be loaded." }</strong>{ " " }{ message }</p>
                <p>{ "Showing this statement without a comparison." }</p>
            </div>
        },
        None => html! {},
    }
}

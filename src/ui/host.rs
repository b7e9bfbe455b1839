//! Where a reader lives: the standalone page (it owns the address bar, `<html>`, storage and
//! page-wide keys) or a widget on someone else's page (it touches none of those, answers keys
//! only inside itself, and reports what happens as DOM events on its element).

use yew::Callback;

use crate::app::WidgetSettings;

/// What an embedded reader tells its host page (`statement-reader:NAME` events).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReaderEvent {
    /// Interactive, showing `paragraphs` paragraphs of `title`.
    Ready { title: String, paragraphs: usize },
    /// The search settled: `total` matches for `query`.
    Search { query: String, total: usize },
    /// The lenses changed (ids, or none).
    Lens { theme: Option<String>, stance: Option<String>, entity: Option<String> },
    /// A document could not be loaded.
    Error { message: String },
}

impl ReaderEvent {
    /// The event's name after `statement-reader:`.
    pub fn name(&self) -> &'static str {
        match self {
            ReaderEvent::Ready { .. } => "ready",
            ReaderEvent::Search { .. } => "search",
            ReaderEvent::Lens { .. } => "lens",
            ReaderEvent::Error { .. } => "error",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Host {
    #[default]
    Page,
    Widget {
        settings: WidgetSettings,
        on_event: Callback<ReaderEvent>,
    },
}

impl Host {
    pub fn is_page(&self) -> bool {
        matches!(self, Host::Page)
    }

    /// Tells the host page, if there is one listening.
    pub fn emit(&self, event: ReaderEvent) {
        if let Host::Widget { on_event, .. } = self {
            on_event.emit(event);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every event a reader sends is declared in the widget's API (manifest, types, README), with
    /// the detail fields it carries.
    #[test]
    fn every_event_is_declared_with_its_fields() {
        let events = [
            (ReaderEvent::Ready { title: String::new(), paragraphs: 0 }, &["title", "paragraphs"][..]),
            (ReaderEvent::Search { query: String::new(), total: 0 }, &["query", "total"][..]),
            (ReaderEvent::Lens { theme: None, stance: None, entity: None }, &["theme", "stance", "entity"][..]),
            (ReaderEvent::Error { message: String::new() }, &["message"][..]),
        ];
        for (event, fields) in events {
            let declared = crate::app::widget_api::event(event.name())
                .unwrap_or_else(|| panic!("{} is not declared", event.name()));
            assert_eq!(declared.detail.iter().map(|f| f.name).collect::<Vec<_>>(), fields);
        }
    }
}

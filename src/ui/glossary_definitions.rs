//! Glossary definitions, listed once per reader (hidden): each term in the text is described by
//! its entry (`aria-describedby`), which screen readers speak with it.

use yew::prelude::*;

use crate::app::Shared;
use crate::core::analysis::Analysis;

#[derive(Properties, PartialEq)]
pub struct GlossaryDefinitionsProps {
    pub analysis: Shared<Analysis>,
}

/// The definitions the text's terms point at with `aria-describedby`.
#[component]
pub fn GlossaryDefinitions(props: &GlossaryDefinitionsProps) -> Html {
    let glossary = &props.analysis.glossary;
    html! {
        <div class="glossary-definitions" hidden=true>
            { for glossary.entries.iter().map(|entry| html! {
                <span key={entry.id.clone()} id={format!("gloss-{}", entry.id)}>{ format!("{}: {}", entry.term, entry.definition) }</span>
            }) }
        </div>
    }
}

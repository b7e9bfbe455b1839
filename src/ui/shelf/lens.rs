//! A theme or a stance across the shelf (`[data-shelf-lens]`): in each statement, the sentences
//! that carry it (`[data-shelf-result]`, their number in `[data-shelf-count]`), each opening the
//! statement at its paragraph with the lens selected (`?theme=ID#pN`, `?stance=ID#pN`).

use std::rc::Rc;

use yew::prelude::*;

use super::{open_in_reader, Shelved};
use crate::core::data::DataFile;
use crate::core::shelf::{lens_sentences, ShelfHits};
use crate::core::stances::Stances;
use crate::core::themes::{Tagger, Taxonomy};

/// Which lens: `("theme" | "stance", its index)`.
#[derive(Clone, Copy, PartialEq)]
pub struct Lens {
    pub stance: bool,
    pub index: usize,
}

/// A lens to choose from: its value (`theme:china`) and its label.
pub type Choice = (String, String);

/// Each statement's sentences that carry a lens: its id, and (paragraph number, sentence).
pub type Found = Vec<(String, Vec<(usize, String)>)>;

/// The lenses to choose from, by group: themes, then stances.
pub fn choices() -> (Vec<Choice>, Vec<Choice>) {
    let themes = Taxonomy::builtin().themes.into_iter().map(|t| (format!("theme:{}", t.id), t.name)).collect();
    let stances = Stances::builtin().stances.into_iter().map(|s| (format!("stance:{}", s.id), s.name)).collect();
    (themes, stances)
}

impl Lens {
    /// From a choice's value (`theme:china`).
    pub fn parse(value: &str) -> Option<Self> {
        let (kind, id) = value.split_once(':')?;
        match kind {
            "theme" => Taxonomy::builtin().position(id).map(|index| Lens { stance: false, index }),
            "stance" => Stances::builtin().position(id).map(|index| Lens { stance: true, index }),
            _ => None,
        }
    }

    /// Its name and its address parameter (`theme=china`).
    pub fn name_and_param(self) -> (String, String) {
        if self.stance {
            let stance = &Stances::builtin().stances[self.index];
            (format!("the stance “{}”", stance.name), format!("stance={}", stance.id))
        } else {
            let theme = &Taxonomy::builtin().themes[self.index];
            (format!("the theme “{}”", theme.name), format!("theme={}", theme.id))
        }
    }
}

/// Each statement's sentences that carry `lens` (statements without any left out), in shelf order.
pub fn sentences(shelved: &Shelved, lens: Lens) -> Found {
    let (taxonomy, stances) = (Taxonomy::builtin(), Stances::builtin());
    let tagger = Tagger::new(&taxonomy);
    shelved
        .statements
        .iter()
        .map(|entry| {
            let s = &entry.statement;
            let per_sentence =
                if lens.stance { stances.tag(&s.document).sentences } else { tagger.tag(&s.document).sentences };
            (s.id.clone(), lens_sentences(&s.document, &per_sentence, lens.index))
        })
        .filter(|(_, found)| !found.is_empty())
        .collect()
}

/// The lens's figures as a trend's hits (a sentence counts once).
pub fn as_hits(found: &Found) -> Rc<Vec<ShelfHits>> {
    Rc::new(
        found
            .iter()
            .map(|(id, s)| ShelfHits { id: id.clone(), count: s.len(), paragraphs: 0, lines: Vec::new() })
            .collect(),
    )
}

#[derive(Properties, PartialEq)]
pub struct LensResultsProps {
    pub shelved: Shelved,
    pub lens: Lens,
    pub found: Rc<Found>,
}

#[component]
pub fn LensResults(props: &LensResultsProps) -> Html {
    let (_, param) = props.lens.name_and_param();
    let groups = props.found.iter().filter_map(|(id, sentences)| {
        let entry = props.shelved.find(id)?;
        let meta = &entry.statement.document.meta;
        let lines = sentences.iter().map(|(number, text)| {
            let (entry, param, number) = (entry.clone(), param.clone(), *number);
            let open = Callback::from(move |_: MouseEvent| open_in_reader(&entry.statement, &param, Some(number)));
            html! {
                <li><button type="button" class="kwic-line" onclick={open}>
                    <span class="kwic-paragraph">{ format!("¶{number}") }</span><span class="kwic-text">{ text }</span>
                </button></li>
            }
        });
        Some(html! {
            <section class="shelf-result" data-shelf-result="" data-shelf-id={id.clone()} aria-label={meta.title.clone()}>
                <h3>{ &meta.title }
                    if !meta.date.is_empty() { <span class="shelf-result-date">{ format!(" · {}", meta.date) }</span> }
                </h3>
                <p class="shelf-result-count"><span data-shelf-count="">{ sentences.len() }</span>{ if sentences.len() == 1 { " sentence" } else { " sentences" } }</p>
                <ol class="kwic-lines">{ for lines }</ol>
            </section>
        })
    });
    html! { <div class="shelf-results">{ for groups }</div> }
}

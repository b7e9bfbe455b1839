//! The reader's state and every user intent, in plain Rust.
//!
//! The UI wraps [`ReaderState`] in a thin `yew::Reducible` adapter (`ui::app`); all changes go
//! through [`ReaderState::apply`], so the rules are tested natively.

/// The colour scheme the user chose. `Auto` follows the system (`prefers-color-scheme`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ColorScheme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl ColorScheme {
    pub const ALL: [ColorScheme; 3] = [ColorScheme::Auto, ColorScheme::Light, ColorScheme::Dark];

    /// The stored and attribute form: `auto`, `light`, `dark`.
    pub fn as_str(self) -> &'static str {
        match self {
            ColorScheme::Auto => "auto",
            ColorScheme::Light => "light",
            ColorScheme::Dark => "dark",
        }
    }

    /// Parses the stored form; anything else (old or corrupted data) is `None`.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value.trim())
    }

    /// The button label.
    pub fn label(self) -> &'static str {
        match self {
            ColorScheme::Auto => "Auto",
            ColorScheme::Light => "Light",
            ColorScheme::Dark => "Dark",
        }
    }
}

/// What the reader shows, apart from the document itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReaderState {
    /// Set once the page is hydrated and handlers are attached (`data-ready`).
    pub ready: bool,
    pub color_scheme: ColorScheme,
    /// The paragraph a deep link (`#pN`) points at, if any.
    pub target_paragraph: Option<usize>,
}

/// Every change the user (or the page's start-up) can make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Hydration finished; carries what was restored from storage and the address bar.
    Ready {
        color_scheme: ColorScheme,
        target_paragraph: Option<usize>,
    },
    SetColorScheme(ColorScheme),
    TargetParagraph(Option<usize>),
}

impl ReaderState {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Ready {
                color_scheme,
                target_paragraph,
            } => {
                self.ready = true;
                self.color_scheme = color_scheme;
                self.target_paragraph = target_paragraph;
            }
            Action::SetColorScheme(scheme) => self.color_scheme = scheme,
            Action::TargetParagraph(target) => self.target_paragraph = target,
        }
    }
}

/// The paragraph a URL fragment points at: `#p9` → 9, when the document has that paragraph.
/// Anything else (`#`, `#p0`, `#p99`, `#intro`, `#p9x`) is `None`.
pub fn paragraph_from_fragment(fragment: &str, paragraph_count: usize) -> Option<usize> {
    let digits = fragment.strip_prefix('#').unwrap_or(fragment).strip_prefix('p')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=paragraph_count).contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn ready_restores_state() {
        let mut state = ReaderState::default();
        assert!(!state.ready);
        state.apply(Action::Ready {
            color_scheme: ColorScheme::Dark,
            target_paragraph: Some(3),
        });
        assert_eq!(
            state,
            ReaderState {
                ready: true,
                color_scheme: ColorScheme::Dark,
                target_paragraph: Some(3)
            }
        );
        state.apply(Action::SetColorScheme(ColorScheme::Light));
        state.apply(Action::TargetParagraph(None));
        assert_eq!(state.color_scheme, ColorScheme::Light);
        assert_eq!(state.target_paragraph, None);
    }
}

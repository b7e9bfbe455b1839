//! The browser edge that the lite first module (`crates/lite`) and the full reader both need:
//! written once here, over web-sys only (no Yew, no gloo, so the lite module stays small). The
//! rules are `statement-app`'s; this crate only carries them out on the page.

mod scroll;

pub use scroll::bring_into_view;

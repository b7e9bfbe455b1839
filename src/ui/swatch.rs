//! Theme colours in SVG. A colour from the data files has a light and a dark value; SVG
//! presentation attributes cannot switch between them and inline styles are barred by the
//! Content-Security-Policy, so each shape is drawn twice and the stylesheet shows the one that
//! matches the scheme (`.on-light` / `.on-dark`).

use crate::core::decimal::decimal;
use yew::prelude::*;

use crate::core::themes::Colour;

/// A rectangle in `colour`, drawn for both schemes.
pub fn rect(colour: &Colour, x: f64, y: f64, width: f64, height: f64) -> Html {
    html! {
        <>
            <rect class="on-light" x={decimal(x, 2)} y={decimal(y, 2)} width={decimal(width, 2)} height={decimal(height, 2)} fill={colour.light.clone()} />
            <rect class="on-dark" x={decimal(x, 2)} y={decimal(y, 2)} width={decimal(width, 2)} height={decimal(height, 2)} fill={colour.dark.clone()} />
        </>
    }
}

/// A round swatch in `colour`, decorative (the name beside it says what it is).
pub fn dot(colour: &Colour) -> Html {
    html! {
        <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <circle class="on-light" cx="6" cy="6" r="5" fill={colour.light.clone()} />
            <circle class="on-dark" cx="6" cy="6" r="5" fill={colour.dark.clone()} />
        </svg>
    }
}

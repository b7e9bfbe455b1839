//! The widget as web developers take components: generated from the one declaration of its API
//! (`statement_app::widget_api`) — the Custom Elements Manifest, the TypeScript declarations,
//! the element script's observed attributes and properties, the npm package's `package.json` —
//! and checked against README's tables.

use serde_json::{json, Value};
use statement_app::widget_api::{self, Attribute, FieldType, ValueKind, ATTRIBUTES, CSS_PROPERTIES, EVENTS, PARTS};
use statement_core::data::DataFile;
use statement_core::stances::Stances;
use statement_core::themes::Taxonomy;

/// The package's name on npm and its entry script.
pub const NAME: &str = "statement-reader";
pub const ENTRY: &str = "statement-reader.js";
pub const TYPES: &str = "statement-reader.d.ts";
pub const REACT_TYPES: &str = "react.d.ts";
pub const MANIFEST: &str = "custom-elements.json";

fn theme_ids() -> Vec<String> {
    Taxonomy::builtin().themes.into_iter().map(|t| t.id).collect()
}

fn stance_ids() -> Vec<String> {
    Stances::builtin().stances.into_iter().map(|s| s.id).collect()
}

fn quoted_union(words: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    words.into_iter().map(|w| format!("\"{}\"", w.as_ref())).collect::<Vec<_>>().join(" | ")
}

/// The TypeScript type of an attribute's value (as written in the attribute).
fn value_type(kind: ValueKind) -> String {
    match kind {
        ValueKind::Url | ValueKind::Text | ValueKind::EntityId | ValueKind::CssLength => "string".into(),
        ValueKind::ThemeId => "StatementReaderTheme".into(),
        ValueKind::StanceId => "StatementReaderStance".into(),
        ValueKind::OneOf(words) => quoted_union(words),
        ValueKind::Boolean => "boolean".into(),
    }
}

/// The same with the id unions spelt out (the manifest has no named types of ours).
fn value_type_expanded(kind: ValueKind) -> String {
    match kind {
        ValueKind::ThemeId => quoted_union(theme_ids()),
        ValueKind::StanceId => quoted_union(stance_ids()),
        other => value_type(other),
    }
}

/// A property's type: booleans are booleans, everything else is the attribute's text or null.
fn property_type(a: &Attribute, expanded: bool) -> String {
    match a.kind {
        ValueKind::Boolean => "boolean".into(),
        kind => format!("{} | null", if expanded { value_type_expanded(kind) } else { value_type(kind) }),
    }
}

/// The default as a JavaScript expression, where the default is a value.
fn default_expression(a: &Attribute) -> Option<String> {
    match a.kind {
        ValueKind::Boolean => Some("false".into()),
        ValueKind::OneOf(words) if words.contains(&a.default) => Some(format!("\"{}\"", a.default)),
        _ => None,
    }
}

fn field_type(kind: FieldType) -> &'static str {
    match kind {
        FieldType::String => "string",
        FieldType::Number => "number",
        FieldType::OptionalString => "string | null",
    }
}

/// `ready` → `StatementReaderReadyDetail`.
fn detail_type(short_name: &str) -> String {
    let mut name = String::from("StatementReader");
    name.push_str(&short_name[..1].to_uppercase());
    name.push_str(&short_name[1..]);
    name.push_str("Detail");
    name
}

const DESCRIPTION: &str = "A reader for diplomatic statements: search, themes, stances, named entities, glossary, highlights and comparison, in an open shadow root, with no server.";

/// The element script's API list: `[property, attribute, boolean?]` for every attribute.
pub fn script_api() -> String {
    let rows: Vec<Value> =
        ATTRIBUTES.iter().map(|a| json!([a.property, a.name, a.kind == ValueKind::Boolean])).collect();
    Value::Array(rows).to_string()
}

/// The Custom Elements Manifest (schema 2.1.0).
pub fn custom_elements_manifest() -> Value {
    let attributes: Vec<Value> = ATTRIBUTES
        .iter()
        .map(|a| {
            let mut attribute = json!({
                "name": a.name,
                "type": { "text": value_type_expanded(a.kind) },
                "description": format!("{} Default: {}.", a.description, a.default),
                "fieldName": a.property,
            });
            if let Some(default) = default_expression(a) {
                attribute["default"] = json!(default);
            }
            attribute
        })
        .collect();
    let members: Vec<Value> = ATTRIBUTES
        .iter()
        .map(|a| {
            let mut member = json!({
                "kind": "field",
                "name": a.property,
                "type": { "text": property_type(a, true) },
                "description": format!("Reflects the `{}` attribute. {}", a.name, a.description),
                "attribute": a.name,
                "reflects": true,
            });
            if let Some(default) = default_expression(a) {
                member["default"] = json!(default);
            }
            member
        })
        .collect();
    let events: Vec<Value> = EVENTS
        .iter()
        .map(|e| {
            let fields: Vec<String> = e.detail.iter().map(|f| format!("{}: {}", f.name, field_type(f.kind))).collect();
            json!({
                "name": e.name,
                "type": { "text": format!("CustomEvent<{{ {} }}>", fields.join("; ")) },
                "description": format!("{} Bubbles and is composed. detail: {}.", e.description,
                    e.detail.iter().map(|f| format!("`{}` ({})", f.name, f.description)).collect::<Vec<_>>().join(", ")),
            })
        })
        .collect();
    let parts: Vec<Value> = PARTS.iter().map(|p| json!({ "name": p.name, "description": p.description })).collect();
    let properties: Vec<Value> = CSS_PROPERTIES
        .iter()
        .map(|p| json!({ "name": p.name, "description": p.description, "default": p.default }))
        .collect();
    let declaration = json!({ "name": widget_api::CLASS_NAME, "module": ENTRY });
    json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": ENTRY,
            "declarations": [{
                "kind": "class",
                "name": widget_api::CLASS_NAME,
                "description": DESCRIPTION,
                "tagName": widget_api::TAG_NAME,
                "customElement": true,
                "superclass": { "name": "HTMLElement", "package": "global:" },
                "attributes": attributes,
                "members": members,
                "events": events,
                "cssParts": parts,
                "cssProperties": properties,
            }],
            "exports": [
                { "kind": "js", "name": widget_api::CLASS_NAME, "declaration": declaration },
                { "kind": "custom-element-definition", "name": widget_api::TAG_NAME, "declaration": declaration },
            ],
        }],
    })
}

/// `/** text */` indented.
fn doc(indent: &str, text: &str) -> String {
    format!("{indent}/** {} */\n", text.replace("*/", "*\\/"))
}

/// The TypeScript declarations of `statement-reader.js`.
pub fn type_declarations(version: &str) -> String {
    let mut out = format!(
        "// statement-reader {version}: types for the <statement-reader> custom element.\n\
         // Generated by `cargo xtask release` from crates/app/src/widget_api.rs; do not edit.\n\n"
    );
    out.push_str(&doc("", "A theme id (data/themes.json)."));
    out.push_str(&format!("export type StatementReaderTheme = {};\n\n", quoted_union(theme_ids())));
    out.push_str(&doc("", "A stance id (data/stances.json)."));
    out.push_str(&format!("export type StatementReaderStance = {};\n\n", quoted_union(stance_ids())));
    for e in EVENTS {
        out.push_str(&doc("", &format!("`detail` of `{}`: {}", e.name, e.description)));
        out.push_str(&format!("export interface {} {{\n", detail_type(e.short_name())));
        for f in e.detail {
            out.push_str(&doc("  ", f.description));
            out.push_str(&format!("  {}: {};\n", f.name, field_type(f.kind)));
        }
        out.push_str("}\n\n");
    }
    out.push_str(&doc("", "Every event the element dispatches (bubbling and composed), by name."));
    out.push_str("export interface StatementReaderEventMap {\n");
    for e in EVENTS {
        out.push_str(&doc("  ", e.description));
        out.push_str(&format!("  \"{}\": CustomEvent<{}>;\n", e.name, detail_type(e.short_name())));
    }
    out.push_str("}\n\n");
    out.push_str(&doc("", "The element's attributes as a host writes them (e.g. in JSX)."));
    out.push_str("export interface StatementReaderAttributes {\n");
    for a in ATTRIBUTES {
        out.push_str(&doc("  ", &format!("{} Default: {}.", a.description, a.default)));
        let kind = match a.kind {
            ValueKind::Boolean => "boolean | \"\"".to_owned(),
            ValueKind::ThemeId => "StatementReaderTheme | (string & {})".to_owned(),
            ValueKind::StanceId => "StatementReaderStance | (string & {})".to_owned(),
            kind => value_type(kind),
        };
        out.push_str(&format!("  \"{}\"?: {kind};\n", a.name));
    }
    out.push_str("}\n\n");
    out.push_str(&doc("", DESCRIPTION));
    out.push_str(&format!("export declare class {} extends HTMLElement {{\n", widget_api::CLASS_NAME));
    out.push_str("  static readonly observedAttributes: string[];\n");
    for a in ATTRIBUTES {
        out.push_str(&doc("  ", &format!("Reflects `{}`. {} Default: {}.", a.name, a.description, a.default)));
        out.push_str(&format!("  {}: {};\n", a.property, property_type(a, false)));
    }
    out.push_str(
        "  addEventListener<K extends keyof StatementReaderEventMap>(type: K, listener: (this: StatementReaderElement, event: StatementReaderEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;\n\
         \x20 addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: StatementReaderElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;\n\
         \x20 addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;\n\
         \x20 removeEventListener<K extends keyof StatementReaderEventMap>(type: K, listener: (this: StatementReaderElement, event: StatementReaderEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;\n\
         \x20 removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: StatementReaderElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;\n\
         \x20 removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;\n}\n\n",
    );
    out.push_str(&format!(
        "declare global {{\n  interface HTMLElementTagNameMap {{\n    \"{}\": {};\n  }}\n  \
         interface HTMLElementEventMap extends StatementReaderEventMap {{}}\n}}\n",
        widget_api::TAG_NAME,
        widget_api::CLASS_NAME
    ));
    out
}

/// JSX types for React 19 (`import type {} from "statement-reader/react"`): the element with its
/// attributes. Its events have colons in their names, which JSX cannot write as props: listen
/// with a ref (README, examples/react).
pub fn react_declarations(version: &str) -> String {
    format!(
        "// statement-reader {version}: <statement-reader> in React 19's JSX.\n\
         // Generated by `cargo xtask release` from crates/app/src/widget_api.rs; do not edit.\n\
         import type {{ DetailedHTMLProps, HTMLAttributes }} from \"react\";\n\
         import type {{ {class}, StatementReaderAttributes }} from \"./statement-reader.js\";\n\n\
         declare module \"react\" {{\n  namespace JSX {{\n    interface IntrinsicElements {{\n      \
         \"{tag}\": DetailedHTMLProps<HTMLAttributes<{class}>, {class}> & StatementReaderAttributes;\n    }}\n  }}\n}}\n",
        class = widget_api::CLASS_NAME,
        tag = widget_api::TAG_NAME,
    )
}

/// The package's `package.json`.
pub fn package_json(version: &str, files: &[String]) -> Value {
    json!({
        "name": NAME,
        "version": version,
        "description": DESCRIPTION,
        "license": "MIT OR Apache-2.0",
        "type": "module",
        "main": format!("./{ENTRY}"),
        "module": format!("./{ENTRY}"),
        "types": format!("./{TYPES}"),
        "exports": {
            ".": { "types": format!("./{TYPES}"), "default": format!("./{ENTRY}") },
            "./react": { "types": format!("./{REACT_TYPES}") },
            "./custom-elements.json": format!("./{MANIFEST}"),
            "./integrity.json": "./integrity.json",
            "./snippet.html": "./statement-reader-snippet.html",
            "./package.json": "./package.json",
        },
        "files": files,
        "customElements": MANIFEST,
        "sideEffects": [format!("./{ENTRY}")],
        "keywords": ["web-component", "custom-element", "webassembly", "diplomacy", "reader", "search"],
    })
}

/// README's names in the table whose header row starts with `| first |`: the backticked names in
/// each row's first cell.
pub fn readme_table_names(readme: &str, first: &str) -> Vec<String> {
    let header = format!("| {first} |");
    let mut names = Vec::new();
    let mut lines = readme.lines().skip_while(|l| !l.starts_with(&header));
    if lines.next().is_none() {
        return names;
    }
    for line in lines.skip(1).take_while(|l| l.starts_with('|')) {
        let cell = line.trim_start_matches('|').split('|').next().unwrap_or("");
        names.extend(cell.split('`').skip(1).step_by(2).map(str::to_owned));
    }
    names
}

/// What README's widget tables must list: each attribute, event, part and custom property.
pub fn readme_mismatches(readme: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut compare = |table: &str, listed: Vec<String>, declared: Vec<String>| {
        for name in &declared {
            if !listed.contains(name) {
                problems.push(format!("README's `{table}` table lacks `{name}`"));
            }
        }
        for name in &listed {
            if !declared.contains(name) {
                problems.push(format!("README's `{table}` table lists `{name}`, which widget_api does not declare"));
            }
        }
    };
    compare(
        "attribute",
        readme_table_names(readme, "attribute"),
        ATTRIBUTES.iter().map(|a| a.name.to_owned()).collect(),
    );
    compare("event", readme_table_names(readme, "event"), EVENTS.iter().map(|e| e.name.to_owned()).collect());
    compare(
        "styling hook",
        readme_table_names(readme, "styling hook"),
        PARTS
            .iter()
            .map(|p| format!("::part({})", p.name))
            .chain(CSS_PROPERTIES.iter().map(|p| p.name.to_owned()))
            .collect(),
    );
    // Every event's detail fields are named in its row.
    for e in EVENTS {
        let row = readme.lines().find(|l| l.starts_with(&format!("| `{}` |", e.name))).unwrap_or("");
        for f in e.detail {
            if !row.contains(&format!("`{}`", f.name)) {
                problems.push(format!("README's row for `{}` does not name `detail.{}`", e.name, f.name));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readme_lists_exactly_the_declared_api() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
        assert_eq!(readme_mismatches(&readme), Vec::<String>::new());
    }

    #[test]
    fn a_missing_or_extra_row_is_a_mismatch() {
        let readme = "| attribute | value | does |\n|---|---|---|\n| `src` | URL | x |\n| `bogus` | x | y |\n";
        let problems = readme_mismatches(readme);
        assert!(problems.iter().any(|p| p.contains("lacks `q`")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("lists `bogus`")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("`event` table lacks `statement-reader:ready`")), "{problems:?}");
    }

    #[test]
    fn the_manifest_declares_every_attribute_event_part_and_property() {
        let manifest = custom_elements_manifest();
        let class = &manifest["modules"][0]["declarations"][0];
        assert_eq!(class["tagName"], "statement-reader");
        assert_eq!(class["attributes"].as_array().unwrap().len(), ATTRIBUTES.len());
        assert_eq!(class["members"].as_array().unwrap().len(), ATTRIBUTES.len());
        assert_eq!(class["events"].as_array().unwrap().len(), EVENTS.len());
        assert_eq!(class["cssParts"][0]["name"], "frame");
        assert_eq!(class["cssProperties"].as_array().unwrap().len(), CSS_PROPERTIES.len());
        let theme = class["attributes"].as_array().unwrap().iter().find(|a| a["name"] == "theme").unwrap();
        assert!(theme["type"]["text"].as_str().unwrap().contains("\"china\""));
        let case = class["attributes"].as_array().unwrap().iter().find(|a| a["name"] == "match-case").unwrap();
        assert_eq!(case["default"], "false");
        assert_eq!(case["fieldName"], "matchCase");
    }

    #[test]
    fn the_types_cover_every_attribute_and_event() {
        let types = type_declarations("1.2.3");
        for a in ATTRIBUTES {
            assert!(types.contains(&format!("  {}: ", a.property)), "{}", a.property);
            assert!(types.contains(&format!("  \"{}\"?: ", a.name)), "{}", a.name);
        }
        for e in EVENTS {
            assert!(types.contains(&format!("\"{}\": CustomEvent<{}>", e.name, detail_type(e.short_name()))));
        }
        assert!(types.contains("interface HTMLElementTagNameMap {\n    \"statement-reader\": StatementReaderElement;"));
        assert!(types.contains("export type StatementReaderTheme = \"relationship\" |"));
        assert_eq!(detail_type("ready"), "StatementReaderReadyDetail");
    }

    #[test]
    fn the_script_api_lists_property_attribute_and_kind() {
        let api: Value = serde_json::from_str(&script_api()).unwrap();
        assert_eq!(api.as_array().unwrap().len(), ATTRIBUTES.len());
        assert!(api.as_array().unwrap().contains(&json!(["matchCase", "match-case", true])));
        assert!(api.as_array().unwrap().contains(&json!(["height", "height", false])));
    }
}

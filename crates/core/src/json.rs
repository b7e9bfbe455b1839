//! Our types read from parsed JSON (`serde_json::Value`) by hand, instead of `#[derive(Deserialize)]`.
//!
//! Why: each derived type made serde_json compile its whole reader again for that type (one copy
//! of `deserialize_seq` per list type, visitors, field matchers): ~30 KB of the Wasm for six small
//! files. Parsing once into a `Value` and reading fields from it keeps one copy of the parser.
//! The rules are serde's defaults: unknown fields are ignored, a missing field is an error unless
//! it is read with [`optional`] (then it takes its default), `null` is only an `Option`'s `None`.

use serde_json::Map;
pub use serde_json::Value;

/// A JSON object's fields.
pub type Object = Map<String, Value>;

/// A type read from a JSON value; errors say what was expected and where (`[2].colour: …`).
pub trait FromJson: Sized {
    fn read(value: &Value) -> Result<Self, String>;
}

/// `FromJson` for a struct read field by field, each from the JSON field of the same name:
/// `required` ones must be there, `optional` ones take their default when absent.
#[macro_export]
macro_rules! from_json_fields {
    ($type:ty { required: [$($required:ident),* $(,)?], optional: [$($optional:ident),* $(,)?] $(,)? }) => {
        impl $crate::json::FromJson for $type {
            fn read(value: &$crate::json::Value) -> Result<Self, String> {
                let _fields = $crate::json::object(value)?;
                Ok(Self {
                    $($required: $crate::json::required(_fields, stringify!($required))?,)*
                    $($optional: $crate::json::optional(_fields, stringify!($optional))?,)*
                })
            }
        }
    };
}

/// Parses `json` and reads a `T` from it.
pub fn from_str<T: FromJson>(json: &str) -> Result<T, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    T::read(&value)
}

/// `value` as an object.
pub fn object(value: &Value) -> Result<&Object, String> {
    value.as_object().ok_or_else(|| format!("expected an object, found {}", kind(value)))
}

/// Field `name`, which must be there.
pub fn required<T: FromJson>(object: &Object, name: &str) -> Result<T, String> {
    match object.get(name) {
        Some(value) => T::read(value).map_err(|e| format!("{name}: {e}")),
        None => Err(format!("missing field `{name}`")),
    }
}

/// Field `name`, or its default when absent.
pub fn optional<T: FromJson + Default>(object: &Object, name: &str) -> Result<T, String> {
    match object.get(name) {
        Some(value) => T::read(value).map_err(|e| format!("{name}: {e}")),
        None => Ok(T::default()),
    }
}

/// One of `names` (a unit enum written as its lowercase name), as its index in `names`.
pub fn one_of(value: &Value, names: &[&str]) -> Result<usize, String> {
    let name = value.as_str().ok_or_else(|| format!("expected a string, found {}", kind(value)))?;
    names.iter().position(|n| *n == name).ok_or_else(|| format!("unknown value {name:?}, expected one of {names:?}"))
}

/// What `value` is, for messages ("a number").
pub fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl FromJson for String {
    fn read(value: &Value) -> Result<Self, String> {
        value.as_str().map(str::to_owned).ok_or_else(|| format!("expected a string, found {}", kind(value)))
    }
}

impl FromJson for usize {
    fn read(value: &Value) -> Result<Self, String> {
        value
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| format!("expected a whole number, found {}", kind(value)))
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(value: &Value) -> Result<Self, String> {
        let items = value.as_array().ok_or_else(|| format!("expected an array, found {}", kind(value)))?;
        items.iter().enumerate().map(|(i, item)| T::read(item).map_err(|e| format!("[{i}]: {e}"))).collect()
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(value: &Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            value => T::read(value).map(Some),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, PartialEq)]
    struct Item {
        name: String,
        tags: Vec<String>,
        size: Option<usize>,
    }

    impl FromJson for Item {
        fn read(value: &Value) -> Result<Self, String> {
            let o = object(value)?;
            Ok(Self { name: required(o, "name")?, tags: optional(o, "tags")?, size: optional(o, "size")? })
        }
    }

    #[test]
    fn fields_read_like_serde_defaults() {
        let items: Vec<Item> =
            from_str(r#"[{"name": "a", "extra": true}, {"name": "b", "tags": ["x"], "size": 3}]"#).unwrap();
        assert_eq!(items[0], Item { name: "a".into(), ..Item::default() });
        assert_eq!(items[1], Item { name: "b".into(), tags: vec!["x".into()], size: Some(3) });
        let none: Item = from_str(r#"{"name": "c", "size": null}"#).unwrap();
        assert_eq!(none.size, None);
    }

    #[test]
    fn errors_say_what_and_where() {
        assert_eq!(from_str::<Vec<Item>>(r#"[{"name": "a"}, {}]"#).unwrap_err(), "[1]: missing field `name`");
        assert_eq!(from_str::<Item>(r#"{"name": 3}"#).unwrap_err(), "name: expected a string, found a number");
        assert_eq!(
            from_str::<Item>(r#"{"name": "a", "tags": null}"#).unwrap_err(),
            "tags: expected an array, found null"
        );
        assert_eq!(
            from_str::<Item>(r#"{"name": "a", "size": -1}"#).unwrap_err(),
            "size: expected a whole number, found a number"
        );
        assert!(from_str::<Item>("{").is_err());
        assert_eq!(one_of(&Value::from("green"), &["yellow", "green"]), Ok(1));
        assert!(one_of(&Value::from("teal"), &["yellow", "green"]).unwrap_err().contains("unknown value \"teal\""));
    }
}

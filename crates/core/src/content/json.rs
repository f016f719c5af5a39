//! Small helpers for turning `serde_json` errors and values into messages.

use serde_json::Value;

/// "a string", "a list", … for messages such as "expected a number, found a string".
pub(crate) fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A syntax error's message without serde_json's " at line X column Y"
/// suffix (line and column are reported separately).
pub(crate) fn syntax_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(cut) => s.get(..cut).unwrap_or(&s).to_owned(),
        None => s,
    }
}

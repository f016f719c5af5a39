//! Checks over parsed catalogues: the variables and variant keys a
//! pattern uses, and what a translation lacks against the English source.

use super::{Message, Part};

/// The variables a pattern uses, sorted, each once.
pub fn variables(pattern: &[Part]) -> Vec<String> {
    fn walk(pattern: &[Part], out: &mut Vec<String>) {
        for part in pattern {
            match part {
                Part::Text(_) => {}
                Part::Var(v) => out.push(v.clone()),
                Part::Select { var, variants, .. } => {
                    out.push(var.clone());
                    for v in variants {
                        walk(&v.pattern, out);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(pattern, &mut out);
    out.sort();
    out.dedup();
    out
}

/// The keys of every variant in a pattern, in order.
pub fn variant_keys(pattern: &[Part]) -> Vec<String> {
    let mut out = Vec::new();
    for part in pattern {
        if let Part::Select { variants, .. } = part {
            for v in variants {
                out.push(v.key.clone());
                out.extend(variant_keys(&v.pattern));
            }
        }
    }
    out
}

/// What a translation (`lang`'s `messages`) lacks or has too much of
/// against the `source` catalogue: missing and unknown ids, and messages
/// whose variables differ. One line each, naming the file and line.
pub fn compare(source: &[Message], lang: &str, messages: &[Message]) -> Vec<String> {
    let mut problems = Vec::new();
    for m in source {
        match messages.iter().find(|t| t.id == m.id) {
            None => problems.push(format!(
                "messages/{lang}.ftl: `{}` is missing (messages/en.ftl line {})",
                m.id, m.line
            )),
            Some(t) if variables(&t.pattern) != variables(&m.pattern) => problems.push(format!(
                "messages/{lang}.ftl line {}: `{}` uses the variables {:?}, but English uses {:?}",
                t.line,
                t.id,
                variables(&t.pattern),
                variables(&m.pattern)
            )),
            Some(_) => {}
        }
    }
    for t in messages {
        if !source.iter().any(|m| m.id == t.id) {
            problems.push(format!(
                "messages/{lang}.ftl line {}: `{}` is not in messages/en.ftl",
                t.line, t.id
            ));
        }
    }
    problems
}

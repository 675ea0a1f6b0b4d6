//! The app's words in English and Spanish.
//!
//! Every message lives in a Fluent file under `locales/<lang>/` (`ui.ftl`, `form.ftl`,
//! `app.ftl`, ...). A translator edits those files only: the build script lists every
//! `.ftl` file it finds there, so a new file needs no code change.
//!
//! - [`text`] (or the [`t!`] macro) gives one message in a language, with its
//!   placeholders filled in. A message missing in Spanish falls back to English.
//! - [`catalog`] gives every message of a language for the window, with each
//!   placeholder left as `{ $name }` for `ui/i18n.js` to fill in. A message that chooses
//!   its words by a value (`{ $count -> [one] … *[other] … }`, for plurals) keeps that
//!   choice, written in the small subset of Fluent that `ui/fluent.js` reads (see
//!   [`window_text`]).
//! - [`ids`], [`placeholders`] and [`load_problems`] are what the completeness tests use.
//!
//! Fluent's invisible bidi isolation marks are turned off: the text is left to right in
//! both languages, and the marks would end up in PDFs, file names and tests.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

mod message;

pub use message::{date_time, long_date, time_of_day, Localize, Message, Value};

mod files {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// A language of the app.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language code: `en` or `es` (also the folder under `locales/`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's own name, as shown in the language choice.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The BCP 47 tag for numbers and dates in California: `en-US` or `es-US`.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-US",
            Lang::Es => "es-US",
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Es => 1,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code that is neither English nor Spanish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language '{}' (expected en or es)", self.0)
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// `en`, `es`, and regional forms such as `es-MX` or `en_US`, in any case.
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        let primary = s
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Ok(Lang::En),
            "es" => Ok(Lang::Es),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

/// A value for a placeholder: text or a number.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u32, u64, usize, f64);

/// One message with its placeholders filled in:
/// `t!(lang, "task-list-progress", done = 3, total = 8)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::text($lang, $id, &[$((stringify!($name), $crate::Arg::from($value))),*])
    };
}

struct Catalog {
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Per language: message id → the placeholders it uses.
    messages: Vec<BTreeMap<String, BTreeSet<String>>>,
    /// Per language: message id → the file it is in.
    origin: Vec<BTreeMap<String, String>>,
    problems: Vec<String>,
}

fn catalog_data() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(load)
}

fn load() -> Catalog {
    let mut problems = Vec::new();
    let mut bundles = Vec::new();
    let mut messages = Vec::new();
    let mut origin = Vec::new();
    for lang in Lang::ALL {
        let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut from: BTreeMap<String, String> = BTreeMap::new();
        for (folder, name, source) in files::FILES {
            if *folder != lang.code() {
                continue;
            }
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        problems.push(format!("{folder}/{name}: cannot read: {e:?}"));
                    }
                    r
                }
            };
            for entry in resource.entries() {
                match entry {
                    ast::Entry::Message(m) => {
                        let id = m.id.name.to_string();
                        if let Some(first) = from.get(&id) {
                            problems.push(format!(
                                "{folder}/{name}: '{id}' is already in {folder}/{first}"
                            ));
                        }
                        let mut vars = BTreeSet::new();
                        if let Some(p) = &m.value {
                            pattern_vars(p, &mut vars);
                        } else {
                            problems.push(format!("{folder}/{name}: '{id}' has no text"));
                        }
                        ids.insert(id.clone(), vars);
                        from.insert(id, name.to_string());
                    }
                    ast::Entry::Junk { content } => {
                        problems.push(format!("{folder}/{name}: cannot read: {content}"));
                    }
                    _ => {}
                }
            }
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    problems.push(format!("{folder}/{name}: {e:?}"));
                }
            }
        }
        bundles.push(bundle);
        messages.push(ids);
        origin.push(from);
    }
    Catalog {
        bundles,
        messages,
        origin,
        problems,
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

fn format(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = &catalog_data().bundles[lang.index()];
    let message = bundle.get_message(id)?;
    let pattern = message.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// One message in `lang`, its placeholders filled from `args`. A message missing in
/// `lang` comes in English; one missing in English too comes back as its id (the
/// completeness test makes sure no such id is used).
pub fn text(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Str(s) => fluent_args.set(*name, FluentValue::from(s.to_string())),
            Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let args = (!args.is_empty()).then_some(&fluent_args);
    format(lang, id, args)
        .or_else(|| format(Lang::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// Whether `lang` has the message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    catalog_data().messages[lang.index()].contains_key(id)
}

/// Every message of a language, for the window: placeholders stay as `{ $name }`, and a
/// message missing in `lang` is there in English. A message with a selector is written
/// by [`window_text`], so the window chooses the variant itself (`ui/fluent.js`).
///
/// Worked out once per language and kept (the window's first screen waits for it:
/// ~9 ms of formatting every message with Fluent); [`prepare`] does it ahead of time.
pub fn catalog(lang: Lang) -> &'static BTreeMap<String, String> {
    static CATALOGS: [OnceLock<BTreeMap<String, String>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    CATALOGS[lang.index()].get_or_init(|| make_catalog(lang))
}

/// Reads the messages and works out [`catalog`] for `lang` now, so that the first screen
/// that needs them does not wait (the desktop app calls it, on a thread of its own, while
/// the window is being made).
pub fn prepare(lang: Lang) {
    catalog(lang);
}

fn make_catalog(lang: Lang) -> BTreeMap<String, String> {
    let data = catalog_data();
    let mut out = BTreeMap::new();
    for from in [Lang::En, lang] {
        for (id, vars) in &data.messages[from.index()] {
            let text = match window_text(from, id) {
                Some(Ok(text)) => Some(text),
                // Outside the subset (the test `every_selector_is_one_the_window_reads`
                // keeps this from happening): the default variants, as before.
                Some(Err(_)) | None => {
                    let mut args = FluentArgs::new();
                    for v in vars {
                        args.set(v.as_str(), FluentValue::from(format!("{{ ${v} }}")));
                    }
                    format(from, id, Some(&args))
                }
            };
            if let Some(s) = text {
                out.insert(id.clone(), s);
            }
        }
    }
    out
}

/// A message with a selector, written for the window: `None` when the message has no
/// selector (the window gets Fluent's own text), an error when it uses Fluent beyond
/// what `ui/fluent.js` reads.
///
/// The subset, on one line:
///
/// - text, and `{ $name }` for a placeholder;
/// - `{ $name -> [key] text *[key] text }`: a space before each `[key]`, `*[key]` (the
///   default) and the closing `}`, one space after each `]`; a key is a number (`0`, `1`)
///   or a word (`one`, `other`, `yes`, `decision`); the text of a variant may hold
///   placeholders and selectors in turn;
/// - string literals (`{ " " }`, `{ "" }`) are written as their text.
///
/// So that this stays unambiguous, text never holds `{` or `}`, and text inside a
/// variant never holds `[` or `]`. Message and term references and functions are not
/// in the subset.
pub fn window_text(lang: Lang, id: &str) -> Option<Result<String, String>> {
    let bundle = &catalog_data().bundles[lang.index()];
    let pattern = bundle.get_message(id)?.value()?;
    if !pattern_has_select(pattern) {
        return None;
    }
    let mut out = String::new();
    Some(write_pattern(pattern, false, &mut out).map(|()| out))
}

fn pattern_has_select(p: &ast::Pattern<&str>) -> bool {
    p.elements.iter().any(|e| match e {
        ast::PatternElement::Placeable { expression } => expression_has_select(expression),
        ast::PatternElement::TextElement { .. } => false,
    })
}

fn expression_has_select(e: &ast::Expression<&str>) -> bool {
    match e {
        ast::Expression::Select { .. } => true,
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_has_select(expression)
        }
        ast::Expression::Inline(_) => false,
    }
}

fn write_text(text: &str, in_variant: bool, out: &mut String) -> Result<(), String> {
    let forbidden: &[char] = if in_variant {
        &['{', '}', '[', ']']
    } else {
        &['{', '}']
    };
    if let Some(c) = text.chars().find(|c| forbidden.contains(c)) {
        return Err(format!("the text {text:?} holds '{c}'"));
    }
    out.push_str(text);
    Ok(())
}

fn write_pattern(p: &ast::Pattern<&str>, in_variant: bool, out: &mut String) -> Result<(), String> {
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => write_text(value, in_variant, out)?,
            ast::PatternElement::Placeable { expression } => {
                write_expression(expression, in_variant, out)?;
            }
        }
    }
    Ok(())
}

fn write_expression(
    e: &ast::Expression<&str>,
    in_variant: bool,
    out: &mut String,
) -> Result<(), String> {
    match e {
        ast::Expression::Select { selector, variants } => {
            let ast::InlineExpression::VariableReference { id } = selector else {
                return Err("a selector that is not a placeholder".into());
            };
            out.push_str(&format!("{{ ${} ->", id.name));
            for v in variants {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => *name,
                    ast::VariantKey::NumberLiteral { value } => *value,
                };
                if key.is_empty()
                    || !key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
                {
                    return Err(format!("the variant key {key:?}"));
                }
                out.push_str(if v.default { " *[" } else { " [" });
                out.push_str(key);
                out.push_str("] ");
                write_pattern(&v.value, true, out)?;
            }
            out.push_str(" }");
            Ok(())
        }
        ast::Expression::Inline(inline) => match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.push_str(&format!("{{ ${} }}", id.name));
                Ok(())
            }
            ast::InlineExpression::StringLiteral { value } if !value.contains('\\') => {
                write_text(value, in_variant, out)
            }
            ast::InlineExpression::NumberLiteral { value } => write_text(value, in_variant, out),
            ast::InlineExpression::Placeable { expression } => {
                write_expression(expression, in_variant, out)
            }
            _ => Err("a reference, a function or an escape in a string literal".into()),
        },
    }
}

/// The words (letters only, lower case) of a message text, its `{ $name }`
/// placeholders left out.
fn message_words(text: &str, out: &mut BTreeSet<String>) {
    let mut rest = text;
    loop {
        let (before, after) = match rest.find("{ $") {
            Some(start) => (
                &rest[..start],
                rest[start..].find('}').map(|end| start + end + 1),
            ),
            None => (rest, None),
        };
        out.extend(
            before
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase),
        );
        match after {
            Some(end) => rest = &rest[end..],
            None => break,
        }
    }
}

/// The words of `text` that the messages of another language use and no message of
/// `lang` does: in a text meant to be in `lang`, a sign of words left untranslated
/// (in Spanish text: "the", "your", "application"). Names the messages of `lang` keep
/// in English (the DMHC form's English name) are not counted.
pub fn untranslated_words(lang: Lang, text: &str) -> Vec<String> {
    static ONLY_ELSEWHERE: OnceLock<Vec<BTreeSet<String>>> = OnceLock::new();
    let only = ONLY_ELSEWHERE.get_or_init(|| {
        let words_of = |l: Lang| {
            let mut out = BTreeSet::new();
            for v in catalog(l).values() {
                message_words(v, &mut out);
            }
            out
        };
        let all: Vec<BTreeSet<String>> = Lang::ALL.iter().map(|l| words_of(*l)).collect();
        Lang::ALL
            .iter()
            .map(|l| {
                let others: BTreeSet<String> = Lang::ALL
                    .iter()
                    .filter(|o| *o != l)
                    .flat_map(|o| all[o.index()].iter().cloned())
                    .collect();
                others.difference(&all[l.index()]).cloned().collect()
            })
            .collect()
    });
    let mut found = BTreeSet::new();
    message_words(text, &mut found);
    found.intersection(&only[lang.index()]).cloned().collect()
}

/// Every message id of a language.
pub fn ids(lang: Lang) -> BTreeSet<String> {
    catalog_data().messages[lang.index()]
        .keys()
        .cloned()
        .collect()
}

/// The placeholders a message uses in a language (`None` if it has no such message).
pub fn placeholders(lang: Lang, id: &str) -> Option<BTreeSet<String>> {
    catalog_data().messages[lang.index()].get(id).cloned()
}

/// The file a message is in (`ui.ftl`, `form.ftl`, ...).
pub fn file_of(lang: Lang, id: &str) -> Option<String> {
    catalog_data().origin[lang.index()].get(id).cloned()
}

/// The Fluent files found at build time: (language folder, file name).
pub fn files() -> Vec<(&'static str, &'static str)> {
    files::FILES.iter().map(|(l, n, _)| (*l, *n)).collect()
}

/// What went wrong reading the files: syntax errors, a message defined twice, a message
/// without text. Empty when all is well.
pub fn load_problems() -> Vec<String> {
    catalog_data().problems.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_left_in_spanish_is_found() {
        let found = untranslated_words(Lang::Es, "Su solicitud: the plan said no");
        assert_eq!(found, vec!["said".to_string(), "the".to_string()]);
        assert!(untranslated_words(Lang::Es, &text(Lang::Es, "start-heading", &[])).is_empty());
        assert!(!untranslated_words(Lang::Es, &text(Lang::En, "start-heading", &[])).is_empty());
    }

    #[test]
    fn languages_parse_from_codes() {
        assert_eq!("es".parse::<Lang>(), Ok(Lang::Es));
        assert_eq!("es-MX".parse::<Lang>(), Ok(Lang::Es));
        assert_eq!("EN_us".parse::<Lang>(), Ok(Lang::En));
        assert!("fr".parse::<Lang>().is_err());
        assert_eq!(
            serde_json::to_string(&Lang::Es).ok().as_deref(),
            Some("\"es\"")
        );
    }
}

//! A message for a person, kept as an id and its arguments until it is shown, so a
//! library can say what to tell the person and the caller chooses the language.
//!
//! The libraries (`imr-case`, `imr-packet`) return [`Message`]s inside their results
//! (validation problems, rules warnings, refusals of a file). A message renders in its
//! language, English unless [`Localize::localize`] changed it: `Display` and serde both
//! write that text, so the CLI, the English PDF packet and existing JSON stay exactly as
//! they were, and the app calls `.localized(lang)` before sending a result to the window.
//!
//! An argument can itself be a message (a field's name, "the patient's last name"), or a
//! date: both are written in the language of the message that holds them.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::{has, text, Arg, Lang};

/// A message id with its arguments, and the language it renders in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: String,
    args: Vec<(&'static str, Value)>,
    lang: Lang,
    /// Shown when no language has the id: the English kept in code, for words whose
    /// source of truth is the code (a question of the form definition).
    fallback: Option<String>,
}

/// One argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// Text shown as it is (a number written out, a person's words, a phone number).
    Text(String),
    /// A whole number; Fluent can choose a plural form from it.
    Number(i64),
    /// A calendar date, written the way people say it in the message's language
    /// ("September 30, 2026", "30 de septiembre de 2026").
    Date { year: i32, month: u32, day: u32 },
    /// Another message, rendered in the same language.
    Message(Box<Message>),
    /// Another message with its first letter made a capital, for the start of a sentence.
    Capitalized(Box<Message>),
}

impl Value {
    /// A calendar date; `month` and `day` count from 1.
    pub fn date(year: i32, month: u32, day: u32) -> Value {
        Value::Date { year, month, day }
    }

    fn render(&self, lang: Lang) -> Arg<'static> {
        match self {
            Value::Text(s) => Arg::from(s.clone()),
            Value::Number(n) => Arg::from(*n),
            Value::Date { year, month, day } => Arg::from(long_date(lang, *year, *month, *day)),
            Value::Message(m) => Arg::from(m.render(lang)),
            Value::Capitalized(m) => Arg::from(capitalized(&m.render(lang))),
        }
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<Message> for Value {
    fn from(m: Message) -> Self {
        Value::Message(Box::new(m))
    }
}

macro_rules! number_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_value!(u8, u16, i32, i64, u32, u64, usize);

impl Message {
    /// The message `id` (a Fluent message id, such as `case-missing`), in English.
    pub fn new(id: impl Into<String>) -> Message {
        Message {
            id: id.into(),
            args: Vec::new(),
            lang: Lang::En,
            fallback: None,
        }
    }

    /// The message `id`, or `english` where a language does not have it (the English
    /// of the form definition, whose translations live in `form.ftl`).
    pub fn or_english(id: impl Into<String>, english: &str) -> Message {
        Message {
            fallback: Some(english.to_owned()),
            ..Message::new(id)
        }
    }

    /// Adds the argument `$name`.
    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The arguments, in the order they were added.
    pub fn args(&self) -> &[(&'static str, Value)] {
        &self.args
    }

    /// The argument `$name`, if it was given.
    pub fn arg(&self, name: &str) -> Option<&Value> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The language the message renders in (by `Display` and serde).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message's text in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        if let Some(english) = &self.fallback {
            if !has(lang, &self.id) {
                return english.clone();
            }
        }
        let args: Vec<(&str, Arg<'static>)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value.render(lang)))
            .collect();
        text(lang, &self.id, &args)
    }

    /// Every message id this one uses: its own and those of message arguments.
    pub fn ids(&self) -> Vec<&str> {
        let mut out = vec![self.id.as_str()];
        for (_, value) in &self.args {
            match value {
                Value::Message(m) | Value::Capitalized(m) => out.extend(m.ids()),
                Value::Date { month, .. } => {
                    out.push("date-long");
                    out.push(month_id(*month));
                }
                Value::Text(_) | Value::Number(_) => {}
            }
        }
        out
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(self.lang))
    }
}

/// Serialises as its text in its language, so JSON keeps a plain string.
impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.render(self.lang))
    }
}

impl PartialEq<str> for Message {
    fn eq(&self, other: &str) -> bool {
        self.render(self.lang).as_str() == other
    }
}

impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.render(self.lang).as_str() == *other
    }
}

/// Something holding messages that can be switched to another language: the app calls
/// `result.localized(lang)` before sending a library's result to the window.
pub trait Localize {
    /// Makes every message inside render in `lang`.
    fn localize(&mut self, lang: Lang);

    /// The same thing, with every message in `lang`.
    fn localized(mut self, lang: Lang) -> Self
    where
        Self: Sized,
    {
        self.localize(lang);
        self
    }
}

impl Localize for Message {
    fn localize(&mut self, lang: Lang) {
        self.lang = lang;
    }
}

impl<T: Localize> Localize for Vec<T> {
    fn localize(&mut self, lang: Lang) {
        for item in self {
            item.localize(lang);
        }
    }
}

impl<T: Localize> Localize for Option<T> {
    fn localize(&mut self, lang: Lang) {
        if let Some(item) = self {
            item.localize(lang);
        }
    }
}

impl<T: Localize, E: Localize> Localize for Result<T, E> {
    fn localize(&mut self, lang: Lang) {
        match self {
            Ok(value) => value.localize(lang),
            Err(error) => error.localize(lang),
        }
    }
}

const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

fn month_id(month: u32) -> &'static str {
    let index = month.clamp(1, 12) as usize - 1;
    MONTHS[index]
}

/// A date the way people say it in `lang`: "September 30, 2026", "30 de septiembre de 2026".
pub fn long_date(lang: Lang, year: i32, month: u32, day: u32) -> String {
    text(
        lang,
        "date-long",
        &[
            ("day", Arg::from(day.to_string())),
            ("month", Arg::from(text(lang, month_id(month), &[]))),
            ("year", Arg::from(year.to_string())),
        ],
    )
}

/// A time of day on a 12-hour clock, as written in California: "6:42 PM", "6:42 p. m.".
pub fn time_of_day(lang: Lang, hour: u32, minute: u32) -> String {
    let twelve = match hour % 12 {
        0 => 12,
        h => h,
    };
    text(
        lang,
        if hour % 24 < 12 { "time-am" } else { "time-pm" },
        &[
            ("hour", Arg::from(twelve.to_string())),
            ("minute", Arg::from(format!("{minute:02}"))),
        ],
    )
}

/// A date and a time: "December 2, 2026 at 6:42 PM", "2 de diciembre de 2026, 6:42 p. m.".
pub fn date_time(lang: Lang, year: i32, month: u32, day: u32, hour: u32, minute: u32) -> String {
    text(
        lang,
        "date-time",
        &[
            ("date", Arg::from(long_date(lang, year, month, day))),
            ("time", Arg::from(time_of_day(lang, hour, minute))),
        ],
    )
}

/// "the patient's ZIP code" → "The patient's ZIP code".
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_in_each_language() {
        assert_eq!(long_date(Lang::En, 2026, 9, 30), "September 30, 2026");
        assert_eq!(long_date(Lang::Es, 2026, 9, 30), "30 de septiembre de 2026");
    }

    #[test]
    fn times_use_a_twelve_hour_clock_in_each_language() {
        assert_eq!(time_of_day(Lang::En, 18, 42), "6:42 PM");
        assert_eq!(time_of_day(Lang::En, 0, 5), "12:05 AM");
        assert_eq!(time_of_day(Lang::En, 12, 0), "12:00 PM");
        assert_eq!(time_of_day(Lang::Es, 6, 42), "6:42 a. m.");
        assert_eq!(time_of_day(Lang::Es, 23, 59), "11:59 p. m.");
        assert_eq!(
            date_time(Lang::En, 2026, 12, 2, 18, 42),
            "December 2, 2026 at 6:42 PM"
        );
        assert_eq!(
            date_time(Lang::Es, 2026, 12, 2, 18, 42),
            "2 de diciembre de 2026, 6:42 p. m."
        );
    }

    #[test]
    fn nested_messages_render_in_the_outer_language() {
        let name = Message::new("checklist-pages-none");
        let message = Message::new("case-missing").with("name", name.clone());
        assert_eq!(message.to_string(), "Enter the application");
        let spanish = message.clone().localized(Lang::Es);
        assert_eq!(spanish.to_string(), "Escriba la solicitud");
        assert_eq!(
            serde_json::to_string(&spanish).ok().as_deref(),
            Some("\"Escriba la solicitud\"")
        );
        let capital =
            Message::new("case-future-date").with("Name", Value::Capitalized(Box::new(name)));
        assert_eq!(
            capital.render(Lang::Es),
            "La solicitud tiene que ser hoy o una fecha pasada"
        );
    }

    #[test]
    fn plural_forms_follow_the_number() {
        let one = Message::new("case-too-long")
            .with("Name", "The initial")
            .with("max", 1);
        assert_eq!(one.to_string(), "The initial must be 1 character or fewer");
        let many = Message::new("case-too-long")
            .with("Name", "The name")
            .with("max", 40);
        assert_eq!(many.to_string(), "The name must be 40 characters or fewer");
    }
}

//! The rules for a new passphrase, in one place: not empty, at least
//! `MIN_PASSPHRASE_CHARS` characters, typed the same twice; and the hint shown while it
//! is typed. Every screen that sets one (a protected case, protecting a case, the clinic
//! coordinator, a hand-over file, an imported case's new passphrase) asks here.

use imr_i18n::{Lang, Message};
use serde::Serialize;

use crate::store::{check_passphrase, MIN_PASSPHRASE_CHARS};
use crate::{AppError, Code, Field};

/// How hard a passphrase looks to guess. Only a hint: the minimum is what is enforced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Nothing typed yet.
    Empty,
    /// Shorter than the minimum: it will be refused.
    TooShort,
    Weak,
    Fair,
    Strong,
}

/// The strength of `passphrase`: several words, or a long one, are strong. Counted in
/// characters (what a person sees), not bytes.
pub fn strength(passphrase: &str) -> Strength {
    let chars = passphrase.chars().count();
    let words = passphrase.split_whitespace().count();
    if chars == 0 {
        Strength::Empty
    } else if chars < MIN_PASSPHRASE_CHARS {
        Strength::TooShort
    } else if words >= 4 || (words >= 3 && chars >= 16) || chars >= 20 {
        Strength::Strong
    } else if words >= 2 || chars >= 12 {
        Strength::Fair
    } else {
        Strength::Weak
    }
}

/// The hint under the passphrase box, in `lang` (empty while nothing is typed).
pub fn hint(lang: Lang, passphrase: &str) -> String {
    let message = match strength(passphrase) {
        Strength::Empty => return String::new(),
        Strength::TooShort => {
            Message::new("vault-strength-short").with("min", MIN_PASSPHRASE_CHARS)
        }
        Strength::Weak => Message::new("vault-strength-weak"),
        Strength::Fair => Message::new("vault-strength-fair"),
        Strength::Strong => Message::new("vault-strength-strong"),
    };
    message.render(lang)
}

/// Checks a new passphrase and its confirmation, naming the box to fix.
pub fn check_new(passphrase: &str, confirm: &str) -> Result<(), AppError> {
    if passphrase.is_empty() {
        return Err(
            AppError::localized(Code::Invalid, Message::new("vault-error-empty"))
                .on_field(Field::Passphrase),
        );
    }
    check_passphrase(passphrase).map_err(|e| e.on_field(Field::Passphrase))?;
    if passphrase != confirm {
        return Err(
            AppError::localized(Code::Invalid, Message::new("vault-error-mismatch"))
                .on_field(Field::PassphraseConfirm),
        );
    }
    Ok(())
}

/// Checks the passphrase typed to open something (a hand-over file, a locked case):
/// only that something was typed; whether it is right, the vault decides.
pub fn check_given(passphrase: &str) -> Result<(), AppError> {
    if passphrase.is_empty() {
        return Err(
            AppError::localized(Code::Invalid, Message::new("vault-error-empty"))
                .on_field(Field::Passphrase),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn strength_counts_words_and_characters() {
        assert_eq!(strength(""), Strength::Empty);
        assert_eq!(strength("short"), Strength::TooShort);
        // Seven characters that are fourteen UTF-8 bytes are still too short.
        assert_eq!(strength("ñññññññ"), Strength::TooShort);
        assert_eq!(strength("abcdefgh"), Strength::Weak);
        assert_eq!(strength("abcdefghijkl"), Strength::Fair);
        assert_eq!(strength("two words"), Strength::Fair);
        assert_eq!(strength("copper meadow lantern harbor"), Strength::Strong);
        assert_eq!(strength("abcdefghijklmnopqrst"), Strength::Strong);
    }

    #[test]
    fn the_hint_is_worded_in_each_language() {
        assert_eq!(hint(Lang::En, ""), "");
        assert_eq!(
            hint(Lang::En, "short"),
            "Too short: use at least 8 characters."
        );
        assert_ne!(hint(Lang::Es, "short"), hint(Lang::En, "short"));
    }

    #[test]
    fn a_new_passphrase_is_refused_with_the_box_to_fix() {
        let field = |p: &str, c: &str| check_new(p, c).unwrap_err().field;
        assert_eq!(field("", ""), Some(Field::Passphrase));
        assert_eq!(field("short", "short"), Some(Field::Passphrase));
        assert_eq!(
            field("copper meadow", "copper meadows"),
            Some(Field::PassphraseConfirm)
        );
        assert!(check_new("copper meadow", "copper meadow").is_ok());
        assert_eq!(check_given("").unwrap_err().field, Some(Field::Passphrase));
        assert!(check_given("x").is_ok());
    }
}

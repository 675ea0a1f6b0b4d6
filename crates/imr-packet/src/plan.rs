//! The packet plan: which parts the packet has, in what order, and on which pages each
//! document lands. Pure arithmetic, so it is easy to test and to show in the app
//! before anything is drawn.

use serde::Serialize;

/// One enclosed document, as listed in the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exhibit {
    /// "A", "B", … "Z", "AA", …
    pub letter: String,
    pub title: String,
    /// Plain-English kind ("Denial letter").
    pub kind: &'static str,
    /// The document's own date, as mm/dd/yyyy.
    pub date_short: Option<String>,
    /// The file it came from, as named in the case.
    pub file: String,
    /// First packet page (1-based).
    pub first_page: usize,
    pub pages: usize,
}

impl Exhibit {
    pub(crate) fn last_page(&self) -> usize {
        self.first_page + self.pages - 1
    }

    /// "7" or "7–9".
    pub fn page_range(&self) -> String {
        if self.pages == 1 {
            self.first_page.to_string()
        } else {
            format!("{}–{}", self.first_page, self.last_page())
        }
    }
}

/// Exhibit letter for the `n`th document (0-based): A–Z, then AA, AB, …
pub(crate) fn exhibit_letter(mut n: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    letters.reverse();
    String::from_utf8_lossy(&letters).into_owned()
}

/// Numbers the exhibits, given the number of pages that come before the first one.
pub(crate) fn number_exhibits(mut exhibits: Vec<Exhibit>, pages_before: usize) -> Vec<Exhibit> {
    let mut next = pages_before + 1;
    for (i, exhibit) in exhibits.iter_mut().enumerate() {
        exhibit.letter = exhibit_letter(i);
        exhibit.first_page = next;
        next += exhibit.pages;
    }
    exhibits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exhibit_letter_runs_past_z() {
        let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(exhibit_letter)
            .collect();
        assert_eq!(
            letters,
            ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
        );
    }

    #[test]
    fn number_exhibits_gives_consecutive_page_ranges() {
        let blank = |pages| Exhibit {
            letter: String::new(),
            title: "t".into(),
            kind: "Other",
            date_short: None,
            file: "f".into(),
            first_page: 0,
            pages,
        };
        let numbered = number_exhibits(vec![blank(1), blank(3), blank(2)], 5);
        let ranges: Vec<String> = numbered.iter().map(Exhibit::page_range).collect();
        assert_eq!(ranges, ["6", "7–9", "10–11"]);
        assert_eq!(numbered[2].letter, "C");
    }
}

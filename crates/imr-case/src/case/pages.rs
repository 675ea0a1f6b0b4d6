//! What the person did to a document's pages: which pages of the file go into the
//! packet and in what order, each turned, cropped to the sheet and with boxes blacked
//! out. The file itself is never changed; the packet engine applies these when it
//! builds the packet.
//!
//! Coordinates are fractions of the page as the file shows it upright (its EXIF or TIFF
//! orientation applied, before any turn made here): `[0, 0]` is its top left corner,
//! `[1, 1]` its bottom right. So they hold whatever the resolution the page is read at.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A point on a page, as fractions of its width and height: `[x, y]`.
pub type Spot = [f64; 2];

/// Four corners, clockwise from the top left: `[top left, top right, bottom right,
/// bottom left]`.
pub type Corners = [Spot; 4];

/// One page of the document as it goes into the packet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageEdit {
    /// The page of the file, counting from 1.
    pub page: usize,
    /// Turned clockwise by this many degrees: 0, 90, 180 or 270 (after the crop).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub turn: u16,
    /// The sheet's four corners in the photo, when it is cropped and straightened; absent
    /// for the whole page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crop: Option<Corners>,
    /// Parts to black out, each given by its four corners (on the page as the file
    /// shows it, so that they stay on the same words whatever the crop and the turn).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub redact: Vec<Corners>,
}

fn is_zero(turn: &u16) -> bool {
    *turn == 0
}

impl PageEdit {
    /// Page `page` (from 1) as it is in the file.
    pub fn plain(page: usize) -> PageEdit {
        PageEdit {
            page,
            turn: 0,
            crop: None,
            redact: Vec::new(),
        }
    }

    /// Whether the page goes in as the file has it.
    pub fn is_plain(&self) -> bool {
        self.turn == 0 && self.crop.is_none() && self.redact.is_empty()
    }
}

/// The keys a page entry may have.
pub(crate) const PAGE_KEYS: [&str; 4] = ["page", "turn", "crop", "redact"];

/// Why one page entry cannot be read, in words for the case-file error (English, as the
/// rest of [`super::CaseFileError`]).
pub(crate) fn page_problem(entry: &Value) -> Option<String> {
    let Value::Object(map) = entry else {
        return Some("a page must be written as { \"page\": 1, … }".into());
    };
    if let Some(key) = map.keys().find(|k| !PAGE_KEYS.contains(&k.as_str())) {
        return Some(format!(
            "it has a key \"{key}\"; the keys are page, turn, crop and redact"
        ));
    }
    match map.get("page").and_then(Value::as_u64) {
        Some(n) if n >= 1 => {}
        _ => return Some("its \"page\" must be a page number from 1".into()),
    }
    if let Some(turn) = map.get("turn") {
        if !matches!(turn.as_u64(), Some(0 | 90 | 180 | 270)) {
            return Some(format!(
                "its \"turn\" is {turn}; it must be 0, 90, 180 or 270"
            ));
        }
    }
    if let Some(crop) = map.get("crop") {
        if !crop.is_null() && !is_corners(crop) {
            return Some("its \"crop\" must be four [x, y] corners, each between 0 and 1".into());
        }
    }
    if let Some(redact) = map.get("redact") {
        let fine = redact
            .as_array()
            .is_some_and(|boxes| boxes.iter().all(is_corners));
        if !fine {
            return Some(
                "its \"redact\" must be a list of boxes, each four [x, y] corners between 0 and 1"
                    .into(),
            );
        }
    }
    None
}

/// Four `[x, y]` pairs of numbers between 0 and 1.
fn is_corners(value: &Value) -> bool {
    value.as_array().is_some_and(|corners| {
        corners.len() == 4
            && corners.iter().all(|c| {
                c.as_array().is_some_and(|xy| {
                    xy.len() == 2
                        && xy
                            .iter()
                            .all(|v| v.as_f64().is_some_and(|f| (0.0..=1.0).contains(&f)))
                })
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_problem_names_what_is_wrong() {
        let problem = |json: &str| page_problem(&serde_json::from_str(json).unwrap_or(Value::Null));
        assert_eq!(problem(r#"{"page": 2, "turn": 90}"#), None);
        assert_eq!(
            problem(
                r#"{"page": 1, "crop": [[0,0],[1,0],[1,1],[0,1]], "redact": [[[0.1,0.1],[0.2,0.1],[0.2,0.2],[0.1,0.2]]]}"#
            ),
            None
        );
        assert!(problem(r#"{"page": 0}"#).is_some_and(|p| p.contains("page number")));
        assert!(problem(r#"{"page": 1, "turn": 45}"#).is_some_and(|p| p.contains("45")));
        assert!(problem(r#"{"page": 1, "crop": [[0,0],[1,0],[1,1]]}"#)
            .is_some_and(|p| p.contains("crop")));
        assert!(problem(r#"{"page": 1, "crop": [[0,0],[1.5,0],[1,1],[0,1]]}"#).is_some());
        assert!(problem(r#"{"page": 1, "redact": [[0,0]]}"#).is_some_and(|p| p.contains("redact")));
        assert!(problem(r#"{"page": 1, "rotate": 90}"#).is_some_and(|p| p.contains("rotate")));
        assert!(problem("3").is_some());
    }

    #[test]
    fn a_plain_page_writes_only_its_number() {
        let json = serde_json::to_string(&PageEdit::plain(3)).unwrap_or_default();
        assert_eq!(json, r#"{"page":3}"#);
        assert!(PageEdit::plain(3).is_plain());
    }
}

//! What happened in past Independent Medical Reviews: the public DMHC dataset
//! "Independent Medical Review (IMR) Determinations, Trend" (CHHS Open Data Portal),
//! report years 2001–2016, 19,228 decisions, bundled with the app as a compact table
//! (`data/imr-outcomes.bin`, made from the CSV by `imr-outcomes-generate`).
//!
//! The person picks a diagnosis category and a treatment category (or "any") and sees how
//! many decisions there were, how many overturned the plan, by type of review, and the
//! years they come from. No I/O: the table is compiled in.

use std::sync::OnceLock;

use serde::Serialize;

pub mod generate;
pub mod prefill;
pub mod table;

pub use prefill::{suggest, Suggestion};
pub use table::{decode, encode, Table, TableError};

/// The bundled table, made from the CSV; a test checks it is exactly what the CSV gives.
pub const BUNDLED: &[u8] = include_bytes!("../data/imr-outcomes.bin");

/// Where the current data lives (shown as text; the app never links out).
pub const SOURCE_NAME: &str = "Independent Medical Review (IMR) Determinations, Trend";
/// The portal that publishes it.
pub const SOURCE_PORTAL: &str = "California Health and Human Services (CHHS) Open Data Portal";

/// One past decision, reduced to what the app uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub year: u16,
    /// The diagnosis category, "" when not recorded.
    pub diagnosis: String,
    /// The treatment category, "" when not recorded.
    pub treatment: String,
    /// Medical Necessity, Experimental/Investigational or Urgent Care.
    pub kind: String,
    /// Whether the reviewers overturned the plan's decision (decided for the patient).
    pub overturned: bool,
}

/// A category and how many decisions it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Category {
    pub name: String,
    pub count: u32,
}

/// Counts for one type of review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TypeCounts {
    pub kind: String,
    pub total: u32,
    pub overturned: u32,
    pub upheld: u32,
    /// Share overturned, in whole percent (rounded), when there is at least one decision.
    pub overturned_percent: Option<u32>,
}

/// The answer to a query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub total: u32,
    pub overturned: u32,
    pub upheld: u32,
    pub overturned_percent: Option<u32>,
    /// One entry per type of review that has decisions, in the table's order.
    pub by_type: Vec<TypeCounts>,
    /// The first and last report years with a matching decision.
    pub years: Option<(u16, u16)>,
}

/// A category name the table does not have.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("There is no {what} category called \"{name}\" in the past decisions.")]
pub struct UnknownCategory {
    pub what: &'static str,
    pub name: String,
}

/// Whole percent, rounded half up; `None` for nothing.
pub fn percent(part: u32, total: u32) -> Option<u32> {
    if total == 0 {
        return None;
    }
    Some(((u64::from(part) * 200 + u64::from(total)) / (u64::from(total) * 2)) as u32)
}

/// The past decisions, ready to query.
#[derive(Debug, Clone)]
pub struct Outcomes {
    table: Table,
}

impl Outcomes {
    /// Reads a table made by [`encode`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Outcomes, TableError> {
        Ok(Outcomes {
            table: decode(bytes)?,
        })
    }

    /// The table bundled with the app, decoded once.
    pub fn bundled() -> &'static Outcomes {
        static BUNDLED_OUTCOMES: OnceLock<Outcomes> = OnceLock::new();
        BUNDLED_OUTCOMES.get_or_init(|| {
            Outcomes::from_bytes(BUNDLED)
                .expect("the bundled table is checked against the CSV by the crate's tests")
        })
    }

    fn categories(&self, names: &[String], of: impl Fn(&table::Group) -> u8) -> Vec<Category> {
        let mut counts = vec![0u32; names.len()];
        for g in &self.table.groups {
            counts[of(g) as usize] += u32::from(g.overturned) + u32::from(g.upheld);
        }
        let mut out: Vec<Category> = names
            .iter()
            .zip(counts)
            .filter(|(name, count)| !name.is_empty() && *count > 0)
            .map(|(name, count)| Category {
                name: name.clone(),
                count,
            })
            .collect();
        out.sort_by_key(|a| a.name.to_lowercase());
        out
    }

    /// Diagnosis categories with their number of decisions, A to Z. Decisions without a
    /// category count only under "any".
    pub fn diagnoses(&self) -> Vec<Category> {
        self.categories(&self.table.diagnoses, |g| g.diagnosis)
    }

    /// Treatment categories with their number of decisions, A to Z.
    pub fn treatments(&self) -> Vec<Category> {
        self.categories(&self.table.treatments, |g| g.treatment)
    }

    /// The types of review (Medical Necessity, ...), in the table's order.
    pub fn types(&self) -> &[String] {
        &self.table.types
    }

    fn find(
        names: &[String],
        what: &'static str,
        name: Option<&str>,
    ) -> Result<Option<u8>, UnknownCategory> {
        match name {
            None => Ok(None),
            Some(name) => names
                .iter()
                .position(|n| !n.is_empty() && n == name)
                .map(|i| Some(i as u8))
                .ok_or_else(|| UnknownCategory {
                    what,
                    name: name.to_string(),
                }),
        }
    }

    /// Decisions for a diagnosis category and a treatment category; `None` means any.
    pub fn query(
        &self,
        diagnosis: Option<&str>,
        treatment: Option<&str>,
    ) -> Result<Summary, UnknownCategory> {
        let dx = Self::find(&self.table.diagnoses, "diagnosis", diagnosis)?;
        let tx = Self::find(&self.table.treatments, "treatment", treatment)?;
        let mut by_type = vec![(0u32, 0u32); self.table.types.len()];
        let mut years: Option<(u16, u16)> = None;
        for g in &self.table.groups {
            if dx.is_some_and(|d| d != g.diagnosis) || tx.is_some_and(|t| t != g.treatment) {
                continue;
            }
            let counts = &mut by_type[g.kind as usize];
            counts.0 += u32::from(g.overturned);
            counts.1 += u32::from(g.upheld);
            if g.overturned + g.upheld > 0 {
                years = Some(match years {
                    None => (g.year, g.year),
                    Some((first, last)) => (first.min(g.year), last.max(g.year)),
                });
            }
        }
        let by_type: Vec<TypeCounts> = self
            .table
            .types
            .iter()
            .zip(by_type)
            .filter(|(_, (o, u))| o + u > 0)
            .map(|(kind, (overturned, upheld))| TypeCounts {
                kind: kind.clone(),
                total: overturned + upheld,
                overturned,
                upheld,
                overturned_percent: percent(overturned, overturned + upheld),
            })
            .collect();
        let overturned = by_type.iter().map(|t| t.overturned).sum();
        let upheld = by_type.iter().map(|t| t.upheld).sum();
        Ok(Summary {
            total: overturned + upheld,
            overturned,
            upheld,
            overturned_percent: percent(overturned, overturned + upheld),
            by_type,
            years,
        })
    }

    /// The report years the whole table covers.
    pub fn coverage(&self) -> (u16, u16) {
        let years = self.table.groups.iter().map(|g| g.year);
        (
            years.clone().min().unwrap_or_default(),
            years.max().unwrap_or_default(),
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn percent_rounds_half_up_and_has_none_for_nothing() {
        assert_eq!(percent(1, 2), Some(50));
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 8), Some(13));
        assert_eq!(percent(0, 5), Some(0));
        assert_eq!(percent(0, 0), None);
    }

    #[test]
    fn unknown_category_is_named() {
        let e = Outcomes::bundled()
            .query(Some("Broken Arm"), None)
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "There is no diagnosis category called \"Broken Arm\" in the past decisions."
        );
        // "Not recorded" is not a category one can pick.
        assert!(Outcomes::bundled().query(None, Some("")).is_err());
    }
}

//! How a document page will look on the fax, before the packet is made.

use base64::Engine;
use imr_packet::{prepare, Limits};
use serde::Serialize;

use crate::store::CaseStore;
use crate::vault::ReadError;
use crate::{AppError, Code};

/// One document page as the fax will carry it.
#[derive(Debug, Clone, Serialize)]
pub struct FaxPreview {
    /// The document's title, as in the list of documents.
    pub title: String,
    /// Which page (from 1) and of how many.
    pub page: usize,
    pub pages: usize,
    /// `data:image/png;base64,…`: the converted page at fax resolution (200 dpi).
    pub image: String,
}

impl CaseStore {
    /// Page `page` (from 1) of document `index` (from 0), converted as the fax packet
    /// converts it. Only reads the case's own copy of the file.
    pub fn fax_preview(&self, id: &str, index: usize, page: usize) -> Result<FaxPreview, AppError> {
        let case = self.load(id)?;
        let entry = case.file.documents.get(index).ok_or_else(|| {
            AppError::new(
                Code::NotFound,
                "This document is no longer in the case. Go back to the list of documents.",
            )
        })?;
        let bad =
            |detail: String| AppError::new(Code::BadDocument, format!("{}: {detail}", entry.title));
        // Through the vault: a protected case's copies are sealed on disk.
        let bytes = self.read_case_bytes(id, &entry.path).map_err(|e| match e {
            ReadError::Io(e) => bad(format!(
                "the app's copy of this file cannot be read ({e}). Add it again."
            )),
            ReadError::App(e) => e,
        })?;
        let prepared =
            prepare(bytes.to_vec(), &Limits::default()).map_err(|e| bad(e.to_string()))?;
        let pages = prepared.page_count();
        if page == 0 || page > pages {
            return Err(AppError::new(
                Code::NotFound,
                format!("{} has {pages} page(s), not {page}.", entry.title),
            ));
        }
        let png = imr_packet::fax::fax_preview(&prepared, page - 1).map_err(|e| {
            bad(format!(
                "the fax picture of page {page} cannot be made ({e}). The page still goes \
                 into the packet as it is."
            ))
        })?;
        Ok(FaxPreview {
            title: entry.title.clone(),
            page,
            pages,
            image: format!(
                "data:image/png;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(png)
            ),
        })
    }
}

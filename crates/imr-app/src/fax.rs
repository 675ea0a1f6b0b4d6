//! How a document page will look on the fax, before the packet is made.

use base64::Engine;
use imr_case::form::DocumentKind;
use imr_i18n::{Lang, Localize, Message};
use imr_packet::{prepare, Limits};
use serde::Serialize;

use crate::localize::{document_title_in, document_title_value};

use crate::store::CaseStore;
use crate::store::ReadError;
use crate::{AppError, Code};

/// One document page as the fax will carry it.
#[derive(Debug, Clone, Serialize)]
pub struct FaxPreview {
    /// The document's title, as in the list of documents: the app's own title (the
    /// kind's English name) is named in the person's language by [`Localize`].
    pub title: String,
    /// The document's kind, to name it in another language.
    #[serde(skip)]
    pub kind: DocumentKind,
    /// Which page (from 1) and of how many.
    pub page: usize,
    pub pages: usize,
    /// `data:image/png;base64,…`: the converted page at fax resolution (200 dpi).
    pub image: String,
}

/// Page `page` (from 1) of document `index` (from 0) of case `id`, converted as the fax
/// packet converts it. Only reads the case's own copy of the file.
pub(crate) fn preview(
    store: &CaseStore,
    id: &str,
    index: usize,
    page: usize,
) -> Result<FaxPreview, AppError> {
    let case = store.load(id)?;
    let entry = case
        .file
        .documents
        .get(index)
        .ok_or_else(|| AppError::text(Code::NotFound, "error-fax-document-gone", &[]))?;
    let bad = |reason: Message| {
        AppError::localized(
            Code::BadDocument,
            Message::new("error-file-refused")
                .with("name", document_title_value(entry.kind, &entry.title))
                .with("reason", reason),
        )
    };
    // Through the vault: a protected case's copies are sealed on disk.
    let bytes = store
        .read_case_bytes(id, &entry.path)
        .map_err(|e| match e {
            ReadError::Io(e) => {
                bad(Message::new("error-fax-copy-unreadable").with("reason", e.to_string()))
            }
            ReadError::App(e) => e,
        })?;
    let prepared = prepare(bytes.to_vec(), &Limits::default()).map_err(|e| bad(e.message()))?;
    // The pages as they will be sent: chosen, ordered, turned, cropped, blacked out.
    let prepared = match &entry.pages {
        Some(pages) => imr_packet::apply_edits(prepared, pages).map_err(|e| bad(e.message()))?,
        None => prepared,
    };
    let pages = prepared.page_count();
    if page == 0 || page > pages {
        return Err(AppError::localized(
            Code::NotFound,
            Message::new("error-fax-no-such-page")
                .with("title", document_title_value(entry.kind, &entry.title))
                .with("pages", pages)
                .with("page", page),
        ));
    }
    let png = imr_packet::fax::fax_preview(&prepared, page - 1).map_err(|e| {
        bad(Message::new("error-fax-picture-failed")
            .with("page", page)
            .with("reason", e.to_string()))
    })?;
    Ok(FaxPreview {
        title: entry.title.clone(),
        kind: entry.kind,
        page,
        pages,
        image: format!(
            "data:image/png;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(png)
        ),
    })
}

impl Localize for FaxPreview {
    /// Names the app's own title (the kind's English name) in `lang`.
    fn localize(&mut self, lang: Lang) {
        self.title = document_title_in(lang, self.kind, &self.title);
    }
}

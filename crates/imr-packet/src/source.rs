//! Where document bytes come from. The engine never opens files on its own: the CLI and
//! the desktop app hand it a [`DocumentSource`]; tests can hand it bytes from memory.

use std::io;
use std::path::{Path, PathBuf};

use imr_case::case::{Case, DocumentEntry};
use imr_i18n::Message;

use crate::edit::apply_edits;
use crate::intake::{prepare, Limits, Prepared};
use crate::PacketError;

/// Reads a document's bytes given its path as written in the case file.
pub trait DocumentSource {
    fn read(&self, path: &str) -> io::Result<Vec<u8>>;
}

/// Documents stored as files; paths in the case are relative to `base` (the folder of
/// the case file).
#[derive(Debug, Clone)]
pub struct DirSource {
    base: PathBuf,
}

impl DirSource {
    pub fn new(base: impl Into<PathBuf>) -> DirSource {
        DirSource { base: base.into() }
    }

    /// The folder holding `case_file`.
    pub fn beside(case_file: &Path) -> DirSource {
        DirSource::new(case_file.parent().unwrap_or(Path::new(".")))
    }
}

impl DocumentSource for DirSource {
    fn read(&self, path: &str) -> io::Result<Vec<u8>> {
        std::fs::read(self.base.join(path))
    }
}

/// A document of the case, checked and ready for the packet.
#[derive(Debug)]
pub struct LoadedDocument {
    pub entry: DocumentEntry,
    pub prepared: Prepared,
    /// The words recognized on each photo or scan page, laid invisibly over it in the
    /// packet so it can be searched; empty, or `None` for a page, when there are none.
    pub text: Vec<Option<imr_ocr::PageText>>,
}

/// Reads and checks one document, with its page edits applied.
pub fn load_document(
    entry: &DocumentEntry,
    source: &dyn DocumentSource,
    limits: &Limits,
) -> Result<LoadedDocument, PacketError> {
    let file = entry.path.clone();
    let bytes = source
        .read(&entry.path)
        .map_err(|e| PacketError::Document {
            file: file.clone(),
            message: read_error(&e),
        })?;
    let prepared = prepare(bytes, limits).map_err(|e| PacketError::Document {
        file: file.clone(),
        message: e.message(),
    })?;
    // The person's page edits; the file itself stays as it was.
    let prepared = match &entry.pages {
        Some(pages) => apply_edits(prepared, pages).map_err(|e| PacketError::Document {
            file,
            message: e.message(),
        })?,
        None => prepared,
    };
    Ok(LoadedDocument {
        entry: entry.clone(),
        prepared,
        text: Vec::new(),
    })
}

/// Reads and checks every document of the case, reporting every bad one at once.
pub fn load_documents(
    case: &Case,
    source: &dyn DocumentSource,
    limits: &Limits,
) -> Result<Vec<LoadedDocument>, Vec<PacketError>> {
    let mut loaded = Vec::new();
    let mut problems = Vec::new();
    for entry in &case.documents {
        match load_document(entry, source, limits) {
            Ok(doc) => loaded.push(doc),
            Err(e) => problems.push(e),
        }
    }
    if problems.is_empty() {
        Ok(loaded)
    } else {
        Err(problems)
    }
}

fn read_error(e: &io::Error) -> Message {
    match e.kind() {
        io::ErrorKind::NotFound => Message::new("error-source-not-found"),
        io::ErrorKind::PermissionDenied => Message::new("error-source-denied"),
        _ if e.raw_os_error() == Some(21) || e.kind() == io::ErrorKind::IsADirectory => {
            Message::new("error-source-folder")
        }
        _ => Message::new("error-source-unreadable").with("reason", e.to_string()),
    }
}

//! Saving a file so that it is either complete or absent: the one way the app and the
//! CLI write files (case files, settings, packets, calendar files, exports).

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::AppError;

/// Temp file, fsync, rename, fsync the folder: [`write_atomically_with`] for bytes in
/// memory, with the app's storage error.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    write_atomically_with(path, |w| w.write_all(bytes)).map_err(|e| {
        let io = match e {
            AtomicWriteError::Io(e) | AtomicWriteError::Write(e) => e,
        };
        AppError::storage(&format!("saving {name}"), &io)
    })
}

/// What went wrong in [`write_atomically_with`]: the file system, or the writer given.
#[derive(Debug)]
pub enum AtomicWriteError<E> {
    Io(std::io::Error),
    Write(E),
}

/// Writes `path` so that it is either complete or absent, the one way the app and the
/// CLI save files: `write` fills a temporary file beside it (`.<name>.tmp`, buffered), which
/// is flushed to disk, renamed over `path`, and the folder is flushed so the rename
/// survives a power cut. On any failure the temporary file is removed and `path` is
/// untouched.
pub fn write_atomically_with<T, E>(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T, E>,
) -> Result<T, AtomicWriteError<E>> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.tmp"));
    let result = (|| {
        let file = fs::File::create(&temp).map_err(AtomicWriteError::Io)?;
        let mut writer = std::io::BufWriter::with_capacity(1 << 20, file);
        let value = write(&mut writer).map_err(AtomicWriteError::Write)?;
        let file = writer
            .into_inner()
            .map_err(|e| AtomicWriteError::Io(e.into_error()))?;
        file.sync_all().map_err(AtomicWriteError::Io)?;
        fs::rename(&temp, path).map_err(AtomicWriteError::Io)?;
        sync_dir(dir).map_err(AtomicWriteError::Io)?;
        Ok(value)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
    // Windows has no directory handles to flush; the rename is already durable there
    // once the file itself was flushed.
    Ok(())
}

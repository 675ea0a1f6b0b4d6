//! One app per data folder. Two windows saving into the same case folder could each
//! overwrite the other's answers, so the app takes an exclusive lock on
//! `<data dir>/instance.lock` when it starts and holds it until it stops. The operating
//! system drops the lock when the process ends in any way (even a crash or a kill), so a
//! lock is never left behind.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{AppError, Code};

/// The name of the lock file in the data folder.
pub const LOCK_FILE: &str = "instance.lock";

/// The lock on a data folder; dropping it lets another app use the folder.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
    path: PathBuf,
}

impl InstanceLock {
    /// Takes the data folder for this process, or says that another app has it.
    pub fn acquire(data_dir: &Path) -> Result<InstanceLock, AppError> {
        fs::create_dir_all(data_dir)
            .map_err(|e| AppError::storage("making the data folder", &e))?;
        let path = data_dir.join(LOCK_FILE);
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| AppError::storage("opening the lock file", &e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(AppError::text(
                    Code::AlreadyOpen,
                    "error-already-open",
                    &[("folder", &data_dir.display().to_string())],
                ))
            }
            Err(TryLockError::Error(e)) => {
                return Err(AppError::storage("locking the data folder", &e))
            }
        }
        // For a person looking at the folder: which process holds it.
        let _ = file.set_len(0);
        let _ = writeln!(file, "IMR Packet, process {}", std::process::id());
        Ok(InstanceLock { _file: file, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn second_lock_on_the_same_folder_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let first = InstanceLock::acquire(dir.path()).unwrap();
        let e = InstanceLock::acquire(dir.path()).unwrap_err();
        assert_eq!(e.code, Code::AlreadyOpen);
        assert!(
            e.message.starts_with("IMR Packet is already open"),
            "{}",
            e.message
        );
        assert!(e.message.contains(&dir.path().display().to_string()));
        let other = tempfile::tempdir().unwrap();
        let _elsewhere = InstanceLock::acquire(other.path()).unwrap();
        drop(first);
        InstanceLock::acquire(dir.path()).unwrap();
    }
}

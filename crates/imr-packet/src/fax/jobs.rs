//! Every page of a packet, converted on worker threads in bounded memory.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use super::{encode, fax_page, Encoded, FaxError};
use crate::intake::Prepared;

/// One page to convert: which document, which of its pages, where it goes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Job {
    pub placement: usize,
    pub page: usize,
}

/// Converts the jobs on `workers` threads (0: one per core, at most 8) and hands each
/// result to `sink` on this thread as it is ready. At most two results per worker wait at once, so memory stays bounded
/// however many pages there are: a page is decoded, cleaned, compressed, and only its
/// compressed form is kept. A page that fails is handed over with its [`FaxError`]; the
/// first error `sink` returns stops the conversion and is returned.
pub(crate) fn convert_all<E>(
    documents: &[&Prepared],
    jobs: &[Job],
    workers: usize,
    mut sink: impl FnMut(Job, Result<Option<Encoded>, FaxError>) -> Result<(), E>,
) -> Result<(), E> {
    let workers = if workers == 0 {
        std::thread::available_parallelism()
            .map_or(2, |n| n.get())
            .clamp(1, 8)
            .min(jobs.len().max(1))
    } else {
        workers
    };
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::sync_channel::<(Job, Result<Option<Encoded>, FaxError>)>(workers * 2);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&job) = jobs.get(i) else { return };
                // A fault in a decoder or the PDF renderer on a strange file must not
                // take the packet down: the page then goes in as it would be mailed.
                let convert = || {
                    documents
                        .get(job.placement)
                        .ok_or(FaxError::NoDocument)
                        .and_then(|d| fax_page(d, job.page))
                        .and_then(|page| {
                            if page.keep_original {
                                Ok(None)
                            } else {
                                encode(page).map(Some)
                            }
                        })
                };
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(convert))
                    .unwrap_or_else(|_| Err(FaxError::Panicked));
                if tx.send((job, result)).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        let mut outcome = Ok(());
        for (job, result) in rx {
            if outcome.is_ok() {
                outcome = sink(job, result);
            }
            if outcome.is_err() {
                // Let the workers stop: no more jobs to take.
                next.store(jobs.len(), Ordering::Relaxed);
            }
        }
        outcome
    })
}

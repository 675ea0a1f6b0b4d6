//! Puts fax-converted document pages into the packet: each page converted (by the `fax`
//! stages) becomes one image XObject, drawn where the page's picture goes.

use std::collections::BTreeMap;

use lopdf::{dictionary, Document, Object, ObjectId, Stream};

use super::{add_to_page, page_at, AssembleError, Placement};
use crate::fax::{convert_all, Encoded, Encoding, Job};
use crate::intake::Prepared;
use crate::Progress;

/// Converts every document page for the fax and draws it on its packet page. Returns,
/// for each placement, which of its pages were placed; the others (a page the converter
/// could not read) are left for the caller to place as they would be mailed.
pub(crate) fn place_fax_pages(
    doc: &mut Document,
    pages: &[ObjectId],
    placements: &[Placement],
    workers: usize,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<Vec<bool>>, AssembleError> {
    let documents: Vec<&Prepared> = placements.iter().map(|p| &p.document).collect();
    let jobs: Vec<Job> = placements
        .iter()
        .enumerate()
        .flat_map(|(placement, p)| {
            (0..p.document.page_count()).map(move |page| Job { placement, page })
        })
        .collect();
    let mut done: Vec<Vec<bool>> = placements
        .iter()
        .map(|p| vec![false; p.document.page_count()])
        .collect();
    // Where each placement's jobs start in `jobs`, to know a result's place in page order.
    let mut starts = Vec::with_capacity(placements.len());
    let mut count = 0;
    for p in placements {
        starts.push(count);
        count += p.document.page_count();
    }
    // Results come in the order the workers finish; they are put into the packet in page
    // order (the next one waits here until its turn), so the same case gives the same
    // object numbers, and so the same bytes, however the threads ran.
    let mut waiting: BTreeMap<usize, (Job, Option<Encoded>)> = BTreeMap::new();
    let mut next = 0;
    let total = jobs.len();
    progress(Progress::Converting { done: 0, total });
    let mut converted = 0;
    convert_all(&documents, &jobs, workers, |job, result| {
        // Counted as results arrive (on this thread), whatever order the workers finish in.
        converted += 1;
        progress(Progress::Converting {
            done: converted,
            total,
        });
        let index = starts.get(job.placement).ok_or(AssembleError::NoDocument)? + job.page;
        // A page that cannot be converted is not lost: it goes in as mailed.
        // A page that is fine as it is stays as it is.
        waiting.insert(index, (job, result.ok().flatten()));
        while let Some((job, encoded)) = waiting.remove(&next) {
            next += 1;
            let Some(encoded) = encoded else { continue };
            let first = placements
                .get(job.placement)
                .map(|p| p.first_page)
                .ok_or(AssembleError::NoDocument)?;
            let page = page_at(pages, first + job.page)?;
            let (x, y, w, h) = encoded.rect;
            let image = doc.add_object(xobject(encoded));
            add_to_page(doc, page, image, [w, 0.0, 0.0, h, x, y])?;
            done[job.placement][job.page] = true;
        }
        Ok(())
    })?;
    Ok(done)
}

fn xobject(encoded: Encoded) -> Stream {
    let mut dict = dictionary! {
        "Type" => "XObject",
        "Subtype" => "Image",
        "Width" => encoded.width as i64,
        "Height" => encoded.height as i64,
        "ColorSpace" => "DeviceGray",
    };
    match encoded.encoding {
        Encoding::Bilevel => {
            dict.set("BitsPerComponent", 1);
            dict.set("Filter", "CCITTFaxDecode");
            dict.set(
                "DecodeParms",
                Object::Dictionary(dictionary! {
                    "K" => -1,
                    "Columns" => encoded.width as i64,
                    "Rows" => encoded.height as i64,
                    "BlackIs1" => false,
                }),
            );
        }
        Encoding::Grey => {
            dict.set("BitsPerComponent", 8);
            dict.set("Filter", "DCTDecode");
        }
    }
    Stream::new(dict, encoded.data).with_compression(false)
}

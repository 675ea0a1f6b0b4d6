//! Edits HEIF files the way an iPhone writes them. Debian 12's `heif-enc` (libheif
//! 1.15) keeps a JPEG's EXIF orientation but writes no rotation property; an iPhone
//! stores the photo sideways with both an `irot` property and the EXIF orientation.
//! [`with_rotation`] adds the `irot` property to a file `heif-enc` made.

/// A box of an ISO base media file: where it starts, its header length and its end.
#[derive(Debug, Clone, Copy)]
struct BoxAt {
    start: usize,
    header: usize,
    end: usize,
}

fn find(data: &[u8], from: usize, to: usize, kind: &[u8; 4]) -> Option<BoxAt> {
    let mut pos = from;
    while pos + 8 <= to {
        let size = u32::from_be_bytes(data[pos..pos + 4].try_into().ok()?) as usize;
        let (header, size) = match size {
            0 => (8, to - pos),
            1 => (
                16,
                u64::from_be_bytes(data[pos + 8..pos + 16].try_into().ok()?) as usize,
            ),
            n => (8, n),
        };
        if size < header || pos + size > to {
            return None;
        }
        if &data[pos + 4..pos + 8] == kind {
            return Some(BoxAt {
                start: pos,
                header,
                end: pos + size,
            });
        }
        pos += size;
    }
    None
}

/// Rewrites the size of box `b`, now at `at`, grown by `by` bytes.
fn grow(data: &mut [u8], b: BoxAt, at: usize, by: usize) {
    assert_eq!(b.header, 8, "64-bit box sizes are not handled");
    let size = (b.end - b.start + by) as u32;
    data[at..at + 4].copy_from_slice(&size.to_be_bytes());
}

fn read_uint(data: &[u8], at: usize, size: usize) -> u64 {
    data[at..at + size]
        .iter()
        .fold(0, |v, &b| (v << 8) | u64::from(b))
}

fn write_uint(data: &mut [u8], at: usize, size: usize, value: u64) {
    for i in 0..size {
        data[at + i] = (value >> (8 * (size - 1 - i))) as u8;
    }
}

/// Adds an `irot` property (`quarter_turns` × 90° anticlockwise, as HEIF counts) to
/// the primary picture of a HEIF file whose `meta` box comes before its data, as
/// `heif-enc` writes it. Panics on files laid out otherwise.
pub fn with_rotation(heif: &[u8], quarter_turns: u8) -> Vec<u8> {
    let mut data = heif.to_vec();
    let meta = find(&data, 0, data.len(), b"meta").expect("no meta box");
    // `meta` is a full box: four bytes of version and flags before its children.
    let inner = meta.start + meta.header + 4;
    let pitm = find(&data, inner, meta.end, b"pitm").expect("no pitm box");
    let pitm_version = data[pitm.start + pitm.header];
    let id_at = pitm.start + pitm.header + 4;
    let primary = if pitm_version == 0 {
        read_uint(&data, id_at, 2)
    } else {
        read_uint(&data, id_at, 4)
    };
    let iprp = find(&data, inner, meta.end, b"iprp").expect("no iprp box");
    let ipco = find(&data, iprp.start + iprp.header, iprp.end, b"ipco").expect("no ipco box");
    let ipma = find(&data, iprp.start + iprp.header, iprp.end, b"ipma").expect("no ipma box");
    // The new property's 1-based index.
    let mut properties = 0;
    let mut pos = ipco.start + ipco.header;
    while pos < ipco.end {
        properties += 1;
        pos += read_uint(&data, pos, 4) as usize;
    }
    let index = properties + 1;

    // Where the primary item's associations are in ipma, and how wide each one is.
    let body = ipma.start + ipma.header;
    let version = data[body];
    let wide = data[body + 3] & 1 == 1;
    let entries = read_uint(&data, body + 4, 4);
    let mut pos = body + 8;
    let mut insert = None;
    for _ in 0..entries {
        let id_len = if version < 1 { 2 } else { 4 };
        let id = read_uint(&data, pos, id_len);
        let count_at = pos + id_len;
        let count = usize::from(data[count_at]);
        let width = if wide { 2 } else { 1 };
        if id == primary {
            insert = Some((count_at, count_at + 1 + count * width));
        }
        pos = count_at + 1 + count * width;
    }
    let (count_at, insert_at) = insert.expect("the primary item has no properties");
    let association: Vec<u8> = if wide {
        (0x8000u16 | index as u16).to_be_bytes().to_vec()
    } else {
        vec![0x80 | index as u8]
    };
    let irot = [0, 0, 0, 9, b'i', b'r', b'o', b't', quarter_turns & 3];
    let delta = irot.len() + association.len();

    // Offsets into the file after `meta` move by `delta`: fix the item locations.
    let iloc = find(&data, inner, meta.end, b"iloc").expect("no iloc box");
    let body = iloc.start + iloc.header;
    let version = data[body];
    let offset_size = usize::from(data[body + 4] >> 4);
    let length_size = usize::from(data[body + 4] & 15);
    let base_size = usize::from(data[body + 5] >> 4);
    let index_size = if version >= 1 {
        usize::from(data[body + 5] & 15)
    } else {
        0
    };
    let (items, mut pos) = if version < 2 {
        (read_uint(&data, body + 6, 2), body + 8)
    } else {
        (read_uint(&data, body + 6, 4), body + 10)
    };
    for _ in 0..items {
        pos += if version < 2 { 2 } else { 4 };
        let method = if version >= 1 {
            let m = read_uint(&data, pos, 2) & 15;
            pos += 2;
            m
        } else {
            0
        };
        pos += 2; // data reference index
        let base_at = pos;
        pos += base_size;
        let extents = read_uint(&data, pos, 2);
        pos += 2;
        let in_file = method == 0;
        if in_file && base_size > 0 {
            let v = read_uint(&data, base_at, base_size);
            write_uint(&mut data, base_at, base_size, v + delta as u64);
        }
        for _ in 0..extents {
            pos += index_size;
            if in_file && base_size == 0 {
                let v = read_uint(&data, pos, offset_size);
                write_uint(&mut data, pos, offset_size, v + delta as u64);
            }
            pos += offset_size + length_size;
        }
    }

    // Insert from the back so earlier positions stay valid.
    data[count_at] += 1;
    let ipco_end = ipco.end;
    if insert_at > ipco_end {
        data.splice(insert_at..insert_at, association.iter().copied());
        data.splice(ipco_end..ipco_end, irot);
    } else {
        data.splice(ipco_end..ipco_end, irot);
        data.splice(insert_at..insert_at, association.iter().copied());
    }
    // Each box's header is before both insertions, except ipma's or ipco's own when
    // it follows the other.
    let ipco_at = if ipco.start > ipma.start {
        ipco.start + association.len()
    } else {
        ipco.start
    };
    let ipma_at = if ipma.start > ipco.start {
        ipma.start + irot.len()
    } else {
        ipma.start
    };
    grow(&mut data, ipco, ipco_at, irot.len());
    grow(&mut data, ipma, ipma_at, association.len());
    grow(&mut data, iprp, iprp.start, delta);
    grow(&mut data, meta, meta.start, delta);
    data
}

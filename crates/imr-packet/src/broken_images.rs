//! Broken pictures, made to draw as poppler prints them.
//!
//! hayro draws the pages the engine turns into pixels (fax, thumbnails, reading,
//! black-out boxes); poppler is what the packet is proved against. The two part ways
//! over two kinds of broken picture, and here a copy of the page is mended to follow
//! poppler before hayro draws it:
//!
//! - **Data that ends early.** A PDF picture holds `Height` rows of `Width` samples; a
//!   damaged or badly written one holds fewer (the file was cut, or a PNG predictor
//!   without `/Columns` decodes to rows of one sample). poppler draws the rows it has and
//!   leaves the rest of the picture's place as the page beneath (white paper); hayro
//!   makes the picture shorter and fills the rest with zeros, black in grey and colour
//!   pictures. Such a picture is given its missing rows as paper white, in its own
//!   colours: the page faxes as it prints, not with a black bar where the data ran out.
//!   Only pictures whose filters the engine can undo itself (Flate, LZW, run length and
//!   the ASCII ones, with their predictors) and whose colours have a known white.
//! - **A colour space that does not exist** (`/XeviceGray`: no such device, nor a name
//!   in any of the file's colour space lists). poppler refuses the picture ("Bad color
//!   space") and draws nothing; hayro guesses grey and draws a grey block. Such a picture
//!   is left out, so that the fax shows what the mail packet shows.
//!
//! Every other stream is left as it is. Nothing is changed in the mail packet, which
//! carries the original picture for the reader's viewer to draw.

use lopdf::{dictionary, Dictionary, Document, Object, Stream};

use crate::objects::resolve;

/// Filters whose output length says how many rows a picture holds.
const UNDONE: [&[u8]; 7] = [
    b"FlateDecode",
    b"Fl",
    b"LZWDecode",
    b"LZW",
    b"RunLengthDecode",
    b"ASCIIHexDecode",
    b"ASCII85Decode",
];

/// The most a picture may decode to for it to be mended (256 MB: a Letter page at
/// 600 dpi in CMYK is about 135 MB).
const MAX_DECODED: usize = 256 << 20;

/// Mends the broken pictures of `doc` (see the module's notes). Returns how many.
pub(crate) fn mend(doc: &mut Document) -> usize {
    let named = named_colour_spaces(doc);
    let mut mended = 0;
    let ids: Vec<_> = doc.objects.keys().copied().collect();
    for id in ids {
        let replacement = match doc.objects.get(&id) {
            Some(Object::Stream(stream)) if is_picture(doc, stream) => {
                if unknown_colour_space(doc, stream, &named) {
                    Some(nothing_drawn())
                } else {
                    mended_image(doc, stream)
                }
            }
            _ => None,
        };
        if let Some(stream) = replacement {
            doc.objects.insert(id, Object::Stream(stream));
            mended += 1;
        }
    }
    mended
}

fn is_picture(doc: &Document, stream: &Stream) -> bool {
    stream
        .dict
        .get(b"Subtype")
        .is_ok_and(|subtype| is_name(doc, subtype, b"Image"))
}

/// The colour space names a picture may give that poppler knows without a resource.
const KNOWN_SPACES: [&[u8]; 16] = [
    b"DeviceGray",
    b"G",
    b"DeviceRGB",
    b"RGB",
    b"DeviceCMYK",
    b"CMYK",
    b"CalGray",
    b"CalRGB",
    b"Lab",
    b"ICCBased",
    b"Indexed",
    b"I",
    b"Separation",
    b"DeviceN",
    b"Pattern",
    b"JPXDecode",
];

/// Every name given in a `/ColorSpace` resource list anywhere in `doc`.
fn named_colour_spaces(doc: &Document) -> Vec<Vec<u8>> {
    let mut names = Vec::new();
    for object in doc.objects.values() {
        let dict = match object {
            Object::Dictionary(dict) => dict,
            Object::Stream(stream) => &stream.dict,
            _ => continue,
        };
        let Some(Ok(resources)) = dict
            .get(b"Resources")
            .ok()
            .and_then(|r| resolve(doc, r))
            .map(Object::as_dict)
        else {
            continue;
        };
        if let Some(Ok(spaces)) = resources
            .get(b"ColorSpace")
            .ok()
            .and_then(|c| resolve(doc, c))
            .map(Object::as_dict)
        {
            names.extend(spaces.iter().map(|(name, _)| name.clone()));
        }
    }
    names
}

/// Whether a picture names a colour space that is neither a kind poppler knows nor one
/// of the file's own (an image mask, a JPEG 2000 picture and an array are not judged).
fn unknown_colour_space(doc: &Document, stream: &Stream, named: &[Vec<u8>]) -> bool {
    let dict = &stream.dict;
    let mask = dict
        .get(b"ImageMask")
        .ok()
        .and_then(|o| resolve(doc, o)?.as_bool().ok())
        .unwrap_or(false);
    let jpx = filter_names(doc, dict).is_some_and(|f| f.iter().any(|n| n == b"JPXDecode"));
    if mask || jpx {
        return false;
    }
    match dict.get(b"ColorSpace").ok().and_then(|c| resolve(doc, c)) {
        Some(Object::Name(name)) => {
            !KNOWN_SPACES.contains(&name.as_slice()) && !named.iter().any(|n| n == name)
        }
        _ => false,
    }
}

/// A form that draws nothing, in place of a picture left out.
fn nothing_drawn() -> Stream {
    Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 1.into(), 1.into()],
        },
        Vec::new(),
    )
}

/// `stream` with its missing rows added as white and no filter, if it is a picture
/// whose data ends early and whose white is known; `None` otherwise.
fn mended_image(doc: &Document, stream: &Stream) -> Option<Stream> {
    let dict = &stream.dict;
    let width = positive(doc, dict, b"Width")?;
    let height = positive(doc, dict, b"Height")?;
    let mask = dict
        .get(b"ImageMask")
        .ok()
        .and_then(|o| resolve(doc, o))
        .and_then(|o| o.as_bool().ok())
        .unwrap_or(false);
    let (components, bits, white) = if mask {
        (1, 1, White::Ones)
    } else {
        let bits = positive(doc, dict, b"BitsPerComponent")?;
        let (components, white) = colours(doc, resolve(doc, dict.get(b"ColorSpace").ok()?)?)?;
        (components, bits, white)
    };
    if ![1, 2, 4, 8, 16].contains(&bits) {
        return None;
    }
    let filters = filter_names(doc, dict)?;
    if !filters.iter().all(|f| UNDONE.contains(&f.as_slice())) {
        return None;
    }
    let row = (width.checked_mul(components)?.checked_mul(bits)?).div_ceil(8);
    let needed = row.checked_mul(height)?;
    if needed > MAX_DECODED {
        return None;
    }
    let mut data = decoded(stream)?;
    if data.len() >= needed || data.is_empty() {
        return None;
    }
    // A decode array that runs high to low turns the picture's white round.
    let inverted = dict
        .get(b"Decode")
        .ok()
        .and_then(|o| resolve(doc, o))
        .and_then(|o| o.as_array().ok())
        .and_then(|a| Some((number(doc, a.first()?)?, number(doc, a.get(1)?)?)))
        .is_some_and(|(low, high)| low > high);
    let byte = match (white, inverted) {
        (White::Ones, false) | (White::Zeros, true) => 0xFF,
        (White::Zeros, false) | (White::Ones, true) => 0x00,
    };
    data.resize(needed, byte);
    let mut dict = dict.clone();
    dict.remove(b"Filter");
    dict.remove(b"DecodeParms");
    dict.set("Length", data.len() as i64);
    Some(Stream::new(dict, data).with_compression(false))
}

/// A picture's samples, its filters undone. Where a PNG predictor row names a filter
/// type that does not exist (the data is then not what the predictor's parameters say),
/// the row is taken as it is, as poppler does, rather than the whole picture refused.
fn decoded(stream: &Stream) -> Option<Vec<u8>> {
    if let Ok(data) = stream.decompressed_content_with_limit(MAX_DECODED) {
        return Some(data);
    }
    let params = match stream.dict.get(b"DecodeParms").ok()? {
        Object::Dictionary(params) => params,
        Object::Array(list) if list.len() == 1 => list[0].as_dict().ok()?,
        _ => return None,
    };
    let predictor = params.get(b"Predictor").and_then(Object::as_i64).ok()?;
    if !(10..=15).contains(&predictor) {
        return None;
    }
    let sample = |key: &[u8], default: i64| {
        let value = params.get(key).and_then(Object::as_i64).unwrap_or(default);
        usize::try_from(value).ok().filter(|&v| v > 0).unwrap_or(1)
    };
    let (columns, colors, bits) = (
        sample(b"Columns", 1),
        sample(b"Colors", 1),
        sample(b"BitsPerComponent", 8),
    );
    let row = columns.checked_mul(colors)?.checked_mul(bits)?.div_ceil(8);
    let mut raw = stream.clone();
    raw.dict.remove(b"DecodeParms");
    let data = raw.decompressed_content_with_limit(MAX_DECODED).ok()?;
    Some(unpredict_png(&data, (colors * bits).div_ceil(8), row))
}

/// Undoes PNG prediction over rows of `row` bytes (each after its filter-type byte),
/// with `bpp` bytes to a pixel; a row of a type PNG does not have is taken as it is, and
/// a last row cut short is dropped.
fn unpredict_png(data: &[u8], bpp: usize, row: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut previous = vec![0u8; row];
    for chunk in data.chunks_exact(row + 1) {
        let (kind, stored) = (chunk[0], &chunk[1..]);
        let mut current = vec![0u8; row];
        for i in 0..row {
            let left = if i >= bpp { current[i - bpp] } else { 0 };
            let up = previous[i];
            let up_left = if i >= bpp { previous[i - bpp] } else { 0 };
            let guess = match kind {
                1 => left,
                2 => up,
                3 => ((u16::from(left) + u16::from(up)) / 2) as u8,
                4 => paeth(left, up, up_left),
                _ => 0,
            };
            current[i] = stored[i].wrapping_add(guess);
        }
        out.extend_from_slice(&current);
        previous = current;
    }
    out
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

/// How a picture's white is written, before its decode array: every bit set (grey, RGB;
/// an image mask's "do not paint") or none (CMYK).
#[derive(Clone, Copy)]
enum White {
    Ones,
    Zeros,
}

/// How many components a colour space has and how its white is written, for the
/// spaces whose white is known (not Lab, Indexed, Separation, DeviceN, Pattern).
fn colours(doc: &Document, space: &Object) -> Option<(usize, White)> {
    let by_count = |n: usize| match n {
        1 | 3 => Some((n, White::Ones)),
        4 => Some((4, White::Zeros)),
        _ => None,
    };
    match space {
        Object::Name(name) => match name.as_slice() {
            b"DeviceGray" | b"G" | b"CalGray" => by_count(1),
            b"DeviceRGB" | b"RGB" | b"CalRGB" => by_count(3),
            b"DeviceCMYK" | b"CMYK" => by_count(4),
            _ => None,
        },
        Object::Array(parts) => {
            let family = resolve(doc, parts.first()?)?.as_name().ok()?;
            match family {
                b"CalGray" => by_count(1),
                b"CalRGB" => by_count(3),
                b"ICCBased" => {
                    let profile = resolve(doc, parts.get(1)?)?.as_stream().ok()?;
                    let n = positive(doc, &profile.dict, b"N")?;
                    by_count(n)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// The names of a stream's filters, in order; `None` if they are not all names.
fn filter_names(doc: &Document, dict: &Dictionary) -> Option<Vec<Vec<u8>>> {
    match dict.get(b"Filter").ok().and_then(|o| resolve(doc, o)) {
        None | Some(Object::Null) => Some(Vec::new()),
        Some(Object::Name(name)) => Some(vec![name.clone()]),
        Some(Object::Array(names)) => names
            .iter()
            .map(|n| resolve(doc, n)?.as_name().ok().map(<[u8]>::to_vec))
            .collect(),
        Some(_) => None,
    }
}

fn is_name(doc: &Document, object: &Object, name: &[u8]) -> bool {
    resolve(doc, object).and_then(|o| o.as_name().ok()) == Some(name)
}

fn positive(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<usize> {
    let value = resolve(doc, dict.get(key).ok()?)?.as_i64().ok()?;
    usize::try_from(value).ok().filter(|&v| v > 0)
}

fn number(doc: &Document, object: &Object) -> Option<f64> {
    match resolve(doc, object)? {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use flate2::{write::ZlibEncoder, Compression};

    use std::io::Write;

    fn picture(space: Object, bits: i64, data: Vec<u8>, extra: Dictionary) -> Document {
        let mut doc = Document::with_version("1.7");
        let mut dict = dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => 4,
            "Height" => 4,
            "ColorSpace" => space,
            "BitsPerComponent" => bits,
        };
        for (k, v) in extra.iter() {
            dict.set(k.clone(), v.clone());
        }
        dict.set("Filter", "FlateDecode");
        let mut deflate = ZlibEncoder::new(Vec::new(), Compression::default());
        deflate.write_all(&data).unwrap();
        doc.add_object(Stream::new(dict, deflate.finish().unwrap()));
        doc
    }

    fn only_stream(doc: &Document) -> &Stream {
        doc.objects
            .values()
            .find_map(|o| o.as_stream().ok())
            .unwrap()
    }

    #[test]
    fn a_grey_picture_short_of_rows_is_finished_in_white() {
        let mut doc = picture("DeviceGray".into(), 8, vec![0; 6], Dictionary::new());
        assert_eq!(mend(&mut doc), 1);
        let stream = only_stream(&doc);
        assert!(stream.dict.get(b"Filter").is_err());
        let mut expected = vec![0; 6];
        expected.resize(16, 0xFF);
        assert_eq!(stream.content, expected);
    }

    #[test]
    fn cmyk_inverted_and_mask_whites_follow_their_colours() {
        let mut cmyk = picture("DeviceCMYK".into(), 8, vec![9; 20], Dictionary::new());
        mend(&mut cmyk);
        assert_eq!(only_stream(&cmyk).content[20..], [0; 44]);

        let inverted = dictionary! { "Decode" => vec![1.into(), 0.into()] };
        let mut grey = picture("DeviceGray".into(), 8, vec![9; 4], inverted);
        mend(&mut grey);
        assert_eq!(only_stream(&grey).content[4..], [0; 12]);

        let mut mask = picture(
            Object::Null,
            1,
            vec![0],
            dictionary! { "ImageMask" => true },
        );
        mask.objects.values_mut().for_each(|o| {
            if let Object::Stream(s) = o {
                s.dict.remove(b"ColorSpace");
                s.dict.remove(b"BitsPerComponent");
            }
        });
        mend(&mut mask);
        assert_eq!(only_stream(&mask).content, [0, 0xFF, 0xFF, 0xFF]);
    }

    #[test]
    fn png_rows_of_unknown_types_are_taken_as_they_are() {
        // Rows of 2 bytes: "up" adds the row above, "sub" the byte to the left; 7 is no
        // PNG filter type.
        let data = [0, 10, 20, 2, 1, 1, 7, 5, 6, 1, 3, 3];
        assert_eq!(unpredict_png(&data, 1, 2), [10, 20, 11, 21, 5, 6, 3, 6]);
        // A predictor without /Columns whose data holds other rows: lopdf refuses it,
        // the rows it has are mended.
        let params = dictionary! { "Predictor" => 15, "BitsPerComponent" => 8 };
        let extra = dictionary! { "DecodeParms" => params };
        let mut doc = picture("DeviceGray".into(), 8, vec![9, 1, 9, 1], extra);
        assert_eq!(mend(&mut doc), 1);
        let content = &only_stream(&doc).content;
        assert_eq!(content[..2], [1, 1]);
        assert_eq!(content[2..], [0xFF; 14]);
    }

    #[test]
    fn a_picture_in_a_colour_space_that_does_not_exist_is_left_out() {
        let mut doc = picture("XeviceGray".into(), 8, vec![9; 16], Dictionary::new());
        assert_eq!(mend(&mut doc), 1);
        let stream = only_stream(&doc);
        assert!(is_name(&doc, stream.dict.get(b"Subtype").unwrap(), b"Form"));
        assert!(stream.content.is_empty());

        // The same name given in a resource list is the file's own colour space.
        let mut own = picture("XeviceGray".into(), 8, vec![9; 16], Dictionary::new());
        let spaces = dictionary! { "XeviceGray" => "DeviceGray" };
        own.add_object(dictionary! { "Resources" => dictionary! { "ColorSpace" => spaces } });
        assert_eq!(mend(&mut own), 0);
    }

    #[test]
    fn whole_pictures_and_unknown_whites_are_left_alone() {
        let mut whole = picture("DeviceRGB".into(), 8, vec![7; 48], Dictionary::new());
        assert_eq!(mend(&mut whole), 0);
        assert!(only_stream(&whole).dict.get(b"Filter").is_ok());

        let lab = Object::Array(vec!["Lab".into(), Object::Dictionary(Dictionary::new())]);
        let mut lab = picture(lab, 8, vec![7; 3], Dictionary::new());
        assert_eq!(mend(&mut lab), 0);

        let mut jpeg = picture("DeviceGray".into(), 8, vec![7; 3], Dictionary::new());
        jpeg.objects.values_mut().for_each(|o| {
            if let Object::Stream(s) = o {
                s.dict.set("Filter", "DCTDecode");
            }
        });
        assert_eq!(mend(&mut jpeg), 0);
    }
}

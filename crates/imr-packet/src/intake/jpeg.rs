//! JPEG photos go into the packet byte for byte: only the header is read, to learn the
//! size, the colour model and the EXIF orientation.

use imr_i18n::Message;

use super::{check_dimensions, IntakeError, Limits};

/// A JPEG as it will be embedded (the bytes are never re-encoded).
#[derive(Debug)]
pub struct JpegImage {
    pub bytes: Vec<u8>,
    pub width: u32,
    pub height: u32,
    /// 1 (grey), 3 (colour) or 4 (CMYK).
    pub components: u8,
    /// Adobe CMYK JPEGs store inverted values; the PDF must invert them back.
    pub inverted_cmyk: bool,
    /// EXIF orientation, 1–8 (1 when absent).
    pub orientation: u16,
}

impl JpegImage {
    /// Width and height as the photo should be seen, after EXIF rotation.
    pub(crate) fn upright_size(&self) -> (u32, u32) {
        if (5..=8).contains(&self.orientation) {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }
}

pub(super) fn prepare(bytes: Vec<u8>, limits: &Limits) -> Result<JpegImage, IntakeError> {
    let header = read_header(&bytes)?;
    check_dimensions(u64::from(header.width), u64::from(header.height), limits)?;
    if header.precision != 8 {
        return Err(IntakeError::Unsupported {
            advice: Message::new("intake-advice-jpeg-precision").with("bits", header.precision),
        });
    }
    if !matches!(header.components, 1 | 3 | 4) {
        return Err(IntakeError::DamagedImage {
            detail: format!("it declares {} colour channels", header.components),
        });
    }
    // Entropy-coded data escapes 0xFF bytes, so an end-of-image marker after the first
    // scan can only be the real end. Without it the photo was cut short, and a viewer
    // would show its lower part as grey.
    let scan_data = &bytes[header.scan_offset..];
    if !scan_data.windows(2).any(|w| w == [0xFF, 0xD9]) {
        return Err(IntakeError::DamagedImage {
            detail: "the end of the file is missing".into(),
        });
    }
    Ok(JpegImage {
        width: header.width,
        height: header.height,
        components: header.components,
        inverted_cmyk: header.components == 4 && header.adobe,
        orientation: header.orientation,
        bytes,
    })
}

struct Header {
    width: u32,
    height: u32,
    components: u8,
    precision: u8,
    adobe: bool,
    orientation: u16,
    scan_offset: usize,
}

fn damaged(detail: &str) -> IntakeError {
    IntakeError::DamagedImage {
        detail: detail.to_string(),
    }
}

/// Walks the marker segments up to the first scan.
fn read_header(bytes: &[u8]) -> Result<Header, IntakeError> {
    let mut pos = 2; // after SOI
    let mut frame: Option<(u32, u32, u8, u8)> = None;
    let mut adobe = false;
    let mut orientation = 1;
    loop {
        // Markers may be padded with any number of 0xFF bytes.
        while bytes.get(pos) == Some(&0xFF) && bytes.get(pos + 1) == Some(&0xFF) {
            pos += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (bytes.get(pos), bytes.get(pos + 1)) else {
            return Err(damaged("its header is incomplete"));
        };
        pos += 2;
        if marker == 0xD8 || (0xD0..=0xD7).contains(&marker) || marker == 0x01 {
            continue; // markers without a length
        }
        if marker == 0xD9 {
            return Err(damaged("it ends before the picture starts"));
        }
        let len = match (bytes.get(pos), bytes.get(pos + 1)) {
            (Some(&hi), Some(&lo)) => usize::from(u16::from_be_bytes([hi, lo])),
            _ => return Err(damaged("its header is incomplete")),
        };
        if len < 2 || pos + len > bytes.len() {
            return Err(damaged("its header is incomplete"));
        }
        let segment = &bytes[pos + 2..pos + len];
        match marker {
            // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                if segment.len() < 6 {
                    return Err(damaged("its frame header is too short"));
                }
                if matches!(marker, 0xC3 | 0xC7 | 0xCB | 0xCF) {
                    return Err(IntakeError::Unsupported {
                        advice: Message::new("intake-advice-jpeg-lossless"),
                    });
                }
                let height = u32::from(u16::from_be_bytes([segment[1], segment[2]]));
                let width = u32::from(u16::from_be_bytes([segment[3], segment[4]]));
                frame = Some((width, height, segment[5], segment[0]));
            }
            0xE1 if segment.starts_with(b"Exif\0\0") => {
                orientation = exif_orientation(&segment[6..]).unwrap_or(1);
            }
            0xEE if segment.starts_with(b"Adobe") => adobe = true,
            0xDA => {
                let Some((width, height, components, precision)) = frame else {
                    return Err(damaged("the picture data comes before its size"));
                };
                return Ok(Header {
                    width,
                    height,
                    components,
                    precision,
                    adobe,
                    orientation,
                    scan_offset: pos + len,
                });
            }
            _ => {}
        }
        pos += len;
    }
}

/// The EXIF orientation tag (1–8), if the TIFF block carries a valid one.
fn exif_orientation(tiff: &[u8]) -> Option<u16> {
    let exif = exif::Reader::new().read_raw(tiff.to_vec()).ok()?;
    let field = exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?;
    let value = field.value.get_uint(0)?;
    u16::try_from(value).ok().filter(|v| (1..=8).contains(v))
}

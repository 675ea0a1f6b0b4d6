//! Synthetic PDF pages as people mark them up in a viewer, on pages whose geometry is
//! not the plain Letter page: a crop box inside a larger media box, a page turned by
//! `/Rotate` (its own or inherited from the page tree), a `/UserUnit` other than one
//! point. Each page carries printed text spread over its box (so a page placed at the
//! wrong size, turned the wrong way or cut at the wrong edge shows it) and the marks
//! viewers add: a drawn signature (Ink), typed-on text (FreeText), a highlight over a
//! printed line, a rectangle (Square) and a stamp, with or without appearance streams.

use lopdf::{dictionary, Document, Object, ObjectId, Stream};

/// The annotation kinds a [`Mark`] can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A signature drawn with the mouse or a finger: three strokes across the rectangle.
    Ink,
    /// Typed-on text ("Maria Example, 03/01/2026"), Helvetica from its `/DA`.
    FreeText,
    /// A yellow highlight over the rectangle (quad points on its corners).
    Highlight,
    /// A red rectangle two points wide.
    Square,
    /// A rubber stamp (its appearance a dark red frame with a word; without one, the
    /// viewer's own "Approved" icon).
    Stamp,
}

/// One annotation on a page, in the page's default user space (before `/UserUnit`).
#[derive(Debug, Clone)]
pub struct Mark {
    pub kind: MarkKind,
    pub rect: [f32; 4],
    /// Whether it carries an appearance stream (`/AP /N`) drawing it.
    pub appearance: bool,
    /// The NoRotate flag (bit 5 of `/F`): a viewer keeps it upright on a turned page.
    pub no_rotate: bool,
}

impl Mark {
    pub fn new(kind: MarkKind, rect: [f32; 4], appearance: bool) -> Mark {
        Mark {
            kind,
            rect,
            appearance,
            no_rotate: false,
        }
    }
}

/// Where a page's `/Rotate` is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RotateOn {
    /// On the page itself.
    Page,
    /// On a `/Pages` node between the root and the page (inherited, PDF 32000-1, 7.7.3.4).
    Parent,
}

/// A page to write: its boxes, turn, unit, and marks.
#[derive(Debug, Clone)]
pub struct MarkedPage {
    pub media: [f32; 4],
    pub crop: Option<[f32; 4]>,
    pub rotate: i32,
    pub rotate_on: RotateOn,
    pub user_unit: Option<f32>,
    pub marks: Vec<Mark>,
}

impl MarkedPage {
    /// A page `media` with no crop box, turn or unit, and no marks.
    pub fn new(media: [f32; 4]) -> MarkedPage {
        MarkedPage {
            media,
            crop: None,
            rotate: 0,
            rotate_on: RotateOn::Page,
            user_unit: None,
            marks: Vec::new(),
        }
    }

    /// The box a viewer shows: the crop box, or the media box.
    pub fn visible(&self) -> [f32; 4] {
        self.crop.unwrap_or(self.media)
    }

    /// Its size as a viewer that honours `/UserUnit` shows it, upright, in points
    /// (1/72 inch).
    pub fn physical_size(&self) -> (f32, f32) {
        let [x0, y0, x1, y1] = self.visible();
        let u = self.user_unit.unwrap_or(1.0);
        let (w, h) = ((x1 - x0) * u, (y1 - y0) * u);
        if self.rotate.rem_euclid(180) == 90 {
            (h, w)
        } else {
            (w, h)
        }
    }

    /// The five kinds of mark, placed at fractions of `area` (in the page's space):
    /// a highlight over the third printed line, the others in the lower half. With
    /// `appearance`, each carries an appearance stream; the stamp always does.
    pub fn with_every_mark(mut self, area: [f32; 4], appearance: bool) -> MarkedPage {
        let at = |fx0: f32, fy0: f32, fx1: f32, fy1: f32| {
            let [x0, y0, x1, y1] = area;
            let (w, h) = (x1 - x0, y1 - y0);
            [x0 + fx0 * w, y0 + fy0 * h, x0 + fx1 * w, y0 + fy1 * h]
        };
        self.marks.extend([
            Mark::new(MarkKind::Ink, at(0.12, 0.08, 0.55, 0.18), appearance),
            Mark::new(MarkKind::FreeText, at(0.12, 0.24, 0.8, 0.3), appearance),
            Mark::new(MarkKind::Square, at(0.62, 0.06, 0.9, 0.2), appearance),
            Mark::new(MarkKind::Stamp, at(0.55, 0.34, 0.9, 0.42), true),
        ]);
        let line = self.line_box(2);
        self.marks
            .push(Mark::new(MarkKind::Highlight, line, appearance));
        self
    }

    /// The rectangle around printed line `n` (from 0), in the page's space.
    pub fn line_box(&self, n: usize) -> [f32; 4] {
        let (x, y, size) = self.line_at(n);
        [x - 2.0, y - size * 0.3, x + size * 14.0, y + size * 0.95]
    }

    /// Where printed line `n` starts (its baseline) and its font size.
    fn line_at(&self, n: usize) -> (f32, f32, f32) {
        let [x0, y0, x1, y1] = self.media;
        let (w, h) = (x1 - x0, y1 - y0);
        let size = (h.min(w) / 30.0).max(2.0);
        (x0 + 0.1 * w, y1 - (0.1 + 0.09 * n as f32) * h, size)
    }

    /// The page's own drawing: a frame just inside the media box, a dark block on the
    /// left of the top line, eight lines of text, and a grey bar across the middle.
    fn content(&self) -> String {
        let [x0, y0, x1, y1] = self.media;
        let (w, h) = (x1 - x0, y1 - y0);
        let lw = (w.min(h) / 200.0).max(0.2);
        let mut ops = format!(
            "{lw} w 0 0 0 RG {} {} {} {} re S\n",
            x0 + 0.03 * w,
            y0 + 0.03 * h,
            0.94 * w,
            0.94 * h
        );
        ops += &format!(
            "0 0 0 rg {} {} {} {} re f\n",
            x0 + 0.03 * w,
            y1 - 0.14 * h,
            0.05 * w,
            0.08 * h
        );
        ops += &format!(
            "0.5 g {} {} {} {} re f\n",
            x0 + 0.03 * w,
            y0 + 0.47 * h,
            0.94 * w,
            0.02 * h
        );
        for n in 0..8 {
            let (x, y, size) = self.line_at(n);
            ops += &format!(
                "BT 0 g /F1 {size} Tf {x} {y} Td (Line {} of the page, printed text) Tj ET\n",
                n + 1
            );
        }
        ops
    }
}

/// A PDF of `pages`, in order.
pub fn marked_pdf(pages: &[MarkedPage]) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let root_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let helv = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let mut kids = Vec::new();
    for spec in pages {
        let parent = match spec.rotate_on {
            RotateOn::Page => root_id,
            RotateOn::Parent => doc.new_object_id(),
        };
        let content = doc.add_object(Stream::new(dictionary! {}, spec.content().into_bytes()));
        let mut page = dictionary! {
            "Type" => "Page",
            "Parent" => parent,
            "MediaBox" => nums(&spec.media),
            "Contents" => content,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        };
        if let Some(crop) = spec.crop {
            page.set("CropBox", nums(&crop));
        }
        if let Some(unit) = spec.user_unit {
            page.set("UserUnit", Object::Real(unit));
        }
        if spec.rotate != 0 && spec.rotate_on == RotateOn::Page {
            page.set("Rotate", i64::from(spec.rotate));
        }
        let annots: Vec<Object> = spec
            .marks
            .iter()
            .map(|m| Object::Reference(annotation(&mut doc, m, helv)))
            .collect();
        if !annots.is_empty() {
            page.set("Annots", annots);
        }
        let page_id = doc.add_object(page);
        match spec.rotate_on {
            RotateOn::Page => kids.push(page_id),
            RotateOn::Parent => {
                doc.objects.insert(
                    parent,
                    Object::Dictionary(dictionary! {
                        "Type" => "Pages",
                        "Parent" => root_id,
                        "Kids" => vec![page_id.into()],
                        "Count" => 1,
                        "Rotate" => i64::from(spec.rotate),
                    }),
                );
                kids.push(parent);
            }
        }
    }
    doc.objects.insert(
        root_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids.into_iter().map(Object::Reference).collect::<Vec<_>>(),
            "Count" => pages.len() as i64,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => root_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .expect("a PDF made in memory can be written to memory");
    out
}

/// Adds the annotation `mark` (and its appearance stream) to `doc`.
fn annotation(doc: &mut Document, mark: &Mark, helv: ObjectId) -> ObjectId {
    let [x0, y0, x1, y1] = mark.rect;
    let (w, h) = (x1 - x0, y1 - y0);
    let subtype = match mark.kind {
        MarkKind::Ink => "Ink",
        MarkKind::FreeText => "FreeText",
        MarkKind::Highlight => "Highlight",
        MarkKind::Square => "Square",
        MarkKind::Stamp => "Stamp",
    };
    let flags = 4 | if mark.no_rotate { 16 } else { 0 };
    let mut a = dictionary! {
        "Type" => "Annot",
        "Subtype" => Object::Name(subtype.as_bytes().to_vec()),
        "Rect" => nums(&mark.rect),
        "F" => flags,
    };
    let size = (h * 0.6).clamp(4.0, 14.0);
    // The appearance's drawing, in its own space from (0, 0) to (w, h).
    let (ops, multiply) = match mark.kind {
        MarkKind::Ink => {
            // Three strokes through the rectangle, in page space for /InkList.
            let stroke = |points: &[(f32, f32)]| -> Vec<f32> {
                points
                    .iter()
                    .flat_map(|&(fx, fy)| [x0 + fx * w, y0 + fy * h])
                    .collect()
            };
            let strokes = [
                stroke(&[(0.05, 0.2), (0.2, 0.9), (0.35, 0.1), (0.5, 0.85)]),
                stroke(&[(0.5, 0.85), (0.65, 0.15), (0.8, 0.9), (0.95, 0.3)]),
                stroke(&[(0.05, 0.05), (0.95, 0.08)]),
            ];
            a.set(
                "InkList",
                strokes
                    .iter()
                    .map(|s| Object::Array(nums(s)))
                    .collect::<Vec<_>>(),
            );
            a.set("C", nums(&[0.0, 0.0, 0.55]));
            a.set("BS", dictionary! { "W" => 2.5 });
            let mut ops = String::from("0 0 0.55 RG 2.5 w 1 J 1 j\n");
            for s in &strokes {
                for (i, p) in s.chunks_exact(2).enumerate() {
                    let op = if i == 0 { "m" } else { "l" };
                    ops += &format!("{} {} {op}\n", p[0] - x0, p[1] - y0);
                }
                ops += "S\n";
            }
            (ops, false)
        }
        MarkKind::FreeText => {
            a.set(
                "Contents",
                Object::string_literal("Maria Example, 03/01/2026"),
            );
            a.set(
                "DA",
                Object::string_literal(format!("/Helv {size} Tf 0 0 0 rg")),
            );
            // No border: the appearance draws only the text.
            a.set("BS", dictionary! { "W" => 0 });
            (
                format!(
                    "BT 0 0 0 rg /Helv {size} Tf 2 {} Td (Maria Example, 03/01/2026) Tj ET",
                    (h - size) / 2.0 + size * 0.2
                ),
                false,
            )
        }
        MarkKind::Highlight => {
            a.set("QuadPoints", nums(&[x0, y1, x1, y1, x0, y0, x1, y0]));
            a.set("C", nums(&[1.0, 0.9, 0.0]));
            (format!("/M gs 1 0.9 0 rg 0 0 {w} {h} re f"), true)
        }
        MarkKind::Square => {
            a.set("C", nums(&[0.8, 0.0, 0.0]));
            a.set("BS", dictionary! { "W" => 2 });
            (
                format!("0.8 0 0 RG 2 w 1 1 {} {} re S", w - 2.0, h - 2.0),
                false,
            )
        }
        MarkKind::Stamp => {
            a.set("Name", Object::Name(b"Approved".to_vec()));
            (
                format!(
                    "0.6 0 0 RG 3 w 2 2 {} {} re S BT 0.6 0 0 rg /Helv {size} Tf 8 {} Td \
                     (RECEIVED) Tj ET",
                    w - 4.0,
                    h - 4.0,
                    (h - size) / 2.0 + size * 0.2
                ),
                false,
            )
        }
    };
    if mark.appearance {
        let mut resources = dictionary! { "Font" => dictionary! { "Helv" => helv } };
        if multiply {
            resources.set(
                "ExtGState",
                dictionary! { "M" => dictionary! { "Type" => "ExtGState", "BM" => "Multiply" } },
            );
        }
        let stream = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Form",
                "BBox" => nums(&[0.0, 0.0, w, h]),
                "Resources" => resources,
            },
            ops.into_bytes(),
        ));
        a.set("AP", dictionary! { "N" => stream });
    }
    doc.add_object(a)
}

fn nums(v: &[f32]) -> Vec<Object> {
    v.iter().map(|&x| Object::Real(x)).collect()
}

/// A Letter page of printed text with, when asked, a signature drawn in a viewer (Ink,
/// no appearance stream) and a line typed on with its "Add text" tool (FreeText, no
/// appearance stream): what a person's signed form looks like before it is flattened.
/// The signature lies in the lower left, the typed line just above it (see
/// [`SIGNATURE_RECT`], [`TYPED_RECT`]).
pub fn signed_form_pdf(signature: bool, typed: bool) -> Vec<u8> {
    let mut page = MarkedPage::new([0.0, 0.0, 612.0, 792.0]);
    if signature {
        page.marks
            .push(Mark::new(MarkKind::Ink, SIGNATURE_RECT, false));
    }
    if typed {
        page.marks
            .push(Mark::new(MarkKind::FreeText, TYPED_RECT, false));
    }
    marked_pdf(&[page])
}

/// Where [`signed_form_pdf`]'s signature is, in points from the page's bottom left.
pub const SIGNATURE_RECT: [f32; 4] = [80.0, 60.0, 330.0, 130.0];
/// Where [`signed_form_pdf`]'s typed line is.
pub const TYPED_RECT: [f32; 4] = [80.0, 150.0, 420.0, 174.0];

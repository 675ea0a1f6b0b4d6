//! Forms whose values are typed or ticked in a viewer reach the packet as the viewer
//! shows them. A form that asks viewers to draw its fields afresh (`/NeedAppearances
//! true`) may carry stale or empty appearances: its text fields, combo and list boxes,
//! check boxes and radio buttons must be drawn from their values. And a page whose font
//! list is held apart (an indirect reference) keeps its own text when a drawn
//! annotation adds a font to it.
//!
//! The reference is poppler, which draws such a form's fields afresh as well; each page
//! is compared in mail and fax mode (`common::compare_page`), and the same form with its
//! stale appearances trusted (no `/NeedAppearances`) must differ, or the test could not
//! see the values lost.
#![allow(clippy::unwrap_used)]

mod common;

use common::{compare_page, packet_with, run};
use imr_packet::Mode;
use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};

/// Mail: how near the packet page must be to poppler's (worst 12 × 12 tile at 50 dpi,
/// of 255). The fields are drawn by two programs (ours and poppler's) in the same fonts;
/// what differs is where a line of text starts, to a point or two.
const MAIL_TOLERANCE: f64 = 20.0;
/// Fax: lost and added ink (`common::Ink`), as in the layers test.
const FAX_LOST: f64 = 20.0;
const FAX_ADDED: f64 = 40.0;

fn nums(v: &[f32]) -> Vec<Object> {
    v.iter().map(|&x| Object::Real(x)).collect()
}

/// An empty appearance stream: what a stale form carries.
fn empty_ap(doc: &mut Document, w: f32, h: f32) -> ObjectId {
    appearance(doc, w, h, "/Tx BMC EMC", None)
}

/// One of the standard fonts every viewer has, in WinAnsi (ZapfDingbats in its own).
fn standard_font(doc: &mut Document, base: &str) -> ObjectId {
    let mut font = dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => base };
    if base != "ZapfDingbats" {
        font.set("Encoding", "WinAnsiEncoding");
    }
    doc.add_object(font)
}

/// A printed widget annotation on `page` over `rect`, with the field keys of `extra`.
fn widget(doc: &mut Document, page: ObjectId, rect: [f32; 4], mut extra: Dictionary) -> ObjectId {
    extra.set("Type", "Annot");
    extra.set("Subtype", "Widget");
    extra.set("F", 4);
    extra.set("P", page);
    extra.set("Rect", nums(&rect));
    doc.add_object(extra)
}

/// A widget whose stored appearance is empty (a form to be drawn afresh).
fn blank_widget(
    doc: &mut Document,
    page: ObjectId,
    rect: [f32; 4],
    mut extra: Dictionary,
) -> ObjectId {
    let ap = empty_ap(doc, rect[2] - rect[0], rect[3] - rect[1]);
    extra.set("AP", dictionary! { "N" => ap });
    widget(doc, page, rect, extra)
}

fn appearance(doc: &mut Document, w: f32, h: f32, ops: &str, font: Option<ObjectId>) -> ObjectId {
    let mut dict = dictionary! {
        "Type" => "XObject", "Subtype" => "Form", "BBox" => nums(&[0.0, 0.0, w, h]),
    };
    if let Some(font) = font {
        dict.set(
            "Resources",
            dictionary! { "Font" => dictionary! { "ZaDb" => font } },
        );
    }
    doc.add_object(Stream::new(dict, ops.as_bytes().to_vec()))
}

/// A 16-point button's fresh appearance, as a viewer that follows the standard draws
/// it: its border (a square, or a circle for a radio button), white inside, and when
/// `mark` is given, that ZapfDingbats mark in black, 11 points, in the middle.
fn button_ap(doc: &mut Document, font: ObjectId, round: bool, mark: Option<char>) -> ObjectId {
    let shape = if round {
        "8 15.5 m 12.14 15.5 15.5 12.14 15.5 8 c 15.5 3.86 12.14 0.5 8 0.5 c \
         3.86 0.5 0.5 3.86 0.5 8 c 0.5 12.14 3.86 15.5 8 15.5 c"
    } else {
        "0.5 0.5 15 15 re"
    };
    let mut ops = format!("1 g {shape} f 0 G 1 w {shape} S");
    if let Some(mark) = mark {
        let width = match mark {
            '4' => 0.846,
            'l' => 0.791,
            _ => 0.788,
        } * 11.0;
        ops.push_str(&format!(
            " BT /ZaDb 11 Tf 0 g {} {} Td ({mark}) Tj ET",
            (16.0 - width) / 2.0,
            (16.0 - 11.0 * 0.7) / 2.0
        ));
    }
    appearance(doc, 16.0, 16.0, &ops, Some(font))
}

/// Which fields the form holds: its text and choice fields, or its buttons.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    Fields,
    Buttons,
}

/// Whether the buttons' appearances are stale (the state shown is not the value's, the
/// appearances empty or missing) or fresh.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Buttons {
    Stale,
    Fresh,
}

/// A Letter page of labels and a form: a text field, a combo box, a list box, two
/// check boxes (one with stale appearances, one with none) and a radio group whose
/// widgets show the wrong state, every appearance empty or stale; the form's font list
/// (`/DR /Font`) is an indirect object.
fn form_pdf(need_appearances: bool, buttons: Buttons, part: Part) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let page_id = doc.new_object_id();
    let helv = standard_font(&mut doc, "Helvetica");
    let zadb = standard_font(&mut doc, "ZapfDingbats");
    let name = blank_widget(
        &mut doc,
        page_id,
        [150.0, 650.0, 400.0, 670.0],
        dictionary! {
            "FT" => "Tx", "T" => Object::string_literal("name"),
            "V" => Object::string_literal("Maria Example"),
            "DA" => Object::string_literal("/Helv 12 Tf 0 g"),
        },
    );
    let state = blank_widget(
        &mut doc,
        page_id,
        [150.0, 610.0, 300.0, 630.0],
        dictionary! {
            "FT" => "Ch", "Ff" => 1 << 17, "T" => Object::string_literal("state"),
            "Opt" => vec![Object::string_literal("California"), Object::string_literal("Nevada")],
            "V" => Object::string_literal("California"),
            "DA" => Object::string_literal("/Helv 11 Tf 0 g"),
        },
    );
    let list = blank_widget(
        &mut doc,
        page_id,
        [150.0, 530.0, 300.0, 590.0],
        dictionary! {
            "FT" => "Ch", "T" => Object::string_literal("answer"),
            "Opt" => vec![
                Object::string_literal("Yes"),
                Object::string_literal("No"),
                Object::string_literal("Maybe"),
            ],
            "V" => Object::string_literal("No"),
            "DA" => Object::string_literal("/Helv 12 Tf 0 g"),
        },
    );
    let fresh = buttons == Buttons::Fresh;
    let (yes_ap, off_ap) = if fresh {
        (
            button_ap(&mut doc, zadb, false, Some('4')),
            button_ap(&mut doc, zadb, false, None),
        )
    } else {
        (
            empty_ap(&mut doc, 16.0, 16.0),
            empty_ap(&mut doc, 16.0, 16.0),
        )
    };
    let agree = widget(
        &mut doc,
        page_id,
        [150.0, 488.0, 166.0, 504.0],
        dictionary! {
            "FT" => "Btn", "T" => Object::string_literal("agree"),
            "V" => "Yes", "AS" => if fresh { "Yes" } else { "Off" },
            "DA" => Object::string_literal("/ZaDb 0 Tf 0 g"),
            "MK" => dictionary! {
                "CA" => Object::string_literal("4"),
                "BC" => nums(&[0.0]), "BG" => nums(&[1.0]),
            },
            "AP" => dictionary! { "N" => dictionary! { "Yes" => yes_ap, "Off" => off_ap } },
        },
    );
    let mut bare_widget = dictionary! {
        "FT" => "Btn", "T" => Object::string_literal("bare"),
        "V" => "Yes",
        "DA" => Object::string_literal("/ZaDb 11 Tf 0 g"),
        "MK" => dictionary! { "CA" => Object::string_literal("8"), "BC" => nums(&[0.0]) },
    };
    if fresh {
        let on = button_ap(&mut doc, zadb, false, Some('8'));
        bare_widget.set("AP", dictionary! { "N" => dictionary! { "Yes" => on } });
        bare_widget.set("AS", "Yes");
    }
    let bare = widget(&mut doc, page_id, [200.0, 488.0, 216.0, 504.0], bare_widget);
    let radio = doc.new_object_id();
    let mut kids = Vec::new();
    for (i, (export, stale_state)) in [("A", "A"), ("B", "Off")].into_iter().enumerate() {
        let (on_ap, off_ap) = if fresh {
            (
                button_ap(&mut doc, zadb, true, Some('l')),
                button_ap(&mut doc, zadb, true, None),
            )
        } else {
            (
                empty_ap(&mut doc, 16.0, 16.0),
                empty_ap(&mut doc, 16.0, 16.0),
            )
        };
        let mut states = Dictionary::new();
        states.set(export, on_ap);
        states.set("Off", off_ap);
        // The field's value is B.
        let shown = match (fresh, export) {
            (true, "B") => "B",
            (true, _) => "Off",
            (false, _) => stale_state,
        };
        let x = 150.0 + 50.0 * i as f32;
        kids.push(Object::Reference(widget(
            &mut doc,
            page_id,
            [x, 448.0, x + 16.0, 464.0],
            dictionary! {
                "Parent" => radio, "AS" => shown,
                "DA" => Object::string_literal("/ZaDb 0 Tf 0 g"),
                "MK" => dictionary! { "CA" => Object::string_literal("l"), "BC" => nums(&[0.0]) },
                "AP" => dictionary! { "N" => states },
            },
        )));
    }
    doc.objects.insert(
        radio,
        Object::Dictionary(dictionary! {
            "FT" => "Btn", "Ff" => (1 << 15) | (1 << 14), "T" => Object::string_literal("choice"),
            "V" => "B", "Kids" => kids.clone(),
        }),
    );
    let content = b"BT /F1 11 Tf 60 655 Td (Name) Tj 0 -40 Td (State) Tj 0 -40 Td (Answer) Tj \
        0 -80 Td (Agree) Tj 0 -40 Td (Choice) Tj ET";
    let contents = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
    let annots: Vec<Object> = match part {
        Part::Fields => vec![name.into(), state.into(), list.into()],
        Part::Buttons => [vec![agree.into(), bare.into()], kids].concat(),
    };
    let fields: Vec<Object> = match part {
        Part::Fields => vec![name.into(), state.into(), list.into()],
        Part::Buttons => vec![agree.into(), bare.into(), radio.into()],
    };
    let mut form = dictionary! {
        "Fields" => fields,
        "DA" => Object::string_literal("/Helv 0 Tf 0 g"),
        // The form's fonts held apart (a reference), as many writers keep them.
        "DR" => dictionary! { "Font" => doc.add_object(dictionary! { "Helv" => helv, "ZaDb" => zadb }) },
    };
    if need_appearances {
        form.set("NeedAppearances", true);
    }
    one_page_form(doc, (page_id, pages_id), contents, helv, annots, form)
}

/// Puts the one page (Letter, its words in `helv` as /F1, `annots` on it) and the form
/// dictionary `form` into `doc`, and returns the file.
fn one_page_form(
    mut doc: Document,
    (page_id, pages_id): (ObjectId, ObjectId),
    contents: ObjectId,
    helv: ObjectId,
    annots: Vec<Object>,
    form: Dictionary,
) -> Vec<u8> {
    doc.objects.insert(
        page_id,
        Object::Dictionary(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
            "Contents" => contents,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => helv } },
            "Annots" => annots,
        }),
    );
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog", "Pages" => pages_id, "AcroForm" => form,
    });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// pdftotext finds each of `values` on page `page` of the packet.
fn assert_words_on(packet: &std::path::Path, page: usize, values: &[&str]) {
    let p = page.to_string();
    let text = run(
        "pdftotext",
        &["-f", &p, "-l", &p, packet.to_str().unwrap(), "-"],
    );
    for value in values {
        assert!(text.contains(value), "{value:?} not in {text:?}");
    }
}

/// The difference that decides, in each mode (see the tolerances).
fn verdict(mode: Mode, d: &common::Difference) -> (f64, bool) {
    match mode {
        Mode::Mail => (d.worst, d.worst > MAIL_TOLERANCE),
        Mode::Fax => (
            d.ink.lighter.max(d.ink.darker),
            d.ink.lighter > FAX_LOST || d.ink.darker > FAX_ADDED,
        ),
    }
}

/// Puts the one-page form `pdf` into a mail and a fax packet and compares each packet
/// page with poppler's rendering of the original; a page over the tolerance fails with
/// both pictures and both PDFs kept under the temporary folder (`imr-forms/<name>-…`).
/// `then` checks more of each packet (its path and page).
fn like_poppler(name: &str, pdf: &[u8], then: impl Fn(Mode, &std::path::Path, usize)) {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("original.pdf");
    std::fs::write(&original, pdf).unwrap();
    for mode in [Mode::Mail, Mode::Fax] {
        let (packet, page) = packet_with(dir.path(), pdf, mode);
        let (d, want, got) =
            compare_page(&original, 1, (612.0, 792.0), &packet, page, 50.0).unwrap();
        let (score, wrong) = verdict(mode, &d);
        println!("{name} {mode:?}: {score:.1} at {:?}", d.tile);
        if wrong {
            let keep = std::env::temp_dir().join("imr-forms");
            std::fs::create_dir_all(&keep).unwrap();
            want.save(&keep.join(format!("{name}-{mode:?}-original.png")));
            got.save(&keep.join(format!("{name}-{mode:?}-packet.png")));
            std::fs::copy(&packet, keep.join(format!("{name}-{mode:?}.pdf"))).unwrap();
            std::fs::copy(&original, keep.join(format!("{name}-original.pdf"))).unwrap();
            panic!(
                "{name} {mode:?}: differs from poppler's rendering by {score:.1}; pictures in {}",
                keep.display()
            );
        }
        then(mode, &packet, page);
    }
}

#[test]
fn a_form_drawn_afresh_shows_its_values_ticks_and_choices() {
    let dir = tempfile::tempdir().unwrap();
    let letter = (612.0, 792.0);
    for part in [Part::Fields, Part::Buttons] {
        // What the packet is made from: a form asking to be drawn afresh, its
        // appearances empty or stale; and what a viewer shows of it.
        let pdf = form_pdf(true, Buttons::Stale, part);
        let shown = match part {
            Part::Fields => pdf.clone(),
            Part::Buttons => form_pdf(false, Buttons::Fresh, part),
        };
        let reference = dir.path().join("shown.pdf");
        std::fs::write(&reference, &shown).unwrap();
        for mode in [Mode::Mail, Mode::Fax] {
            let (packet, page) = packet_with(dir.path(), &pdf, mode);
            let (d, want, got) = compare_page(&reference, 1, letter, &packet, page, 50.0).unwrap();
            let stale_form = form_pdf(false, Buttons::Stale, part);
            let elsewhere = tempfile::tempdir().unwrap();
            let (stale, stale_page) = packet_with(elsewhere.path(), &stale_form, mode);
            let (lost, _, _) =
                compare_page(&reference, 1, letter, &stale, stale_page, 50.0).unwrap();
            let (score, wrong) = verdict(mode, &d);
            let (lost_score, _) = verdict(mode, &lost);
            println!(
                "{part:?}, {mode:?}: {score:.1} at {:?} (the stale appearances: {lost_score:.1})",
                d.tile
            );
            if wrong {
                let keep = std::env::temp_dir().join("imr-forms");
                std::fs::create_dir_all(&keep).unwrap();
                want.save(&keep.join(format!("{part:?}-{mode:?}-original.png")));
                got.save(&keep.join(format!("{part:?}-{mode:?}-packet.png")));
                panic!(
                    "{part:?}, {mode:?}: the form differs from what a viewer shows by \
                     {score:.1}; pictures in {}",
                    keep.display()
                );
            }
            assert!(
                verdict(mode, &lost).1,
                "{part:?}, {mode:?}: a form with its values lost passes ({lost_score:.1})"
            );
            if mode == Mode::Mail && part == Part::Fields {
                assert_words_on(&packet, page, &["Maria Example", "California", "No"]);
            }
        }
    }
}

/// A page whose font list is an indirect object, with a FreeText annotation without
/// an appearance (drawn by the engine, which adds its own font to the page).
fn indirect_fonts_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let helv = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let fonts = doc.add_object(dictionary! { "F1" => helv });
    let contents = doc.add_object(Stream::new(
        dictionary! {},
        b"BT /F1 14 Tf 72 700 Td (The words of the page) Tj ET".to_vec(),
    ));
    let note = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "FreeText", "F" => 4,
        "Rect" => nums(&[72.0, 600.0, 372.0, 630.0]),
        "Contents" => Object::string_literal("Typed on top"),
        "DA" => Object::string_literal("/Helv 14 Tf 0 g"),
    });
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Contents" => contents,
        "Resources" => dictionary! { "Font" => fonts },
        "Annots" => vec![note.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn a_page_whose_fonts_are_held_apart_keeps_its_words_under_a_drawn_annotation() {
    like_poppler(
        "indirect-fonts",
        &indirect_fonts_pdf(),
        |mode, packet, page| {
            let p = page.to_string();
            let text = run(
                "pdftotext",
                &["-f", &p, "-l", &p, packet.to_str().unwrap(), "-"],
            );
            assert!(text.contains("The words of the page"), "{mode:?}: {text:?}");
            if mode == Mode::Mail {
                assert!(text.contains("Typed on top"), "{text:?}");
            }
        },
    );
}

/// A form drawn afresh whose fields ask for their own look: a font of the form's font
/// list other than Helvetica (Times and Courier, standard fonts every viewer has),
/// automatic sizes (`0 Tf`), centred and right-aligned values (`/Q`), a comb field (one
/// character a cell, `/MaxLen`), a multiline field and a combo box. Large boxes, so that
/// a value in the wrong font, size or place moves many tiles. Each field's stored
/// appearance is empty.
fn styled_form_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let page_id = doc.new_object_id();
    let times = standard_font(&mut doc, "Times-Roman");
    let courier = standard_font(&mut doc, "Courier");
    let helv = standard_font(&mut doc, "Helvetica");
    let mut fields: Vec<Object> = Vec::new();
    let mut field = |doc: &mut Document, rect: [f32; 4], extra: Dictionary| {
        fields.push(blank_widget(doc, page_id, rect, extra).into());
    };
    // The text fields: box, name, value, default appearance, and what else each sets.
    let reason = "The plan denied the surgery my doctor asked for. I need it to walk again.";
    let texts: [([f32; 4], &str, &str, &str, Dictionary); 5] = [
        // Automatic size in Times: the value as tall as the box allows.
        (
            [72.0, 680.0, 540.0, 720.0],
            "name",
            "Maria Example",
            "/TiRo 0 Tf 0 g",
            dictionary! {},
        ),
        // Centred, in Courier at 20 points.
        (
            [72.0, 620.0, 540.0, 650.0],
            "plan",
            "Example Health Plan",
            "/Cour 20 Tf 0 g",
            dictionary! { "Q" => 1 },
        ),
        // Right-aligned, in Helvetica at 18 points.
        (
            [72.0, 560.0, 540.0, 590.0],
            "amount",
            "1,250.00",
            "/Helv 18 Tf 0 g",
            dictionary! { "Q" => 2 },
        ),
        // A comb of nine cells: a member number, one digit a cell.
        (
            [72.0, 490.0, 432.0, 530.0],
            "member",
            "123456789",
            "/Helv 0 Tf 0 g",
            dictionary! { "Ff" => 1 << 24, "MaxLen" => 9 },
        ),
        // Multiline, automatic size: wrapped from the top.
        (
            [72.0, 330.0, 340.0, 460.0],
            "reason",
            reason,
            "/TiRo 0 Tf 0 g",
            dictionary! { "Ff" => 1 << 12 },
        ),
    ];
    for (rect, name, value, da, mut extra) in texts {
        extra.set("FT", "Tx");
        extra.set("T", Object::string_literal(name));
        extra.set("V", Object::string_literal(value));
        extra.set("DA", Object::string_literal(da));
        field(&mut doc, rect, extra);
    }
    // A combo box: its choice in the middle of a tall box, in Times.
    field(
        &mut doc,
        [360.0, 330.0, 540.0, 400.0],
        dictionary! {
            "FT" => "Ch", "Ff" => 1 << 17, "T" => Object::string_literal("state"),
            "Opt" => vec![Object::string_literal("California"), Object::string_literal("Nevada")],
            "V" => Object::string_literal("Nevada"),
            "DA" => Object::string_literal("/TiRo 24 Tf 0 g"),
        },
    );
    let content = b"BT /F1 10 Tf 72 724 Td (Name) Tj 0 -74 Td (Plan) Tj 0 -60 Td (Amount) Tj \
        0 -60 Td (Member number) Tj 0 -70 Td (Reason) Tj ET";
    let contents = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
    let form = dictionary! {
        "Fields" => fields.clone(),
        "NeedAppearances" => true,
        "DA" => Object::string_literal("/Helv 0 Tf 0 g"),
        "DR" => dictionary! { "Font" => doc.add_object(dictionary! {
            "Helv" => helv, "TiRo" => times, "Cour" => courier,
        }) },
    };
    one_page_form(doc, (page_id, pages_id), contents, helv, fields, form)
}

#[test]
fn a_form_drawn_afresh_shows_its_values_in_their_own_font_size_and_place() {
    like_poppler("styled", &styled_form_pdf(), |mode, packet, page| {
        if mode == Mode::Mail {
            let values = ["Maria Example", "Example Health Plan", "1,250.00", "Nevada"];
            assert_words_on(packet, page, &values);
        }
    });
}

/// A filled-in form (no `/NeedAppearances`) whose writer left `/Subtype /Form` out of
/// its fields' appearance streams, as OpenOffice.org did: viewers draw them anyway.
fn appearances_without_subtype_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let page_id = doc.new_object_id();
    let helv = standard_font(&mut doc, "Helvetica");
    let mut annots: Vec<Object> = Vec::new();
    for (i, value) in ["Maria Example", "Example Health Plan"].iter().enumerate() {
        let y = 660.0 - 60.0 * i as f32;
        let ops = format!(
            "0 G 1 w 0.5 0.5 299 29 re S /Tx BMC q 1 1 298 28 re W n BT 0 g /Helv 18 Tf \
             4 8 Td ({value}) Tj ET Q EMC"
        );
        // No /Type, no /Subtype: only the box and the resources.
        let ap = doc.add_object(Stream::new(
            dictionary! {
                "BBox" => nums(&[0.0, 0.0, 300.0, 30.0]),
                "Resources" => dictionary! { "Font" => dictionary! { "Helv" => helv } },
            },
            ops.into_bytes(),
        ));
        let field = widget(
            &mut doc,
            page_id,
            [150.0, y, 450.0, y + 30.0],
            dictionary! {
                "FT" => "Tx", "T" => Object::string_literal(format!("field{i}")),
                "V" => Object::string_literal(*value),
                "DA" => Object::string_literal("/Helv 18 Tf 0 g"),
                "AP" => dictionary! { "N" => ap },
            },
        );
        annots.push(field.into());
    }
    let content = b"BT /F1 11 Tf 60 670 Td (Name) Tj 0 -60 Td (Plan) Tj ET";
    let contents = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
    let form = dictionary! {
        "Fields" => annots.clone(),
        "DA" => Object::string_literal("/Helv 0 Tf 0 g"),
        "DR" => dictionary! { "Font" => dictionary! { "Helv" => helv } },
    };
    one_page_form(doc, (page_id, pages_id), contents, helv, annots, form)
}

#[test]
fn a_filled_in_form_whose_appearances_lack_their_subtype_keeps_its_values() {
    let pdf = appearances_without_subtype_pdf();
    like_poppler("no-subtype", &pdf, |mode, packet, page| {
        if mode == Mode::Mail {
            assert_words_on(packet, page, &["Maria Example", "Example Health Plan"]);
        }
    });
}

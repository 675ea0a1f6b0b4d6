//! Optional content (layers) reaches the packet as a viewer prints it: a layer that is off
//! on screen but on for print (a "PRINTED COPY" mark) is there, one that is on screen but
//! off for print (on-screen instructions) is not, nor is one off in both, nor an
//! annotation that belongs to a layer that is off, in mail and fax mode. Layers are
//! marked three ways, and each is tried: marked content in the page's own drawing
//! (`/OC /name BDC … EMC`, a group or a membership dictionary), a form or an image with
//! `/OC`, and an annotation with `/OC`.
//!
//! The reference is poppler's rendering of the original as it prints
//! (`common::printed_copy`): pdftoppm renders a page as a screen shows it, so the copy
//! sets the layers' default configuration to the state printing gives them, as the
//! standard says (the configuration's ON and OFF, then its automatic states for the
//! Print event with each group's /Print usage), and poppler decides the rest. Rendered as
//! the screen shows it instead, the same original must differ from the packet, or the
//! test could not tell the two states apart.
#![allow(clippy::unwrap_used)]

mod common;

use common::{compare_page, compare_rendered, packet_dpi, packet_with, render_at, run};
use imr_packet::Mode;
use lopdf::{dictionary, Document, Object, Stream};

/// How near the packet page must be to the original as printed: the annotation test's
/// tolerance (worst 12 × 12 tile at 50 dpi, of 255). Each layer's drawing fills several
/// tiles, so one drawn in the wrong state moves a tile by 100 or more.
const TOLERANCE: f64 = 12.0;
/// In fax mode the ink is compared: lost ink at most 16 (drawn in one bit at 200 dpi,
/// a stroke comes out a dot thinner or thicker: 12.4 measured), added ink at most the
/// annotation test's 40 (a dark colour comes out black: the red box, 29.8).
const FAX_LOST: f64 = 16.0;
const FAX_ADDED: f64 = 40.0;

/// A Letter page with three layers (on screen only, print only, never) and one group
/// of both (any on: prints), used every way a file can use them.
fn layered_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let group = |doc: &mut Document, name: &str, print: Option<&str>| {
        let mut g = dictionary! { "Type" => "OCG", "Name" => Object::string_literal(name) };
        if let Some(state) = print {
            g.set(
                "Usage",
                dictionary! { "Print" => dictionary! {
                    "PrintState" => Object::Name(state.as_bytes().to_vec()),
                }},
            );
        }
        doc.add_object(g)
    };
    let screen_only = group(&mut doc, "Instructions", Some("OFF"));
    let print_only = group(&mut doc, "Printed copy", Some("ON"));
    let never = group(&mut doc, "Draft notes", None);
    let any = doc.add_object(dictionary! {
        "Type" => "OCMD",
        "OCGs" => vec![screen_only.into(), print_only.into()],
        "P" => "AnyOn",
    });
    // A form (a frame) that prints only, and an image (grey) shown on screen only.
    let form = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 1.into(), 1.into()],
            "OC" => print_only,
        },
        b"0 g 0.1 w 0 0 1 1 re S 0.2 0.2 0.6 0.6 re f".to_vec(),
    ));
    let image = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image",
            "Width" => 2, "Height" => 2, "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
            "OC" => screen_only,
        },
        vec![40, 90, 90, 40],
    ));
    let content = b"BT /F1 12 Tf 72 720 Td (Layers: what prints) Tj ET\n\
        /OC /Screen BDC 0 0 1 rg 100 560 200 60 re f BT /F1 20 Tf 110 640 Td (Click here) Tj ET EMC\n\
        /OC /Print BDC 0 g BT /F1 28 Tf 100 480 Td (PRINTED COPY) Tj ET EMC\n\
        /OC /Never BDC 0 g 350 560 150 60 re f EMC\n\
        /OC /Any BDC 0.8 0 0 rg 100 380 150 40 re f EMC\n\
        q 200 0 0 60 100 250 cm /Frame Do Q\n\
        q 150 0 0 60 350 250 cm /Shade Do Q\n";
    let contents = doc.add_object(Stream::new(dictionary! {}, content.to_vec()));
    // A square with its own appearance on the layer that never prints, and an ink
    // signature without one on the layer that prints only.
    let square_ap = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 120.into(), 60.into()],
        },
        b"0 0 0 rg 0 0 120 60 re f".to_vec(),
    ));
    let square = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Square", "F" => 4,
        "Rect" => vec![400.into(), 100.into(), 520.into(), 160.into()],
        "AP" => dictionary! { "N" => square_ap },
        "OC" => never,
    });
    let ink = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Ink", "F" => 4,
        "Rect" => vec![100.into(), 100.into(), 300.into(), 160.into()],
        "InkList" => vec![Object::Array(
            [100.0, 110.0, 150.0, 155.0, 200.0, 105.0, 250.0, 150.0, 300.0, 110.0]
                .iter()
                .map(|&v: &f32| Object::Real(v))
                .collect(),
        )],
        "C" => vec![0.into(), 0.into(), 0.into()],
        "BS" => dictionary! { "W" => 3 },
        "OC" => print_only,
    });
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Contents" => contents,
        "Resources" => dictionary! {
            "Font" => dictionary! { "F1" => font },
            "XObject" => dictionary! { "Frame" => form, "Shade" => image },
            "Properties" => dictionary! {
                "Screen" => screen_only, "Print" => print_only, "Never" => never, "Any" => any,
            },
        },
        "Annots" => vec![square.into(), ink.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
        }),
    );
    let groups = vec![screen_only.into(), print_only.into(), never.into()];
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
        "OCProperties" => dictionary! {
            "OCGs" => groups,
            "D" => dictionary! {
                "ON" => vec![screen_only.into()],
                "OFF" => vec![print_only.into(), never.into()],
                "AS" => vec![Object::Dictionary(dictionary! {
                    "Event" => "Print",
                    "Category" => vec![Object::Name(b"Print".to_vec())],
                    "OCGs" => vec![screen_only.into(), print_only.into()],
                })],
            },
        },
    });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn layers_reach_the_packet_as_they_print() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("original.pdf");
    let pdf = layered_pdf();
    std::fs::write(&original, &pdf).unwrap();
    let letter = (612.0, 792.0);
    for mode in [Mode::Mail, Mode::Fax] {
        let (packet, page) = packet_with(dir.path(), &pdf, mode);
        let (printed, want, got) = compare_page(&original, 1, letter, &packet, page, 50.0).unwrap();
        // The same original as the screen shows it.
        let screen = render_at(&original, 1, 50.0).unwrap();
        let whole = render_at(&packet, page, packet_dpi(letter, 50.0)).unwrap();
        let (on_screen, _) = compare_rendered(&screen, &whole, letter, 50.0).unwrap();
        println!(
            "{mode:?}: against the original as printed {:.1} (ink {:.1} lost, {:.1} added), \
             as shown on screen {:.1}",
            printed.worst, printed.ink.lighter, printed.ink.darker, on_screen.worst
        );
        let (score, wrong) = match mode {
            Mode::Mail => (printed.worst, printed.worst > TOLERANCE),
            Mode::Fax => (
                printed.ink.lighter.max(printed.ink.darker),
                printed.ink.lighter > FAX_LOST || printed.ink.darker > FAX_ADDED,
            ),
        };
        if wrong {
            let keep = std::env::temp_dir().join("imr-layers");
            std::fs::create_dir_all(&keep).unwrap();
            want.save(&keep.join(format!("{mode:?}-original.png")));
            got.save(&keep.join(format!("{mode:?}-packet.png")));
            panic!(
                "{mode:?}: the packet page differs from the original as printed by {score:.1} \
                 at {:?}; pictures in {}",
                printed.tile,
                keep.display()
            );
        }
        assert!(
            on_screen.worst > 5.0 * TOLERANCE,
            "{mode:?}: the screen and print states look alike ({:.1})",
            on_screen.worst
        );
        if mode == Mode::Mail {
            let text = run(
                "pdftotext",
                &[
                    "-f",
                    &page.to_string(),
                    "-l",
                    &page.to_string(),
                    packet.to_str().unwrap(),
                    "-",
                ],
            );
            assert!(text.contains("PRINTED COPY"), "{text}");
            assert!(!text.contains("Click here"), "{text}");
        }
    }
}

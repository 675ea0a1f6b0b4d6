//! Packet tests: build real packets from the example case and read them back the way a
//! person (or the Help Center) would: poppler's pdftotext / pdfinfo / pdftoppm and qpdf.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::{example_dir, page_count, render_gray as render, run, today};

use std::path::{Path, PathBuf};

use imr_case::case::{validate, Case, CaseFile};
use imr_case::form::{application_form, assistant_form};
use imr_case::rules::RulesReport;
use imr_packet::{
    build_checklist, build_packet, load_documents, DirSource, Mode, PacketOptions, PacketSummary,
};

fn example_file() -> CaseFile {
    let text = std::fs::read_to_string(example_dir().join("case.json")).unwrap();
    CaseFile::from_json(&text).unwrap()
}

struct Built {
    _dir: tempfile::TempDir,
    pdf: PathBuf,
    bytes: Vec<u8>,
    summary: PacketSummary,
    case: Case,
    report: RulesReport,
    options: PacketOptions,
}

fn build(file: &CaseFile, docs: &Path, mode: Mode) -> Built {
    let case = validate(file, today()).unwrap_or_else(|p| panic!("invalid case: {p:?}"));
    let report = case.assess(today());
    let options = PacketOptions::new(mode, today(), b"test");
    let documents = load_documents(&case, &DirSource::new(docs), &options.limits).unwrap();
    let mut bytes = Vec::new();
    let summary = build_packet(&case, documents, &options, &mut bytes).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("packet.pdf");
    std::fs::write(&pdf, &bytes).unwrap();
    Built {
        _dir: dir,
        pdf,
        bytes,
        summary,
        case,
        report,
        options,
    }
}

/// Builds the example with signatures made on screen.
fn example_signed(
    edit: impl FnOnce(&mut PacketOptions),
) -> (tempfile::TempDir, PathBuf, PacketSummary) {
    let case = validate(&example_file(), today()).unwrap();
    let mut options = PacketOptions::new(Mode::Fax, today(), b"test");
    options.signatures.date = "03/01/2026".into();
    edit(&mut options);
    let documents = load_documents(&case, &DirSource::new(example_dir()), &options.limits).unwrap();
    let mut bytes = Vec::new();
    let summary = build_packet(&case, documents, &options, &mut bytes).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.pdf");
    std::fs::write(&path, &bytes).unwrap();
    (dir, path, summary)
}

fn example(mode: Mode) -> Built {
    build(&example_file(), &example_dir(), mode)
}

fn text_of_page(pdf: &Path, page: usize) -> String {
    let p = page.to_string();
    run(
        "pdftotext",
        &["-f", &p, "-l", &p, pdf.to_str().unwrap(), "-"],
    )
}

/// The text a reader sees, without running headers and "(continued)" titles, with
/// whitespace collapsed, so answers that wrap or flow onto the next page still match.
fn reading_text(pdf: &Path) -> String {
    let all = run("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    all.lines()
        .map(|l| l.trim_start_matches('\u{c}'))
        .filter(|l| !l.starts_with("Patient: ") && !l.starts_with("Page "))
        .filter(|l| !l.ends_with("(continued)") && *l != "(continued)")
        .filter(|l| !l.starts_with("DMHC 20-224 answers"))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn packet_holds_every_answer() {
    let b = example(Mode::Fax);
    let text = reading_text(&b.pdf);
    let mut checked = 0;
    for form in [application_form(), assistant_form()] {
        for field in form.applicable_fields(&b.case.answers, today()) {
            let Some(shown) = b.case.display_value(field.id) else {
                continue;
            };
            if shown.is_empty() {
                continue;
            }
            // Choices print every option, the chosen one ticked; its label is there.
            let expected = shown;
            assert!(
                text.contains(&squash(&expected)),
                "{}: {expected:?} not found in the packet text",
                field.id
            );
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} answers checked");
}

#[test]
fn packet_numbers_every_page_including_imported_ones() {
    let b = example(Mode::Fax);
    let total = page_count(&b.pdf);
    assert_eq!(total, b.summary.total_pages);
    // Cover 1 + forms + index + 2 + 1 + 1 document pages.
    assert!(total >= 8, "{total}");
    for n in 1..=total {
        let text = text_of_page(&b.pdf, n);
        assert!(
            text.contains(&format!("Page {n} of {total}")),
            "page {n} lacks its number: {text:?}"
        );
        assert!(text.contains("XJ4-2291-07"), "page {n} lacks the member ID");
        assert!(
            text.contains("José A Núñez"),
            "page {n} lacks the patient's name"
        );
    }
}

#[test]
fn fax_cover_gives_numbers_and_total_without_medical_details() {
    let b = example(Mode::Fax);
    let cover = squash(&text_of_page(&b.pdf, 1));
    let total = b.summary.total_pages;
    for needle in [
        "916-255-5241",
        "1-888-466-2219",
        "Help Center, Department of Managed Health Care",
        "José A. Núñez",
        "559-555-0142",
        "March 1, 2026",
        &format!("Total pages, including this cover sheet: {total}"),
        "CONFIDENTIAL",
    ] {
        assert!(cover.contains(needle), "cover lacks {needle:?}: {cover}");
    }
    for medical in ["MRI", "radiculopathy", "Lumbar", "back pain", "Torres"] {
        assert!(!cover.contains(medical), "cover shows {medical:?}");
    }
}

#[test]
fn exhibits_are_labelled_on_their_pages() {
    let b = example(Mode::Fax);
    let e = &b.summary.exhibits;
    assert_eq!(e.len(), 3);
    assert_eq!((e[0].letter.as_str(), e[0].pages), ("A", 2));
    let first = squash(&text_of_page(&b.pdf, e[0].first_page));
    assert!(first.contains("EXHIBIT A: Denial letter"), "{first}");
    // The imported page's own text is there, under the label.
    assert!(first.contains("Letter page 1 of 2"), "{first}");
    let second = squash(&text_of_page(&b.pdf, e[0].first_page + 1));
    assert!(second.contains("Exhibit A, page 2 of 2"), "{second}");
    assert!(second.contains("Letter page 2 of 2"), "{second}");
    for (exhibit, letter) in e.iter().zip(["A", "B", "C"]) {
        let page = squash(&text_of_page(&b.pdf, exhibit.first_page));
        assert!(page.contains(&format!("EXHIBIT {letter}:")), "{page}");
    }
    // The index lists each exhibit with its packet pages.
    let index_page = b.summary.exhibits[0].first_page - 1;
    let index = squash(&text_of_page(&b.pdf, index_page));
    assert!(index.contains("Index of enclosed documents"), "{index}");
    assert!(index.contains(&e[0].page_range()), "{index}");
    assert!(
        index.contains("Plan's grievance decision (phone photo)"),
        "{index}"
    );
}

#[test]
fn packet_passes_qpdf_check_in_both_modes() {
    for mode in [Mode::Fax, Mode::Mail] {
        let b = example(mode);
        let out = run("qpdf", &["--check", b.pdf.to_str().unwrap()]);
        assert!(out.contains("No syntax or stream encoding errors"), "{out}");
    }
}

#[test]
fn packet_bytes_are_reproducible() {
    let a = example(Mode::Mail);
    let b = example(Mode::Mail);
    assert!(a.bytes == b.bytes, "two builds of the same case differ");
    let c = example(Mode::Fax);
    assert!(a.bytes != c.bytes);
}

/// Fax pages are converted on several threads, which finish in any order: the packet
/// still comes out byte for byte the same, with one thread or with more threads than
/// pages, build after build.
#[test]
fn fax_packet_bytes_do_not_depend_on_the_threads() {
    let case = validate(&example_file(), today()).unwrap();
    let fax = |workers: usize| {
        let mut options = PacketOptions::new(Mode::Fax, today(), b"test");
        options.fax_workers = workers;
        let documents =
            load_documents(&case, &DirSource::new(example_dir()), &options.limits).unwrap();
        let mut bytes = Vec::new();
        let summary = build_packet(&case, documents, &options, &mut bytes).unwrap();
        (bytes, summary.total_pages)
    };
    let (one, pages) = fax(1);
    for run in 0..6 {
        let (many, _) = fax(pages + 3);
        assert!(many == one, "build {run} on {} threads differs", pages + 3);
    }
}

#[test]
fn jpeg_is_embedded_byte_for_byte_when_mailed() {
    let b = example(Mode::Mail);
    let jpeg = std::fs::read(example_dir().join("grievance-decision-photo.jpg")).unwrap();
    assert!(
        b.bytes.windows(jpeg.len()).any(|w| w == jpeg.as_slice()),
        "the photo's bytes are not in the packet unchanged"
    );
}

fn mean(pixels: &[u8], w: usize, x0: usize, y0: usize, x1: usize, y1: usize) -> f64 {
    let mut sum = 0u64;
    for y in y0..y1 {
        for x in x0..x1 {
            sum += u64::from(pixels[y * w + x]);
        }
    }
    sum as f64 / ((x1 - x0) * (y1 - y0)) as f64
}

#[test]
fn phone_photo_is_placed_upright() {
    // The example photo is stored sideways with EXIF orientation 6; upright, it has a
    // black block in its top-left corner.
    let b = example(Mode::Fax);
    let page = b.summary.exhibits[1].first_page;
    let (w, h, px) = render(&b.pdf, page, 36);
    // At 36 dpi a point is half a pixel. The 1200 x 1600 photo is scaled to 510 x 680 pt
    // and placed 51 pt from the left, 76 pt from the top; its block covers about
    // 94-195 pt across and 119-220 pt down. Compare that corner with its mirror images.
    let px_at = |pt: f64| (pt / 2.0) as usize;
    let region = |x0: f64, y0: f64, x1: f64, y1: f64| {
        mean(&px, w, px_at(x0), px_at(y0), px_at(x1), px_at(y1))
    };
    assert_eq!((w, h), (306, 396));
    let top_left = region(105.0, 130.0, 185.0, 210.0);
    let top_right = region(612.0 - 185.0, 130.0, 612.0 - 105.0, 210.0);
    let bottom_left = region(105.0, 792.0 - 210.0, 185.0, 792.0 - 130.0);
    assert!(
        top_left < 40.0 && top_right > 100.0 && bottom_left > 100.0,
        "the dark corner is not top-left: {top_left} {top_right} {bottom_left}"
    );
}

#[test]
fn pages_keep_clear_of_the_fax_margin() {
    // Nothing within half an inch of the edge: render every page and look at the strips.
    let b = example(Mode::Fax);
    for n in 1..=b.summary.total_pages {
        let (w, h, px) = render(&b.pdf, n, 36);
        let m = 36 * 36 / 72 - 1; // half an inch at 36 dpi, less a pixel for anti-aliasing
        let strips = [
            mean(&px, w, 0, 0, w, m),
            mean(&px, w, 0, h - m, w, h),
            mean(&px, w, 0, 0, m, h),
            mean(&px, w, w - m, 0, w, h),
        ];
        for s in strips {
            assert!(s > 250.0, "page {n} has marks near the edge ({strips:?})");
        }
        // And the page is not blank.
        assert!(mean(&px, w, 0, 0, w, h) < 254.0, "page {n} is blank");
    }
}

#[test]
fn mail_cover_puts_the_address_in_the_envelope_window() {
    let b = example(Mode::Mail);
    let bbox = run(
        "pdftotext",
        &["-bbox", "-f", "1", "-l", "1", b.pdf.to_str().unwrap(), "-"],
    );
    // Find the recipient block's words and check they sit in the window area:
    // 0.875 in to 5.375 in from the left, 2.04 in to 3.17 in from the top.
    for word in ["Help", "Ninth", "Sacramento,", "95814-2725"] {
        let line = bbox
            .lines()
            .find(|l| l.ends_with(&format!(">{word}</word>")))
            .unwrap_or_else(|| panic!("{word} not on the mailing page"));
        let attr = |name: &str| -> f64 {
            let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            line[start..].split('"').next().unwrap().parse().unwrap()
        };
        let (x_min, y_min, y_max) = (attr("xMin"), attr("yMin"), attr("yMax"));
        assert!(
            (0.875 * 72.0 - 0.5..5.375 * 72.0).contains(&x_min),
            "{word} x {x_min}"
        );
        assert!(
            y_min >= 2.04 * 72.0 && y_max <= 3.17 * 72.0,
            "{word} y {y_min}..{y_max}"
        );
    }
    // The patient's name and member ID are not on the part that shows through a window.
    let top_words: Vec<&str> = bbox
        .lines()
        .filter(|l| l.contains("<word"))
        .filter(|l| {
            let start = l.find("yMax=\"").unwrap() + 6;
            let y: f64 = l[start..].split('"').next().unwrap().parse().unwrap();
            y < 3.67 * 72.0
        })
        .collect();
    assert!(
        !top_words.iter().any(|l| l.contains("XJ4-2291-07")),
        "the member ID would show through the window"
    );
}

#[test]
fn names_in_any_script_render_and_read_back() {
    let mut file = example_file();
    file.answers
        .insert("provider.doctor_name".into(), "李小龙".into());
    let b = build(&file, &example_dir(), Mode::Fax);
    let text = run("pdftotext", &[b.pdf.to_str().unwrap(), "-"]);
    for name in ["José A Núñez", "Nguyễn Thị Hồng", "李小龙"] {
        assert!(text.contains(name), "{name} not read back");
    }
    // Every font is embedded, so it prints the same on a machine without them.
    let fonts = run("pdffonts", &[b.pdf.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 3, "{fonts}");
    for row in rows
        .iter()
        .filter(|r| r.contains("+DJV") || r.contains("+DRO"))
    {
        assert!(row.contains(" yes yes "), "not embedded and subset: {row}");
    }
    assert!(fonts.contains("DroidSansFallback"), "{fonts}");
}

#[test]
fn long_answers_flow_onto_continuation_pages() {
    let mut file = example_file();
    // Both long answers near their limits (4,000 and 2,000 characters): together more
    // than a page, so one of them must flow onto the next page.
    let words = |tag: &str, n: usize| {
        (1..=n)
            .map(|i| format!("{tag}{i} of my story."))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let story = words("sentence", 150);
    let wanted = words("wish", 90);
    assert!(story.len() <= 4000 && wanted.len() <= 2000);
    file.answers
        .insert("problem.description".into(), story.clone());
    file.answers
        .insert("problem.desired_outcome".into(), wanted.clone());
    let short = example(Mode::Mail);
    let b = build(&file, &example_dir(), Mode::Mail);
    assert!(b.summary.total_pages > short.summary.total_pages);
    let text = reading_text(&b.pdf);
    assert!(text.contains(&story), "the long answer was cut");
    assert!(text.contains(&wanted), "the long answer was cut");
    let page_of = |needle: &str| {
        (1..=page_count(&b.pdf))
            .find(|&p| text_of_page(&b.pdf, p).contains(needle))
            .unwrap_or(0)
    };
    let spans = [
        ("sentence1 of", "sentence150 of"),
        ("wish1 of", "wish90 of"),
    ]
    .iter()
    .map(|(a, z)| (page_of(a), page_of(z)))
    .collect::<Vec<_>>();
    let flowed = spans.iter().find(|(a, z)| *a > 0 && z > a);
    let Some(&(_, last)) = flowed else {
        panic!("no long answer flows onto a next page: {spans:?}");
    };
    assert!(
        text_of_page(&b.pdf, last).contains("(continued)"),
        "the continuation page is not marked"
    );
}

/// An IMR does not need a doctor's recommendation (H&S 1374.30(j)(1)): with the
/// requesting doctor and the primary care provider left blank, the case is valid and the
/// packet is made, the labels printed with no answer.
#[test]
fn a_blank_requesting_doctor_still_makes_a_packet() {
    let mut file = example_file();
    for id in [
        "provider.doctor_name",
        "provider.doctor_phone",
        "provider.pcp_name",
        "provider.pcp_phone",
    ] {
        assert!(file.answers.remove(id).is_some(), "{id} not in the example");
    }
    let b = build(&file, &example_dir(), Mode::Mail);
    assert!(b.summary.total_pages > 5);
    let text = reading_text(&b.pdf);
    assert!(
        text.contains("Requesting Provider (no answer)"),
        "{}",
        &text[text.find("Doctors").unwrap_or(0)..]
    );
    assert!(
        !text.contains("559-555-0190"),
        "the doctor's phone is still printed"
    );
}

/// On the form pages a short answer sits beside its label, on one line, as on DMHC's
/// paper form; a choice shows its boxes beside its label.
#[test]
fn form_pages_put_short_answers_beside_their_labels() {
    let b = example(Mode::Mail);
    let all = run("pdftotext", &["-layout", b.pdf.to_str().unwrap(), "-"]);
    let row = |label: &str| {
        all.lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no line starts with {label:?}"))
            .to_string()
    };
    for (label, answer) in [
        ("First Name", "José"),
        ("Last Name", "Núñez"),
        ("Member/Subscriber ID Number", "XJ4-2291-07"),
        ("Health Plan Name", "Golden Valley Health Plan"),
    ] {
        let line = row(label);
        assert!(line.contains(answer), "{label}: {line:?}");
    }
    let gender = row("Gender");
    assert!(
        gender.contains("Male") && gender.contains("Female"),
        "{gender:?}"
    );
}

/// Each signature line stands under the statement the signer affirms, and the
/// Authorized Assistant form's Part A names the member it is about.
#[test]
fn signatures_stand_under_their_statements_and_part_a_names_the_member() {
    let b = example(Mode::Mail);
    let text = reading_text(&b.pdf);
    for statement in [
        imr_case::form::APPLICANT_STATEMENT,
        imr_case::form::MEMBER_STATEMENT,
        imr_case::form::HELPER_STATEMENT,
    ] {
        let at = text.find(&squash(statement)).expect("statement printed");
        let rest = &text[at..];
        assert!(
            rest.find("Signature of").is_some(),
            "no signature line after {statement:?}"
        );
    }
    let part_a = text.find("Part A").expect("Part A printed");
    let part_b = text.find("Part B").expect("Part B printed");
    let part = &text[part_a..part_b];
    for needle in [
        "José",
        "Núñez",
        "07/14/1961",
        "Golden Valley Health Plan",
        "XJ4-2291-07",
    ] {
        assert!(part.contains(needle), "Part A lacks {needle:?}: {part}");
    }
}

#[test]
fn minor_gets_a_guardian_section_and_adult_does_not() {
    let question = imr_case::form::field("guardian.name").unwrap().form_label;
    let adult = example(Mode::Mail);
    assert!(!reading_text(&adult.pdf).contains(question));
    let mut file = example_file();
    file.answers
        .insert("patient.date_of_birth".into(), "2015-06-01".into());
    file.answers
        .insert("guardian.name".into(), "María Núñez".into());
    file.answers
        .insert("signature.relationship".into(), "parent".into());
    let b = build(&file, &example_dir(), Mode::Mail);
    let text = reading_text(&b.pdf);
    assert!(text.contains(question), "{text}");
    assert!(text.contains("María Núñez"));
}

#[test]
fn drawn_text_is_at_least_ten_points() {
    // Fax machines lose smaller text. Check every font size set in our own pages'
    // content streams (imported documents are drawn inside form XObjects).
    let b = example(Mode::Fax);
    let doc = lopdf::Document::load_mem(&b.bytes).unwrap();
    let mut sizes = Vec::new();
    for (_, page) in doc.get_pages() {
        let content = doc.get_page_content(page);
        let ops = lopdf::content::Content::decode(&content).unwrap();
        for op in ops.operations.iter().filter(|o| o.operator == "Tf") {
            sizes.push(op.operands[1].as_float().unwrap());
        }
    }
    assert!(!sizes.is_empty());
    let smallest = sizes.iter().cloned().fold(f32::MAX, f32::min);
    assert!(smallest >= 10.0, "text at {smallest} pt");
}

fn checklist_text(b: &Built) -> String {
    let pdf = build_checklist(&b.case, &b.report, &b.summary, &b.options).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("checklist.pdf");
    std::fs::write(&path, &pdf).unwrap();
    squash(&run("pdftotext", &[path.to_str().unwrap(), "-"]))
}

/// The documents the track expects are a warning on the checklist when missing, never a
/// block: the packet is made without them.
#[test]
fn checklist_warns_of_an_expected_document_left_out() {
    let full = example(Mode::Mail);
    assert!(
        !checklist_text(&full).contains("Not in this packet"),
        "the example has every expected document"
    );
    let mut file = example_file();
    file.documents
        .retain(|d| d.kind != imr_case::form::DocumentKind::DenialLetter);
    let b = build(&file, &example_dir(), Mode::Mail);
    assert!(b.summary.exhibits.len() < full.summary.exhibits.len());
    let text = checklist_text(&b);
    assert!(
        text.contains("Not in this packet: Denial letter, which DMHC expects"),
        "{text}"
    );
    assert!(
        !text.contains("Not in this packet: The plan's decision"),
        "{text}"
    );
}

#[test]
fn checklist_says_what_to_do_and_when() {
    let b = example(Mode::Fax);
    let pdf = build_checklist(&b.case, &b.report, &b.summary, &b.options).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("checklist.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let text = squash(&run("pdftotext", &[path.to_str().unwrap(), "-"]));
    let sign_page = b.summary.application_signature_pages[0];
    for needle in [
        "Before you send your IMR application".to_string(),
        format!("Sign and date the application by hand on page {sign_page}"),
        "Send copies, not originals".into(),
        format!("Fax all {} pages", b.summary.total_pages),
        "916-255-5241".into(),
        "1-888-466-2219".into(),
        "1-877-688-9891".into(),
        "1-888-804-3536".into(),
        "You can apply now: your plan has sent its decision (dated February 5, 2026)".into(),
        "Apply by August 4, 2026".into(),
        "5 to 7 days".into(),
        "30 to 45 days".into(),
        "3 to 7 days".into(),
        "Authorized Assistant form".into(),
    ] {
        assert!(text.contains(&needle), "checklist lacks {needle:?}: {text}");
    }
    // The signature page really has the signature line.
    let page = squash(&text_of_page(&b.pdf, sign_page));
    assert!(page.contains("Signature of patient or person applying for the patient"));
}

#[test]
fn checklist_in_spanish_keeps_the_packet_in_english() {
    let mut options = PacketOptions::new(Mode::Mail, today(), b"test");
    options.language = imr_packet::Lang::Es;
    let case = validate(&example_file(), today()).unwrap();
    let report = case.assess(today());
    let documents = load_documents(&case, &DirSource::new(example_dir()), &options.limits).unwrap();
    let mut packet = Vec::new();
    let summary = build_packet(&case, documents, &options, &mut packet).unwrap();
    let checklist = build_checklist(&case, &report, &summary, &options).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let checklist_path = dir.path().join("lista.pdf");
    let packet_path = dir.path().join("paquete.pdf");
    std::fs::write(&checklist_path, &checklist).unwrap();
    std::fs::write(&packet_path, &packet).unwrap();

    let text = squash(&run("pdftotext", &[checklist_path.to_str().unwrap(), "-"]));
    let sign_page = summary.application_signature_pages[0];
    for needle in [
        "Antes de enviar su solicitud de IMR".to_string(),
        "Revise antes de enviar".into(),
        "Cómo enviarlo".into(),
        "Sus fechas".into(),
        "Qué pasa después".into(),
        "Ayuda gratuita".into(),
        "Documentos en su paquete".into(),
        format!("Firme a mano y ponga la fecha en la solicitud, en la página {sign_page}"),
        format!("Envíe por correo las {} páginas", summary.total_pages),
        "980 Ninth Street, Suite 500".into(),
        "Puede presentar su solicitud ahora: su plan ya envió su decisión (con fecha del 5 de febrero de 2026)".into(),
        "a más tardar el 4 de agosto de 2026".into(),
        "1-888-466-2219".into(),
        "1-888-804-3536".into(),
        "Lista de verificación de José A Núñez".into(),
        "Página 1 de 2".into(),
        "(continuación)".into(),
    ] {
        assert!(
            text.contains(&needle),
            "Spanish checklist lacks {needle:?}: {text}"
        );
    }
    for english in [
        "Before you send",
        "Check before you send",
        "Free help",
        "You can apply",
        "Page 1",
        "continued",
    ] {
        assert!(
            !text.contains(english),
            "English {english:?} in the Spanish checklist"
        );
    }
    let title = run("pdfinfo", &[checklist_path.to_str().unwrap()]);
    assert!(
        title.contains("Antes de enviar: lista de verificación de José A Núñez"),
        "{title}"
    );

    // What goes to DMHC stays in English.
    let packet_text = squash(&run("pdftotext", &[packet_path.to_str().unwrap(), "-"]));
    assert!(
        packet_text.contains("IMR APPLICATION/COMPLAINT FORM")
            || packet_text.contains("IMR Application/Complaint Form")
    );
    assert!(packet_text.contains("Patient information"), "{packet_text}");
    for spanish in ["Antes de enviar", "Información del paciente", "Revise"] {
        assert!(
            !packet_text.contains(spanish),
            "Spanish {spanish:?} in the packet"
        );
    }
}

#[test]
fn typed_signature_is_printed_on_its_line() {
    let (_dir, path, summary) = example_signed(|o| {
        o.signatures
            .typed
            .insert("application.applicant".into(), "/s/ José A. Núñez".into());
    });
    let page = squash(&text_of_page(&path, summary.application_signature_pages[0]));
    assert!(page.contains("/s/ José A. Núñez"), "{page}");
    assert!(page.contains("03/01/2026"), "{page}");
}

#[test]
fn drawn_signature_is_drawn_on_its_line() {
    // A zig-zag across the box.
    let stroke: Vec<(f32, f32)> = (0..=20)
        .map(|i| (i as f32 / 20.0, if i % 2 == 0 { 0.2 } else { 0.8 }))
        .collect();
    let (_dir, path, summary) = example_signed(|o| {
        o.signatures
            .drawn
            .insert("application.applicant".into(), vec![stroke]);
    });
    let blank = example(Mode::Fax);
    let page = summary.application_signature_pages[0];
    let (w, h, signed) = render(&path, page, 36);
    let (_, _, unsigned) = render(&blank.pdf, page, 36);
    let darker = |px: &[u8]| mean(px, w, 0, 0, w, h);
    assert!(
        darker(&signed) + 0.3 < darker(&unsigned),
        "no drawing on the signature page: {} vs {}",
        darker(&signed),
        darker(&unsigned)
    );
    assert!(squash(&text_of_page(&path, page)).contains("03/01/2026"));
}

/// While the plan's 30 days still run, the checklist says not to send before the first
/// day, and never "at any time".
#[test]
fn checklist_says_not_to_send_before_the_wait_ends() {
    let mut file = example_file();
    file.answers
        .insert("grievance.filed_on".into(), "2026-02-20".into());
    file.answers.insert("grievance.decided".into(), "no".into());
    file.answers.remove("grievance.decision_date");
    for mode in [Mode::Mail, Mode::Fax] {
        let b = build(&file, &example_dir(), mode);
        let text = checklist_text(&b);
        // Filed February 20: the plan's 30 days end March 22; apply from March 23.
        assert!(
            text.contains("Do not send it before March 23, 2026"),
            "{text}"
        );
        assert!(!text.contains("at any time"), "{text}");
    }
    let mail = checklist_text(&example(Mode::Mail));
    assert!(!mail.contains("Do not send it before"), "{mail}");
    assert!(mail.contains("at any time"), "{mail}");
}

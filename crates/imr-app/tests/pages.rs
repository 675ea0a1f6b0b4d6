//! A document's pages, driven as the window drives them: each page as it will be sent,
//! left out, put back, moved, turned, split into a new document, a crooked photo's
//! suggested corners confirmed, parts blacked out; what is sent follows; the edits
//! survive a restart, are sealed in a protected case and travel with the clinic
//! handoff; a blurry or dark photo is warned about.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use imr_app::packet::Signing;
use imr_app::{App, DocumentKind};
use imr_fixtures::photos::{letter_page, phone_photo, photo_as_jpeg, place, PhotoSpec, Table};
use imr_packet::Mode;

mod common;
use common::{app_at_ten, case_dir, contains, example_case, files_under};

const PASS: &str = "purple otter sings at noon";

/// A crooked phone photo of the synthetic letter on a dark table, as a JPEG file in
/// `dir`, with its sheet's true corners as fractions of the photo.
fn crooked_photo(dir: &Path, name: &str, blur: f32) -> (PathBuf, [[f64; 2]; 4]) {
    let page = letter_page(850);
    let (w, h) = (1200, 1600);
    let corners = place(
        w,
        h,
        page.width(),
        page.height(),
        0.75,
        6.0,
        0.12,
        (0.0, 0.0),
    );
    let mut spec = PhotoSpec::new(w, h, Table::DarkWood, corners);
    spec.blur = blur;
    let path = dir.join(name);
    std::fs::write(&path, photo_as_jpeg(&phone_photo(&page, &spec))).unwrap();
    let truth = corners.map(|(x, y)| [f64::from(x) / f64::from(w), f64::from(y) / f64::from(h)]);
    (path, truth)
}

/// A three-page letter PDF in `dir` ("Letter page N of 3" on each page).
fn three_pages(dir: &Path) -> PathBuf {
    let path = dir.join("letter.pdf");
    std::fs::write(
        &path,
        imr_fixtures::letter_pdf(&["A letter of three pages."], 3),
    )
    .unwrap();
    path
}

fn add(app: &App, id: &str, path: &Path) -> usize {
    app.add_document(id, path, DocumentKind::DenialLetter, "", None)
        .unwrap()
        .index
}

/// The text of the packet made for case `id`, page by page.
fn packet_pages(app: &App, id: &str, dir: &Path) -> Vec<String> {
    let out = dir.join("packet.pdf");
    app.create_packet(id, Mode::Mail, &Signing::Wet, &out, &mut |_| {})
        .unwrap();
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&text.stdout)
        .split('\u{c}')
        .map(str::to_string)
        .collect()
}

#[test]
fn page_tools_change_what_is_sent_and_survive_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (app, clock) = app_at_ten(data.path());
    let id = example_case(&app, &clock);
    let letter = add(&app, &id, &three_pages(files.path()));
    let (photo_path, truth) = crooked_photo(files.path(), "photo.jpg", 0.0);
    let photo = add(&app, &id, &photo_path);

    // The photo is opened in the crop tool right after adding, with the sheet's corners
    // suggested close to where they are.
    let docs = app.documents(&id).unwrap();
    assert_eq!(docs[photo].crop_first, Some(1));
    assert_eq!(docs[letter].crop_first, None, "a text PDF is not a photo");
    let editor = app.page_editor(&id, photo, 1).unwrap();
    assert!(editor.photo && !editor.cropped);
    assert!(editor.status.contains("We think"), "{}", editor.status);
    for (found, true_corner) in editor.corners.iter().zip(truth.iter()) {
        let off = (found[0] - true_corner[0])
            .abs()
            .max((found[1] - true_corner[1]).abs());
        assert!(off < 0.01, "{:?} against {:?}", editor.corners, truth);
    }
    assert!(editor.image.starts_with("data:image/jpeg;base64,"));
    app.crop_page(&id, photo, 1, Some(editor.corners)).unwrap();
    assert_eq!(app.documents(&id).unwrap()[photo].crop_first, None);

    // The letter: page 2 left out, page 3 moved first, page 1 turned, a box on page 3.
    let pages = app.document_pages(&id, letter).unwrap();
    assert_eq!(pages.pages.len(), 3);
    assert!(pages.pages.iter().all(|p| p.thumbnail.is_some()));
    assert!(!pages.pages[0].can_move_up && pages.pages[0].can_move_down);
    app.remove_page(&id, letter, 2).unwrap();
    app.move_page(&id, letter, 2, 1).unwrap();
    app.turn_page(&id, letter, 2, true).unwrap();
    app.redact_page(
        &id,
        letter,
        1,
        vec![[[0.1, 0.1], [0.5, 0.1], [0.5, 0.15], [0.1, 0.15]]],
    )
    .unwrap();
    let pages = app.document_pages(&id, letter).unwrap();
    let shown: Vec<(usize, &str)> = pages
        .pages
        .iter()
        .map(|p| (p.page, p.label.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            (3, "Page 1 of 2 (page 3 of the file)"),
            (1, "Page 2 of 2 (page 1 of the file)")
        ]
    );
    assert_eq!(pages.removed.len(), 1);
    assert_eq!(pages.removed[0].page, 2);
    assert!(pages.pages[1].changes.iter().any(|c| c.contains("Turned")));
    assert!(pages.pages[0]
        .changes
        .iter()
        .any(|c| c.contains("blacked out")));
    assert!(!pages.pages[1].can_move_down);
    // The only page cannot be left out: the document is removed instead.
    let (app2, _) = app_at_ten(data.path());
    assert_eq!(app2.documents(&id).unwrap()[letter].pages, 2);

    // After a restart, the same.
    drop(app);
    let (app, _) = app_at_ten(data.path());
    let again = app.document_pages(&id, letter).unwrap();
    assert_eq!(
        again.pages.iter().map(|p| p.page).collect::<Vec<_>>(),
        [3, 1]
    );
    assert!(app.page_editor(&id, photo, 1).unwrap().cropped);

    // The packet holds the letter's pages 3 and 1, in that order, not page 2.
    let text = packet_pages(&app, &id, files.path());
    let letter_pages: Vec<usize> = text
        .iter()
        .enumerate()
        .filter(|(_, t)| t.contains("EXHIBIT") || t.contains("Exhibit A"))
        .map(|(i, _)| i)
        .collect();
    assert!(!text.iter().any(|t| t.contains("Letter page 2 of 3")));
    // Page 3 was blacked out in part: a picture now, its words not text.
    assert!(!text.iter().any(|t| t.contains("Letter page 3 of 3")));
    assert!(text.iter().any(|t| t.contains("Letter page 1 of 3")));
    assert!(!letter_pages.is_empty());

    // Put back, and the whole photo used again.
    app.restore_page(&id, letter, 2).unwrap();
    app.crop_page(&id, photo, 1, None).unwrap();
    assert_eq!(
        app.document_pages(&id, letter)
            .unwrap()
            .pages
            .iter()
            .map(|p| p.page)
            .collect::<Vec<_>>(),
        [3, 1, 2],
        "put back after the page before it in the file"
    );
    assert!(!app.page_editor(&id, photo, 1).unwrap().cropped);
}

#[test]
fn the_last_page_stays_and_bad_corners_are_refused() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (app, clock) = app_at_ten(data.path());
    let id = example_case(&app, &clock);
    let (photo_path, _) = crooked_photo(files.path(), "photo.jpg", 0.0);
    let photo = add(&app, &id, &photo_path);
    let e = app.remove_page(&id, photo, 1).unwrap_err();
    assert!(e.message.contains("only page"), "{}", e.message);
    let crossed = [[0.1, 0.1], [0.9, 0.9], [0.9, 0.1], [0.1, 0.9]];
    let e = app.crop_page(&id, photo, 1, Some(crossed)).unwrap_err();
    assert!(e.message.contains("shape of a sheet"), "{}", e.message);
    assert!(app.turn_page(&id, photo, 2, true).is_err(), "no page 2");
}

#[test]
fn a_split_document_is_two_documents_with_their_own_copies() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (app, clock) = app_at_ten(data.path());
    let id = example_case(&app, &clock);
    let letter = add(&app, &id, &three_pages(files.path()));
    let new = app.split_document(&id, letter, 2).unwrap();
    let docs = app.documents(&id).unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!((docs[letter].pages, docs[new].pages), (1, 2));
    assert!(docs[new].title.ends_with("(part 2)"), "{}", docs[new].title);
    assert_eq!(common::document_files(data.path(), &id).len(), 2);
    // Removing the first leaves the second whole.
    app.remove_document(&id, letter).unwrap();
    let docs = app.documents(&id).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].pages, 2);
    assert!(docs[0].problem.is_none());
    let text = packet_pages(&app, &id, files.path()).join("\n");
    assert!(text.contains("Letter page 2 of 3") && text.contains("Letter page 3 of 3"));
    assert!(!text.contains("Letter page 1 of 3"));
}

#[test]
fn a_blurry_photo_is_warned_about_and_a_sharp_one_is_not() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (app, clock) = app_at_ten(data.path());
    let id = example_case(&app, &clock);
    let (sharp, _) = crooked_photo(files.path(), "sharp.jpg", 0.0);
    let (blurry, _) = crooked_photo(files.path(), "blurry.jpg", 5.0);
    let sharp = add(&app, &id, &sharp);
    let blurry = add(&app, &id, &blurry);
    let docs = app.documents(&id).unwrap();
    assert!(
        docs[sharp].warnings.is_empty(),
        "{:?}",
        docs[sharp].warnings
    );
    let warning = docs[blurry]
        .warnings
        .first()
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(
        warning.contains("looks blurry") && warning.contains("Take it again"),
        "{warning}"
    );
    // In Spanish too.
    app.set_language(imr_app::Lang::Es).unwrap();
    let docs = app.documents(&id).unwrap();
    let aviso = serde_json::to_string(&docs[blurry].warnings).unwrap();
    assert!(aviso.contains("borrosa"), "{aviso}");
}

#[test]
fn a_protected_case_keeps_its_page_edits_sealed_and_the_handoff_carries_them() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (app, _) = app_at_ten(data.path());
    let id = app.create_protected_case(PASS, PASS).unwrap().id;
    common::save_answers(&app, &id, "problem-type", &common::example().answers);
    let letter = add(&app, &id, &three_pages(files.path()));
    let (photo_path, _) = crooked_photo(files.path(), "photo.jpg", 0.0);
    let photo = add(&app, &id, &photo_path);
    let corners = app.page_editor(&id, photo, 1).unwrap().corners;
    app.crop_page(&id, photo, 1, Some(corners)).unwrap();
    app.remove_page(&id, letter, 2).unwrap();
    // Page thumbnails drawn (and kept) too.
    app.document_pages(&id, letter).unwrap();
    // Nothing readable on disk: no page edit, no note, no picture.
    for file in files_under(&case_dir(data.path(), &id)) {
        let bytes = std::fs::read(&file).unwrap();
        for plain in [
            &b"\"crop\""[..],
            b"\"page\"",
            b"suggestion",
            b"\x89PNG",
            b"\xFF\xD8\xFF",
            b"%PDF",
        ] {
            assert!(
                !contains(&bytes, plain),
                "{} holds {:?}",
                file.display(),
                String::from_utf8_lossy(plain)
            );
        }
    }
    // After a restart, locked; unlocked, the edits are there.
    drop(app);
    let (app, _) = app_at_ten(data.path());
    app.unlock_case(&id, PASS).unwrap();
    assert!(app.page_editor(&id, photo, 1).unwrap().cropped);
    assert_eq!(app.document_pages(&id, letter).unwrap().pages.len(), 2);

    // Handed over to another computer: the same edits.
    let export = files.path().join("case.imrcase");
    app.export_case(&id, "a handoff passphrase", "a handoff passphrase", &export)
        .unwrap();
    let other = tempfile::tempdir().unwrap();
    let (there, _) = app_at_ten(other.path());
    let imported = there
        .import_case(
            &export,
            "a handoff passphrase",
            Some(("a local passphrase", "a local passphrase")),
        )
        .unwrap();
    there.unlock_case(&imported, "a local passphrase").unwrap();
    let pages = there.document_pages(&imported, letter).unwrap();
    assert_eq!(
        pages.pages.iter().map(|p| p.page).collect::<Vec<_>>(),
        [1, 3]
    );
    assert!(there.page_editor(&imported, photo, 1).unwrap().cropped);
    assert_eq!(there.documents(&imported).unwrap()[photo].crop_first, None);
}

#[test]
fn photos_just_added_are_checked_one_after_another_and_a_text_pdf_is_not() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (app, clock) = app_at_ten(data.path());
    let id = example_case(&app, &clock);
    let letter = add(&app, &id, &three_pages(files.path()));
    // A text PDF alone: nothing to check, the focus on its card.
    let check = app.photo_check(&id, &[letter]).unwrap();
    assert!(check.editor.is_none() && check.progress.is_none() && check.later.is_none());
    assert_eq!(check.focus, Some(letter));

    // Two photos added at once, after another letter: the first photo, 1 of 2.
    let other = add(&app, &id, &three_pages(files.path()));
    let (first, truth) = crooked_photo(files.path(), "first.jpg", 0.0);
    let (second, _) = crooked_photo(files.path(), "second.jpg", 0.0);
    let (first, second) = (add(&app, &id, &first), add(&app, &id, &second));
    let added = [other, first, second];
    let check = app.photo_check(&id, &added).unwrap();
    let editor = check.editor.unwrap();
    assert_eq!((editor.index, editor.position), (first, 1));
    assert!(editor.photo && !editor.cropped);
    assert_eq!(check.progress.as_deref(), Some("Photo 1 of 2"));
    assert_eq!(check.later.as_deref(), Some("Check the rest later"));
    assert_eq!(check.focus, Some(second));
    // Its suggested corners, one moved a little, are used: then the second, 2 of 2.
    let mut chosen = editor.corners;
    chosen[2][0] = (chosen[2][0] + 0.02).min(1.0);
    for (c, t) in editor.corners.iter().zip(truth) {
        assert!(
            (c[0] - t[0]).abs() < 0.01 && (c[1] - t[1]).abs() < 0.01,
            "{c:?} {t:?}"
        );
    }
    app.crop_page(&id, first, 1, Some(chosen)).unwrap();
    let check = app.photo_check(&id, &added).unwrap();
    let editor = check.editor.unwrap();
    assert_eq!((editor.index, editor.position), (second, 1));
    assert_eq!(check.progress.as_deref(), Some("Photo 2 of 2"));
    assert_eq!(check.later.as_deref(), Some("Check this photo later"));
    // In Spanish too.
    app.set_language(imr_app::Lang::Es).unwrap();
    let check = app.photo_check(&id, &added).unwrap();
    assert_eq!(check.progress.as_deref(), Some("Foto 2 de 2"));
    assert_eq!(check.later.as_deref(), Some("Revisar esta foto más tarde"));
    app.set_language(imr_app::Lang::En).unwrap();
    // The whole photo chosen for the second: nothing left to check, nothing cut.
    app.crop_page(&id, second, 1, None).unwrap();
    let check = app.photo_check(&id, &added).unwrap();
    assert!(check.editor.is_none() && check.progress.is_none());
    assert_eq!(check.focus, Some(second));
    let saved = app.page_editor(&id, first, 1).unwrap();
    assert!(saved.cropped);
    assert_eq!(saved.corners, chosen);
    assert!(!app.page_editor(&id, second, 1).unwrap().cropped);
    // Neither card offers the check any more: both photos were checked.
    let docs = app.documents(&id).unwrap();
    assert_eq!(
        (docs[first].crop_first, docs[second].crop_first),
        (None, None)
    );

    // One more photo, left for later: it stays whole, and its card still offers it,
    // also after a restart.
    let (third, _) = crooked_photo(files.path(), "third.jpg", 0.0);
    let third = add(&app, &id, &third);
    let check = app.photo_check(&id, &[third]).unwrap();
    assert_eq!(check.progress.as_deref(), Some("Photo 1 of 1"));
    drop(app);
    let (app, _) = app_at_ten(data.path());
    let docs = app.documents(&id).unwrap();
    assert_eq!(docs[third].crop_first, Some(1));
    assert!(!app.page_editor(&id, third, 1).unwrap().cropped);
    assert!(app.photo_check(&id, &[third]).unwrap().editor.is_some());
    // A document no longer there is passed over.
    assert!(app.photo_check(&id, &[99]).unwrap().editor.is_none());
}

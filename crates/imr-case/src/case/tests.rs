#![allow(clippy::unwrap_used)]

use super::*;

fn err(text: &str) -> CaseFileError {
    CaseFile::from_json(text).unwrap_err()
}

#[test]
fn from_json_reads_minimal_case() {
    let file =
        CaseFile::from_json(r#"{"schema_version": 1, "answers": {"patient.first_name": "Ana"}}"#)
            .unwrap();
    // Read and upgraded to the current format.
    assert_eq!(file.schema_version, SCHEMA_VERSION);
    assert_eq!(file.answers["patient.first_name"], "Ana");
    assert!(file.documents.is_empty());
}

#[test]
fn from_json_reports_line_and_column() {
    let error = err("{\n  \"schema_version\": 1,\n  \"answers\": {,}\n}");
    let CaseFileError::NotJson { line, column, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!((*line, *column), (3, 15));
    assert!(error.to_string().contains("line 3, column 15"), "{error}");
}

#[test]
fn from_json_checks_newer_schema_before_unknown_keys() {
    let error = err(r#"{"schema_version": 5, "answers": {}, "appointments": []}"#);
    assert_eq!(error, CaseFileError::NewerSchema { found: 5 });
    assert_eq!(
        error.to_string(),
        "This case was saved by a newer version of the app (schema 5); this version reads \
         schema 4. Update the app to open it."
    );
}

#[test]
fn from_json_requires_schema_version() {
    assert_eq!(
        err(r#"{"answers": {}}"#),
        CaseFileError::MissingSchemaVersion
    );
    assert_eq!(
        err(r#"{"schema_version": null, "answers": {}}"#),
        CaseFileError::MissingSchemaVersion
    );
    assert_eq!(
        err(r#"{"schema_version": 0, "answers": {}}"#),
        CaseFileError::InvalidSchemaVersion {
            found: "0".to_owned()
        }
    );
    assert_eq!(
        err(r#"{"schema_version": "1", "answers": {}}"#),
        CaseFileError::InvalidSchemaVersion {
            found: "\"1\"".to_owned()
        }
    );
    assert_eq!(
        err(r#"{"schema_version": -2, "answers": {}}"#),
        CaseFileError::InvalidSchemaVersion {
            found: "-2".to_owned()
        }
    );
}

#[test]
fn from_json_rejects_unknown_top_level_key() {
    let error = err(r#"{"schema_version": 1, "answer": {}}"#);
    assert_eq!(
        error,
        CaseFileError::UnknownKey {
            key: "answer".to_owned()
        }
    );
    assert!(error
        .to_string()
        .contains("schema_version, answers and documents"));
}

#[test]
fn from_json_rejects_bad_shapes() {
    assert_eq!(err("[1, 2]"), CaseFileError::NotAnObject);
    assert_eq!(
        err(r#"{"schema_version": 1}"#),
        CaseFileError::MissingAnswers
    );
    assert_eq!(
        err(r#"{"schema_version": 1, "answers": []}"#),
        CaseFileError::AnswersNotObject
    );
    assert_eq!(
        err(r#"{"schema_version": 1, "answers": {"patient.zip": 95814}}"#),
        CaseFileError::AnswerNotText {
            key: "patient.zip".to_owned()
        }
    );
    assert_eq!(
        err(r#"{"schema_version": 1, "answers": {}, "documents": {}}"#),
        CaseFileError::DocumentsNotList
    );
}

#[test]
fn from_json_lists_allowed_document_kinds() {
    let error = err(r#"{"schema_version": 1, "answers": {}, "documents": [
            {"path": "a.pdf", "kind": "other", "title": "A"},
            {"path": "b.pdf", "kind": "letter", "title": "B"}]}"#);
    assert_eq!(
        error.to_string(),
        "Document 2 has the kind \"letter\", which this app does not know. Use one of: \
         denial_letter, grievance_decision, doctor_letter, urgency_statement, \
         experimental_certification, medical_records, assistant_form, other."
    );
}

#[test]
fn from_json_rejects_impossible_document_date() {
    let error = err(r#"{"schema_version": 1, "answers": {}, "documents": [
            {"path": "a.pdf", "kind": "denial_letter", "title": "A", "date": "2026-02-31"}]}"#);
    assert_eq!(
        error,
        CaseFileError::BadDocumentDate {
            number: 1,
            found: "\"2026-02-31\"".to_owned()
        }
    );
}

#[test]
fn from_json_rejects_bad_document_entries() {
    let error = err(r#"{"schema_version": 1, "answers": {}, "documents": [
            {"path": "a.pdf", "kind": "other", "title": "A", "page_count": 3}]}"#);
    assert_eq!(
        error,
        CaseFileError::UnknownDocumentKey {
            number: 1,
            key: "page_count".to_owned()
        }
    );
    let error = err(r#"{"schema_version": 1, "answers": {}, "documents": [
            {"path": "a.pdf", "kind": "other"}]}"#);
    let CaseFileError::BadDocumentEntry { number: 1, detail } = &error else {
        panic!("{error:?}");
    };
    assert!(detail.contains("title"), "{detail}");
}

#[test]
fn to_json_pretty_round_trips() {
    let mut file = CaseFile::new();
    file.answers
        .insert("patient.last_name".to_owned(), "Núñez".to_owned());
    file.documents.push(DocumentEntry {
        path: "letters/denial.pdf".to_owned(),
        kind: DocumentKind::DenialLetter,
        title: "Denial letter".to_owned(),
        date: NaiveDate::from_ymd_opt(2026, 1, 20),
        original_name: Some("Denial letter (scan 2).pdf".to_owned()),
        pages: None,
    });
    file.documents.push(DocumentEntry {
        path: "scan.jpg".to_owned(),
        kind: DocumentKind::Other,
        title: "Scan".to_owned(),
        date: None,
        original_name: None,
        pages: None,
    });
    let text = file.to_json_pretty();
    assert!(text.ends_with("}\n"));
    assert!(text.contains("\"kind\": \"denial_letter\""));
    assert!(text.contains("\"date\": \"2026-01-20\""));
    assert_eq!(text.matches("\"date\"").count(), 1);
    assert_eq!(CaseFile::from_json(&text).unwrap(), file);
}

#[test]
fn a_document_keeps_its_page_edits() {
    let text = r#"{"schema_version": 4, "answers": {}, "documents": [
        {"path": "documents/001.jpg", "kind": "denial_letter", "title": "Letter",
         "pages": [
            {"page": 2, "turn": 90},
            {"page": 1, "crop": [[0.1, 0.05], [0.9, 0.08], [0.92, 0.95], [0.08, 0.93]],
             "redact": [[[0.2, 0.3], [0.6, 0.3], [0.6, 0.35], [0.2, 0.35]]]}
         ]}]}"#;
    let file = CaseFile::from_json(text).unwrap();
    let pages = file.documents[0].pages.clone().unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!((pages[0].page, pages[0].turn), (2, 90));
    assert_eq!(pages[1].crop.unwrap()[2], [0.92, 0.95]);
    assert_eq!(pages[1].redact.len(), 1);
    // Written back the same, and read back equal.
    let again = CaseFile::from_json(&file.to_json_pretty()).unwrap();
    assert_eq!(again, file);
    // No pages: every page of the file, as it is.
    let plain = &CaseFile::from_json(
        r#"{"schema_version": 3, "answers": {}, "documents": [
        {"path": "a.pdf", "kind": "other", "title": "A"}]}"#,
    )
    .unwrap()
    .documents[0];
    assert_eq!(plain.pages, None);
    assert_eq!(
        plain
            .page_edits(3)
            .iter()
            .map(|p| p.page)
            .collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert!(!file.to_json_pretty().contains("\"turn\": 0"));
}

#[test]
fn bad_page_edits_say_which_document_and_page() {
    let error = err(r#"{"schema_version": 4, "answers": {}, "documents": [
        {"path": "a.pdf", "kind": "other", "title": "A"},
        {"path": "b.jpg", "kind": "other", "title": "B", "pages": [{"page": 1}, {"page": 2, "turn": 45}]}]}"#);
    let CaseFileError::BadPages {
        number: 2,
        page: 2,
        detail,
    } = &error
    else {
        panic!("{error:?}");
    };
    assert!(detail.contains("45"), "{detail}");
    assert!(error.to_string().contains("page entry 2"), "{error}");
    let error = err(r#"{"schema_version": 4, "answers": {}, "documents": [
        {"path": "a.pdf", "kind": "other", "title": "A", "pages": []}]}"#);
    assert!(
        matches!(
            error,
            CaseFileError::BadPages {
                number: 1,
                page: 0,
                ..
            }
        ),
        "{error:?}"
    );
}

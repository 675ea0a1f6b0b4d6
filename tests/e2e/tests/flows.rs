//! The wizard as a person uses it, in the real window: from the start page to a saved
//! packet, the result pages, validation, reopening, and a refused file. Every screen
//! passed is kept as a screenshot in `screenshots/<test>/`.

#![allow(clippy::unwrap_used)]

mod support;

use std::path::PathBuf;

use support::{field, pdftotext, radio, Session};

/// Screenshots the current screen, presses Continue, and waits for `next` (a selector
/// on the next screen) to appear.
async fn next(s: &mut Session, shot: &str, next: &str) {
    s.screenshot(shot).await;
    s.click("#continue").await;
    s.wait_for(next).await;
}

fn example(name: &str) -> PathBuf {
    support::workspace().join("examples/nunez").join(name)
}

/// The eligibility questions for a medical-necessity denial, ending on the result page.
async fn eligibility(
    s: &mut Session,
    regulator: &str,
    filed: (&str, &str, &str),
    decision: (&str, &str, &str),
) {
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    s.choose(&radio("problem.type", "medical_necessity")).await;
    next(s, "problem-type", &radio("applicant.role", "patient")).await;
    s.choose(&radio("applicant.role", "patient")).await;
    next(s, "who", &radio("problem.plan_action", "denied")).await;
    s.choose(&radio("problem.plan_action", "denied")).await;
    next(
        s,
        "plan-action",
        &format!("{}-day", field("problem.denial_date")),
    )
    .await;
    s.fill_date("problem.denial_date", "20", "1", "2026").await;
    next(s, "denial-date", &radio("plan.regulator", regulator)).await;
    s.choose(&radio("plan.regulator", regulator)).await;
    next(s, "regulator", &radio("plan.medi_cal_managed_care", "no")).await;
    s.choose(&radio("plan.medi_cal_managed_care", "no")).await;
    next(s, "medi-cal", &radio("plan.has_medicare", "no")).await;
    s.choose(&radio("plan.has_medicare", "no")).await;
    next(s, "medicare", &radio("grievance.filed", "yes")).await;
    s.choose(&radio("grievance.filed", "yes")).await;
    next(
        s,
        "grievance-filed",
        &format!("{}-day", field("grievance.filed_on")),
    )
    .await;
    s.fill_date("grievance.filed_on", filed.0, filed.1, filed.2)
        .await;
    next(s, "grievance-filed-on", &radio("grievance.decided", "yes")).await;
    s.choose(&radio("grievance.decided", "yes")).await;
    next(
        s,
        "grievance-decided",
        &format!("{}-day", field("grievance.decision_date")),
    )
    .await;
    let (d, m, y) = decision;
    s.fill_date("grievance.decision_date", d, m, y).await;
    next(s, "grievance-decision", &radio("urgency.urgent", "no")).await;
    s.choose(&radio("urgency.urgent", "no")).await;
    next(s, "urgent", "#dates").await;
}

#[tokio::test]
async fn medical_necessity_case_reaches_a_saved_fax_packet() {
    let mut s = Session::start().await;
    s.screenshot("start").await;
    eligibility(&mut s, "dmhc", ("5", "1", "2026"), ("5", "2", "2026")).await;
    let dates = s.text("#dates").await;
    assert!(
        dates.contains(
            "You can apply now: your plan has sent its decision (dated February 5, 2026)"
        ),
        "{dates}"
    );
    // Filed January 5, decided February 5 (after the plan's 30 days ended on February 4):
    // the 6 months run from the earlier of the two.
    assert!(dates.contains("Apply by August 4, 2026"), "{dates}");
    assert!(!s.exists("#regulator-warning").await);
    next(&mut s, "result", "#task-patient").await;
    assert_eq!(
        s.text("#status-patient").await.to_lowercase(),
        "not started"
    );
    s.screenshot("task-list").await;

    // About the patient.
    s.click("#task-patient").await;
    s.wait_for(&field("patient.first_name")).await;
    s.fill(&field("patient.first_name"), "Rosa").await;
    s.fill(&field("patient.last_name"), "Quintana").await;
    next(
        &mut s,
        "patient-name",
        &format!("{}-day", field("patient.date_of_birth")),
    )
    .await;
    // Dates are entered month first, as Californians write them.
    let order = s
        .js(
            "return [...document.querySelectorAll('.date-input label')].map((l) => l.textContent);",
            vec![],
        )
        .await;
    assert_eq!(
        order,
        serde_json::json!(["Month", "Day", "Year"]),
        "{order}"
    );
    s.fill_date("patient.date_of_birth", "14", "7", "1961")
        .await;
    s.choose(&radio("patient.gender", "female")).await;
    next(&mut s, "patient-details", &field("patient.street")).await;
    s.fill(&field("patient.street"), "12 Synthetic Street")
        .await;
    s.fill(&field("patient.city"), "Fresno").await;
    s.fill(&field("patient.state"), "CA").await;
    s.fill(&field("patient.zip"), "93701").await;
    next(&mut s, "patient-address", &field("contact.phone")).await;
    s.fill(&field("contact.phone"), "559-555-0142").await;
    next(&mut s, "contact", &field("language.primary")).await;
    s.fill(&field("language.primary"), "Spanish").await;
    s.choose(&radio("language.correspond_in_language", "yes"))
        .await;
    next(&mut s, "language", "#task-plan").await;
    assert_eq!(s.text("#status-patient").await.to_lowercase(), "completed");

    // Health plan: the questions answered at the start are shown with Change, not
    // asked again.
    s.click("#task-plan").await;
    s.wait_for("#answered-before").await;
    let told = s.text("#answered-before").await;
    assert!(
        told.contains("Who oversees the health plan?")
            && told.contains("The Department of Managed Health Care (DMHC)")
            && told.contains("Is it a Medi-Cal health plan?"),
        "{told}"
    );
    assert!(!s.exists(&radio("plan.regulator", "dmhc")).await);
    next(&mut s, "plan-answered-before", &field("plan.name")).await;
    s.fill(&field("plan.name"), "Golden Valley Health Plan")
        .await;
    s.fill(&field("plan.member_id"), "XJ4-2291-07").await;
    next(&mut s, "plan-details", "#task-problem").await;

    // The problem.
    s.click("#task-problem").await;
    s.wait_for("#answered-before").await;
    for field_id in [
        "problem.type",
        "problem.plan_action",
        "problem.denial_date",
        "urgency.urgent",
    ] {
        assert!(
            s.exists(&format!("#answered-before [data-field='{field_id}']"))
                .await,
            "{field_id} is not listed"
        );
    }
    next(
        &mut s,
        "problem-answered-before",
        &field("problem.condition"),
    )
    .await;
    s.fill(&field("problem.condition"), "Lumbar radiculopathy")
        .await;
    s.fill(&field("problem.treatment"), "MRI of the lumbar spine")
        .await;
    next(&mut s, "treatment", &field("problem.description")).await;
    s.fill(
        &field("problem.description"),
        "Physical therapy did not help. My doctor asked for an MRI and the plan said no.",
    )
    .await;
    next(&mut s, "description", &field("problem.desired_outcome")).await;
    s.fill(&field("problem.desired_outcome"), "Approve the MRI.")
        .await;
    next(&mut s, "outcome", &field("provider.doctor_name")).await;
    s.fill(&field("provider.doctor_name"), "Dr. Ana Torres")
        .await;
    s.fill(&field("provider.doctor_phone"), "559-555-0190")
        .await;
    next(&mut s, "providers", "#task-helper").await;

    // Nobody helping.
    s.click("#task-helper").await;
    s.wait_for(&radio("helper.has_helper", "no")).await;
    s.choose(&radio("helper.has_helper", "no")).await;
    next(&mut s, "helper", "#task-documents").await;

    // Two documents, added the way the file dialog and a drop add them.
    s.click("#task-documents").await;
    s.wait_for("#dropzone").await;
    s.screenshot("documents-empty").await;
    // The documents the track expects are shown as expected, not yet added; adding them
    // marks them added. Nothing here blocks the way on.
    let denial = "#expected li[data-kind=denial_letter]";
    let before = s.text(denial).await;
    assert!(
        before.contains("Denial letter") && before.contains("Not added yet"),
        "{before}"
    );
    // The kind chosen for the next file stays chosen after files are added.
    s.js(
        "const k = document.getElementById('new-kind'); k.value = 'medical_records'; \
         k.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![],
    )
    .await;
    s.add_example_letters().await;
    let listed = s.text("#document-0").await;
    assert!(listed.contains("2 pages"), "{listed}");
    let kind = s
        .js("return document.getElementById('new-kind').value;", vec![])
        .await;
    assert_eq!(kind, "medical_records", "the chosen kind was reset");
    let after = s.text(denial).await;
    assert!(
        after.contains("Added") && !after.contains("Not added"),
        "{after}"
    );
    next(&mut s, "documents", "#task-check").await;

    // Check your answers: signing first, then the summary.
    s.click("#task-check").await;
    s.wait_for(&field("signature.name")).await;
    s.fill(&field("signature.name"), "Rosa Quintana").await;
    s.choose(&radio("signature.relationship", "self")).await;
    next(&mut s, "signature", ".summary").await;
    let summary = s.text("main").await;
    assert!(summary.contains("Quintana") && summary.contains("MRI of the lumbar spine"));
    next(&mut s, "check-answers", "#sign-wet").await;
    // Before choosing how to sign: what the signer affirms, as the packet prints it.
    let statements = s.text("#sign-statements").await;
    assert!(
        statements.contains("By signing, I ask the Department of Managed Health Care to review"),
        "{statements}"
    );
    s.choose("#sign-wet").await;
    next(&mut s, "signing", "#mode-fax").await;
    s.choose("#mode-fax").await;
    s.wait_for_h1("Create your application packet").await;
    // The page count is shown before saving (the whole packet is built to count it,
    // which takes a few seconds in a debug build on a busy machine).
    let mut info = String::new();
    for _ in 0..600 {
        info = s.text("#packet-info").await;
        if info.contains("Your packet will have") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(info.contains("Your packet will have"), "{info}");
    // Fax is chosen: each document's first page is shown as the fax will print it.
    s.wait_for("#fax-preview-1 img.fax-page").await;
    let mut widths: Vec<u64> = Vec::new();
    for _ in 0..50 {
        let shown = s
            .js(
                "return [...document.querySelectorAll('#fax-preview img.fax-page')]\
                 .map((i) => i.complete ? i.naturalWidth : 0);",
                vec![],
            )
            .await;
        widths = shown
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        if widths.len() == 2 && widths.iter().all(|&w| w > 0) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    // Both pages, at fax resolution (over 1000 dots across).
    assert_eq!(widths.len(), 2, "{widths:?}");
    assert!(widths.iter().all(|&w| w > 1000), "{widths:?}");
    s.screenshot("create-packet").await;

    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("IMR-packet-QUINTANA-2026-03-01.pdf");
    s.save_packet_to(&target).await;
    s.wait_for("#open-packet").await;
    s.screenshot("packet-ready").await;
    let text = pdftotext(&target);
    for typed in [
        "Rosa",
        "Quintana",
        "Golden Valley Health Plan",
        "XJ4-2291-07",
        "Lumbar radiculopathy",
        "MRI of the lumbar spine",
        "559-555-0142",
        "Page 1 of",
        "916-255-5241",
        "EXHIBIT A",
        "EXHIBIT B",
    ] {
        assert!(text.contains(typed), "the packet lacks {typed:?}");
    }
    assert!(out
        .path()
        .join("IMR-packet-QUINTANA-2026-03-01-checklist.pdf")
        .is_file());

    // After sending: the date and how, then what to expect and when (today is 1 March).
    s.click("#record-sent").await;
    s.wait_for(&format!("{}-day", field("sent.on"))).await;
    s.fill_date("sent.on", "2", "3", "2026").await;
    s.choose(&radio("sent.method", "fax")).await;
    s.fill(&field("sent.fax_confirmation"), "TX-0042").await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    let problem = s.text(".error-summary").await;
    assert!(
        problem.contains("today (March 1, 2026) or before"),
        "{problem}"
    );
    s.fill_date("sent.on", "1", "3", "2026").await;
    next(&mut s, "sent-date", "#milestones").await;
    let record = s.text("#sent-record").await;
    assert!(
        record.contains("by fax on March 1, 2026") && record.contains("TX-0042"),
        "{record}"
    );
    let letter = s.text("#milestone-letter").await;
    assert!(
        letter.contains("by March 6, 2026, and should come by March 8, 2026"),
        "{letter}"
    );
    let decision = s.text("#milestone-decision").await;
    assert!(
        decision.contains("between March 31, 2026 and April 15, 2026"),
        "{decision}"
    );
    assert!(s
        .text("#milestone-status_from")
        .await
        .contains("April 15, 2026"));
    assert!(s.text("#if-nothing").await.contains("1-888-466-2219"));
    s.screenshot("follow-up").await;
    let ics = out.path().join("IMR-reminders.ics");
    let n = s
        .js(
            "return await window.imrSaveCalendarTo(arguments[0]);",
            vec![serde_json::json!(ics.display().to_string())],
        )
        .await;
    assert_eq!(n, serde_json::json!(3));
    let calendar = std::fs::read_to_string(&ics).unwrap();
    for date in ["DTSTART;VALUE=DATE:20260308", "DTSTART;VALUE=DATE:20260415"] {
        assert!(calendar.contains(date), "{date} in {calendar}");
    }

    // Past outcomes, pre-filled from the case's own words.
    s.click("#open-outcomes").await;
    s.wait_for("#outcomes-summary").await;
    assert_eq!(
        s.value("#outcomes-diagnosis").await,
        "Orthopedic/ Musculoskeletal"
    );
    assert_eq!(
        s.value("#outcomes-treatment").await,
        "Diagnostic Imaging, Screening and Testing"
    );
    let summary = s.text("#outcomes-summary").await;
    assert!(summary.contains("between 2001 and 2016"), "{summary}");
    let counted = s
        .invoke(
            "outcomes_query",
            serde_json::json!({"diagnosis": "Orthopedic/ Musculoskeletal", "treatment": "Diagnostic Imaging, Screening and Testing"}),
        )
        .await;
    let total = counted["total"].as_u64().unwrap();
    assert!(total > 100, "{counted}");
    assert!(
        summary.contains(&format!("{total} similar reviews")),
        "{summary}"
    );
    assert!(s
        .text("#outcomes-table")
        .await
        .contains("Medical necessity"));
    assert!(s
        .text("#outcomes-caution")
        .await
        .contains("Past results do not predict yours"));
    assert!(s.text("#outcomes-source").await.contains("CHHS"));
    s.screenshot("outcomes").await;
}

#[tokio::test]
async fn wrong_regulator_ends_on_a_result_page_that_says_where_to_go() {
    let mut s = Session::start().await;
    eligibility(&mut s, "cdi", ("5", "1", "2026"), ("5", "2", "2026")).await;
    let warning = s.text("#regulator-warning").await;
    assert!(warning.contains("1-800-927-4357"), "{warning}");
    assert!(warning.contains("You can still go on"), "{warning}");
    s.screenshot("wrong-regulator").await;
    // It informs; it never blocks.
    s.click("#continue").await;
    s.wait_for("#task-patient").await;
}

#[tokio::test]
async fn late_case_is_told_and_asked_why() {
    let mut s = Session::start().await;
    // Decided June 1, 2025: the 6 months ended on December 1, 2025.
    eligibility(&mut s, "dmhc", ("2", "5", "2025"), ("1", "6", "2025")).await;
    let late = s.text("#late").await;
    assert!(late.contains("Late: tell us why"), "{late}");
    // The rules' own warning: the deadline, what it was counted from, what to do.
    assert!(
        late.contains(
            "The usual deadline was December 1, 2025 (6 months after the plan's decision)"
        ) && late.contains("Tell us why you could not apply sooner"),
        "{late}"
    );
    let dates = s.text("#dates").await;
    assert!(
        dates.contains("The last day to apply on time was December 1, 2025"),
        "{dates}"
    );
    s.screenshot("late-result").await;
    s.click("#continue").await;
    s.wait_for("#task-grievance").await;
    s.click("#task-grievance").await;
    // The grievance task now asks for the explanation; the grievance questions answered
    // at the start are shown before it, not asked again.
    s.wait_for("#answered-before [data-field='grievance.decision_date']")
        .await;
    s.click("#continue").await;
    s.wait_for(&field("late.explanation")).await;
    s.screenshot("late-why").await;
    // Leaving it empty is caught on the page.
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    assert!(s.title().await.starts_with("Error: "));
}

#[tokio::test]
async fn validation_error_shows_a_summary_that_takes_focus() {
    let mut s = Session::start().await;
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    s.click("#continue").await;
    s.wait_for(".error-summary").await;
    assert!(s.active_element_matches(".error-summary").await);
    assert!(s.title().await.starts_with("Error: "));
    let summary = s.text(".error-summary").await;
    assert!(summary.contains("There is a problem"), "{summary}");
    // The summary links to the question, and the message is repeated beside it.
    let link = s.find(".error-summary a").await;
    let href = link.attr("href").await.unwrap().unwrap_or_default();
    assert!(
        href.ends_with("#f-problem-type-medical_necessity"),
        "{href}"
    );
    assert!(s.exists(".field--error .error-message").await);
    s.screenshot("error-summary").await;
    // An impossible date is caught where it is typed.
    s.choose(&radio("problem.type", "medical_necessity")).await;
    next(&mut s, "problem-type", &radio("applicant.role", "patient")).await;
    s.click("a.back-link").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
}

#[tokio::test]
async fn reopened_case_is_listed_with_its_answers() {
    let mut s = Session::start().await;
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "experimental")).await;
    s.choose(&radio("problem.type", "experimental")).await;
    next(&mut s, "problem-type", &radio("applicant.role", "patient")).await;
    next(
        &mut s,
        "who",
        &format!("{}-day", field("problem.denial_date")),
    )
    .await;
    next(&mut s, "denial-date", &radio("plan.regulator", "dmhc")).await;
    // Name the patient through the task list later; first close the app.
    s.restart().await;
    s.wait_for("ul.cases").await;
    s.screenshot("reopened-list").await;
    let list = s.text("ul.cases").await;
    assert!(list.contains("New application"), "{list}");
    s.click("ul.cases button.link").await;
    s.wait_for("#task-problem").await;
    s.screenshot("reopened-tasks").await;
    s.click("#task-problem").await;
    s.wait_for("#answered-before").await;
    let told = s.text("#answered-before").await;
    assert!(told.contains("experimental or investigational"), "{told}");
    // Change takes the person to the question, with the answer still chosen.
    s.click("#answered-before [data-field='problem.type'] a.change")
        .await;
    s.wait_for(&radio("problem.type", "experimental")).await;
    let chosen = s.find(&radio("problem.type", "experimental")).await;
    assert!(chosen.is_selected().await.unwrap(), "the answer was lost");
}

#[tokio::test]
async fn damaged_pdf_is_refused_and_the_case_is_unchanged() {
    let mut s = Session::start().await;
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    // Straight to the documents page of this new case.
    s.js(
        "const m = await import('./app.js'); await m.go('documents'); return null;",
        vec![],
    )
    .await;
    s.wait_for("#dropzone").await;
    let good = s
        .add_files(&[&example("denial-letter.pdf")], "denial_letter")
        .await;
    assert!(good.is_empty(), "{good:?}");
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("cut-in-half.pdf");
    let mut bytes = std::fs::read(example("denial-letter.pdf")).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&broken, bytes).unwrap();
    let errors = s.add_files(&[&broken], "other").await;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("cut-in-half.pdf: The PDF is damaged"),
        "{errors:?}"
    );
    s.wait_for(".error-summary").await;
    let shown = s.text(".error-summary").await;
    assert!(shown.contains("cut-in-half.pdf"), "{shown}");
    s.screenshot("refused").await;
    assert_eq!(s.find_all("li.document").await.len(), 1);
}

//! The journey never strands: a required question left unanswered is not called
//! "optional" on the task list, and the packet page and "Check your answers" name it,
//! with a link to its question, from which Continue comes back. And the wait is not
//! forgotten: the person's dates stay in view, an early packet asks first, and after
//! saving the page says what to do today and how to find the file.

#![allow(clippy::unwrap_used)]

mod support;

use serde_json::json;
use support::{radio, Session};

/// A new case with the example's answers and a made-up patient's name typed on the
/// patient's page, which is left open; returns the case id.
async fn example_case(s: &mut Session) -> String {
    s.wait_for("#start-new").await;
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    s.fill_example_and_type_name("Synthetic knee condition", "Marisol", "Ashgrove")
        .await
}

async fn go(s: &Session, route: &str) {
    s.js(
        "const m = await import('./app.js'); await m.go(arguments[0]); return null;",
        vec![json!(route)],
    )
    .await;
}

#[tokio::test]
async fn a_missing_answer_is_named_with_a_link_to_its_question() {
    let mut s = Session::start_named("journey-blocking").await;
    let id = example_case(&mut s).await;
    s.continue_until("#task-helper").await;
    // "Someone helping you" left unanswered.
    s.invoke(
        "save_screen",
        json!({"id": id, "screen": "helper", "answers": {"helper.has_helper": ""}, "eligibility": false}),
    )
    .await;
    go(&s, "tasks").await;
    s.wait_for("#status-helper").await;
    assert_eq!(s.text("#status-helper").await.to_lowercase(), "not started");
    s.screenshot("tasks").await;

    // The packet page names it, with a link.
    go(&s, "packet").await;
    s.wait_for("#blocking").await;
    assert!(
        !s.exists("#save-packet").await,
        "a save button with answers missing"
    );
    let list = s.text("#blocking").await;
    assert!(
        list.contains("1 answer") || list.contains("One answer"),
        "{list}"
    );
    let link = ".blocking-link[data-field='helper.has_helper']";
    s.wait_for(link).await;
    s.screenshot("packet-blocked").await;
    s.click(link).await;
    s.wait_for(&radio("helper.has_helper", "no")).await;
    s.choose(&radio("helper.has_helper", "no")).await;
    s.click("#continue").await;
    // Back on the packet page, which can now be made.
    s.wait_for("#save-packet").await;
    assert!(!s.exists("#blocking").await);

    // "Check your answers" lists it too.
    s.invoke(
        "save_screen",
        json!({"id": id, "screen": "helper", "answers": {"helper.has_helper": ""}, "eligibility": false}),
    )
    .await;
    go(&s, "check").await;
    s.wait_for("#blocking").await;
    s.click(link).await;
    s.wait_for(&radio("helper.has_helper", "no")).await;
    s.choose(&radio("helper.has_helper", "no")).await;
    s.click("#continue").await;
    s.wait_for("#continue").await;
    s.wait_for_h1("Check your answers").await;
    assert!(!s.exists("#blocking").await);
    s.close().await;
}

/// A grievance filed 9 days ago: the person's dates stay in view, making the packet
/// before the first day asks first and says why, and the ready page says to wait.
#[tokio::test]
async fn the_wait_is_not_forgotten() {
    // No program to open PDF files: an empty list of places to find one.
    // (GLib's settings schemas are kept: GTK cannot start without them.)
    let no_apps = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/usr/share/glib-2.0", no_apps.path().join("glib-2.0")).unwrap();
    let mut s = Session::start_with_env("journey-wait", &[("XDG_DATA_DIRS", no_apps.path())]).await;
    let id = example_case(&mut s).await;
    s.continue_until("#task-helper").await;
    // Today is March 1, 2026 (the test date): filed February 20, no decision yet.
    s.invoke(
        "save_screen",
        json!({"id": id, "screen": "grievance-filed", "answers": {
            "grievance.filed_on": "2026-02-20", "grievance.decided": "no",
            "grievance.decision_date": ""}, "eligibility": false}),
    )
    .await;
    go(&s, "tasks").await;
    s.wait_for("#your-dates [data-date='apply_from']").await;
    let dates = s.text("#your-dates").await;
    assert!(dates.contains("March 23, 2026"), "{dates}");
    s.screenshot("tasks-dates").await;

    go(&s, "packet").await;
    s.wait_for("#your-dates").await;
    s.wait_for("#save-packet").await;
    s.click("#save-packet").await;
    s.wait_for("#early-confirm").await;
    let ask = s.text("#early-confirm").await;
    assert!(ask.contains("You can send it from March 23, 2026"), "{ask}");
    assert!(ask.contains("turn down"), "{ask}");
    s.screenshot("early-confirm").await;
    s.click("#cancel-early").await;
    s.wait_until_gone("#early-confirm").await;

    let out = tempfile::tempdir().unwrap();
    let made = s.save_packet_to(&out.path().join("packet.pdf")).await;
    assert!(made["pages"].as_u64().unwrap() > 3, "{made}");
    s.wait_for("#ready-wait").await;
    let wait = s.text("#ready-wait").await;
    assert!(
        wait.contains("do not send it yet") && wait.contains("March 23, 2026"),
        "{wait}"
    );
    assert!(s.exists("#your-dates").await);
    assert!(s.exists("#print-packet").await);
    // Not a shared computer: no offer to delete the packet.
    assert!(!s.exists("#delete-saved").await);
    s.screenshot("ready-wait").await;

    // After saving: the path to copy, Show in folder, and a plain message when no
    // program opens the PDF.
    let saved = out.path().join("packet.pdf");
    assert_eq!(s.value("#packet-path").await, saved.display().to_string());
    assert!(s.exists("#show-in-folder").await);
    s.click("#open-packet").await;
    s.wait_for(".error-summary").await;
    let message = s.text(".error-summary").await;
    assert!(message.contains("Your packet is saved"), "{message}");
    assert!(message.contains(&saved.display().to_string()), "{message}");
    for raw in ["Launcher", "ExitStatus", "gio"] {
        assert!(!message.contains(raw), "{message}");
    }
    s.screenshot("open-failed").await;

    // "Create your packet" is completed, and the start page says when it was made.
    go(&s, "tasks").await;
    s.wait_for("#status-packet").await;
    assert_eq!(s.text("#status-packet").await.to_lowercase(), "completed");
    let cases = s.invoke("list_cases", json!({})).await;
    assert_eq!(
        cases[0]["status"],
        json!("Packet made on March 1, 2026"),
        "{cases}"
    );
    s.close().await;
}

/// Where Help and Quick exit are on screen, and whether a click there reaches them.
async fn header_in_reach(s: &Session) -> serde_json::Value {
    s.js(
        "const out = {};\
         for (const id of ['help-link', 'quick-exit']) {\
           const b = document.getElementById(id);\
           const r = b.getBoundingClientRect();\
           const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);\
           out[id] = { top: r.top, bottom: r.bottom, reached: hit === b || b.contains(hit) };\
         }\
         out.scrolled = (window.scrollY || document.getElementById('scroller').scrollTop);\
         out.height = document.getElementById('scroller').scrollHeight;\
         out.client = document.getElementById('scroller').clientHeight;\
         out.active = document.activeElement && document.activeElement.id;\
         return out;",
        vec![],
    )
    .await
}

/// On a long page scrolled to its end, Help and Quick exit are still on screen and take a
/// click; Help opens at its top and closing it returns to the same place.
#[tokio::test]
async fn help_and_quick_exit_stay_in_reach_on_a_long_page() {
    let mut s = Session::start_named("journey-header").await;
    example_case(&mut s).await;
    s.continue_until("#task-helper").await;
    go(&s, "check").await;
    s.wait_for_h1("Check your answers").await;
    s.js(
        "document.getElementById('continue').scrollIntoView({ block: 'end' }); return null;",
        vec![],
    )
    .await;
    let at_end = header_in_reach(&s).await;
    assert!(
        at_end["scrolled"].as_f64().unwrap() > 300.0,
        "the page is not long enough to test: {at_end}"
    );
    for id in ["help-link", "quick-exit"] {
        assert!(
            at_end[id]["top"].as_f64().unwrap() >= 0.0 && at_end[id]["reached"] == true,
            "{id} scrolled away or is covered: {at_end}"
        );
    }
    s.screenshot("check-scrolled").await;

    // Clicked by WebDriver, which scrolls the element into view first: the header never
    // covers what it scrolled to (the first Change link, far above).
    s.click("#main dl.summary a.change").await;
    s.wait_for("#continue").await;
    go(&s, "check").await;
    s.wait_for_h1("Check your answers").await;
    s.js(
        "document.getElementById('continue').scrollIntoView({ block: 'end' }); return null;",
        vec![],
    )
    .await;
    let before_all = header_in_reach(&s).await;
    let before = before_all["scrolled"].as_f64().unwrap();

    s.click("#help-link").await;
    s.wait_for("#help-title").await;
    let help = s
        .js(
            "const close = document.getElementById('help-close-top').getBoundingClientRect();\
             return { scrolled: (window.scrollY || document.getElementById('scroller').scrollTop), closeTop: close.top };",
            vec![],
        )
        .await;
    assert_eq!(help["scrolled"].as_f64().unwrap(), 0.0, "{help}");
    assert!(help["closeTop"].as_f64().unwrap() > 0.0, "{help}");
    s.click("#help-close-top").await;
    s.wait_for_h1("Check your answers").await;
    let after_all = header_in_reach(&s).await;
    let after = after_all["scrolled"].as_f64().unwrap();
    assert!(
        (after - before).abs() < 2.0,
        "came back at {after_all}, left at {before_all}"
    );
    s.close().await;
}

/// Documents as people label them: each card names the file it came from, says its kind
/// once, and the card just added is scrolled to and takes the focus; a document named
/// after its kind follows a change of kind.
#[tokio::test]
async fn each_document_card_names_its_file_and_the_new_one_is_shown() {
    let mut s = Session::start_named("journey-documents").await;
    let id = example_case(&mut s).await;
    go(&s, "documents").await;
    s.wait_for("#dropzone").await;
    let example = |name: &str| support::workspace().join("examples/nunez").join(name);
    // The photo and the scanned page (a picture too) have their corners checked right
    // away; left for later here.
    for (file, kind, picture) in [
        ("denial-letter.pdf", "denial_letter", false),
        ("grievance-decision-photo.jpg", "grievance_decision", true),
        ("doctor-letter-scan.png", "doctor_letter", true),
    ] {
        let errors = s.add_files(&[&example(file)], kind).await;
        assert!(errors.is_empty(), "{errors:?}");
        if picture {
            s.wait_for("#photos-later").await;
            s.click("#photos-later").await;
            s.wait_for("#dropzone").await;
        }
    }
    s.wait_for("#document-2 img").await;
    let card = s.text("#document-0 .details").await;
    assert!(card.contains("From the file denial-letter.pdf"), "{card}");
    let said = format!(
        "{} {}",
        s.text("#document-0 h3").await,
        s.text("#document-0 .details > p.hint").await
    );
    assert_eq!(
        said.matches("Denial letter").count(),
        1,
        "the kind is said more than once: {said}"
    );
    // The last card added has the focus and is on screen.
    let shown = s
        .js(
            "const h = document.getElementById('document-title-2');\
             const r = h.getBoundingClientRect();\
             return { focused: document.activeElement === h, top: r.top, bottom: r.bottom, height: window.innerHeight };",
            vec![],
        )
        .await;
    assert_eq!(shown["focused"], true, "{shown}");
    let (top, bottom, height) = (
        shown["top"].as_f64().unwrap(),
        shown["bottom"].as_f64().unwrap(),
        shown["height"].as_f64().unwrap(),
    );
    assert!(
        top > 0.0 && bottom < height,
        "the new card is off screen: {shown}"
    );
    s.screenshot("new-card").await;

    // The date on a card is typed month first; a day-first date names the month.
    s.fill("#doc-date-0", "1/20/2026").await;
    s.click("#document-0 .details > div > button").await;
    s.wait_for_text_containing("#document-0 .details > p.hint", "dated January 20, 2026")
        .await;
    assert_eq!(s.value("#doc-date-0").await, "01/20/2026");
    s.fill("#doc-date-0", "20/1/2026").await;
    s.click("#document-0 .details > div > button").await;
    s.wait_for(".error-summary").await;
    let error = s.text(".error-summary").await;
    assert!(
        error.contains("The month of the date on the document"),
        "{error}"
    );

    // Named after its kind: a new kind renames it.
    assert_eq!(s.value("#doc-title-1").await, "");
    s.js(
        "const k = document.getElementById('doc-kind-1'); k.value = 'medical_records';\
         k.dispatchEvent(new Event('change')); return null;",
        vec![],
    )
    .await;
    s.click("#document-1 .details > div > button").await;
    s.wait_for("#document-title-1").await;
    let docs = s.invoke("documents", json!({ "id": id })).await;
    assert_eq!(docs[1]["kind"], "medical_records", "{docs}");
    assert_eq!(docs[1]["title"], "Medical records", "{docs}");
    assert_eq!(docs[1]["titled"], false, "{docs}");
    assert_eq!(
        docs[1]["file_name"], "grievance-decision-photo.jpg",
        "{docs}"
    );
    s.close().await;
}

/// Long work is visible: making a fax packet of 40 phone photos reports each page
/// prepared for the fax, k of 40 counting up, on the page's progress bar, and the count
/// shown before saving is the count made.
#[tokio::test]
async fn making_a_fax_packet_of_forty_photos_shows_its_progress() {
    let mut s = Session::start_named("journey-progress").await;
    let id = example_case(&mut s).await;
    s.click("#continue").await;
    s.wait_until_gone(&support::field("patient.first_name"))
        .await;
    let photos = tempfile::tempdir().unwrap();
    let paths: Vec<std::path::PathBuf> = (0..40)
        .map(|i| {
            let path = photos.path().join(format!("record-page-{:02}.jpg", i + 1));
            std::fs::write(&path, imr_fixtures::photo_jpeg(600, 800, 1)).unwrap();
            path
        })
        .collect();
    go(&s, "documents").await;
    s.wait_for("#dropzone").await;
    let refs: Vec<&std::path::Path> = paths.iter().map(|p| p.as_path()).collect();
    let errors = s.add_files(&refs, "medical_records").await;
    assert!(errors.is_empty(), "{errors:?}");
    let documents = s.invoke("documents", json!({ "id": id })).await;
    assert_eq!(documents.as_array().unwrap().len(), 40, "{documents}");

    go(&s, "packet").await;
    s.wait_for("#mode-fax").await;
    let counted = loop {
        let info = s.text("#packet-info").await;
        if info.contains("will have") {
            break info;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    // The events as sent, and what the page showed: each value the bar held and each
    // line of words, as the page replaced them.
    s.js(
        "window.progressSeen = []; window.barValues = []; window.wordsSeen = [];\
         await window.__TAURI__.event.listen('packet-progress', (e) => window.progressSeen.push(e.payload));\
         new MutationObserver((records) => { for (const r of records) {\
           if (r.type === 'attributes' && r.target.id === 'packet-progress' && r.oldValue !== null)\
             window.barValues.push(Number(r.oldValue));\
           if (r.type === 'childList' && r.target.id === 'packet-info')\
             for (const n of r.removedNodes) window.wordsSeen.push(n.textContent);\
         } }).observe(document.getElementById('main'), { subtree: true, childList: true,\
           attributes: true, attributeFilter: ['value'], attributeOldValue: true });\
         return null;",
        vec![],
    )
    .await;
    let out = tempfile::tempdir().unwrap();
    let made = s.save_packet_to(&out.path().join("packet.pdf")).await;
    let pages = made["pages"].as_u64().unwrap();
    assert!(
        counted.contains(&format!("will have {pages} pages")),
        "counted {counted:?}, made {made}"
    );
    assert!(
        !s.exists("#packet-progress").await,
        "the bar stays after saving"
    );
    let seen = s.js("return window.progressSeen;", vec![]).await;
    let seen = seen.as_array().unwrap();
    let stages: Vec<&str> = seen.iter().map(|e| e["stage"].as_str().unwrap()).collect();
    assert_eq!(stages.first(), Some(&"drawing"), "{seen:?}");
    assert_eq!(stages.last(), Some(&"writing"), "{seen:?}");
    let converting: Vec<&serde_json::Value> =
        seen.iter().filter(|e| e["stage"] == "converting").collect();
    let done: Vec<u64> = converting
        .iter()
        .map(|e| e["done"].as_u64().unwrap())
        .collect();
    assert_eq!(done, (0..=40).collect::<Vec<u64>>(), "{seen:?}");
    assert!(converting.iter().all(|e| e["total"] == 40), "{seen:?}");
    // The bar went from 0 to full, one page at a time.
    let values = s.js("return window.barValues;", vec![]).await;
    let values: Vec<f64> = values
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    assert_eq!(values.len(), 41, "{values:?}");
    for (k, value) in values.iter().enumerate() {
        assert!((value - k as f64 / 40.0).abs() < 1e-3, "{values:?}");
    }
    let words = s.js("return window.wordsSeen;", vec![]).await;
    let words: Vec<&str> = words
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(
        words.contains(&"Filling in the forms and the cover page…"),
        "{words:?}"
    );
    let pages_said: Vec<&&str> = words
        .iter()
        .filter(|w| w.starts_with("Preparing page "))
        .collect();
    assert_eq!(pages_said.len(), 41, "{words:?}");
    assert_eq!(*pages_said[12], "Preparing page 12 of 40 for the fax…");
    s.close().await;
}

/// Asked early who fills in the form: to someone helping the patient, the questions about
/// the patient say "the patient", never "you"; to the patient they say "you".
#[tokio::test]
async fn a_helper_is_asked_about_the_patient() {
    let mut s = Session::start_named("journey-helper-words").await;
    s.wait_for("#start-new").await;
    s.click("#start-new").await;
    s.wait_for(&radio("problem.type", "medical_necessity"))
        .await;
    s.choose(&radio("problem.type", "medical_necessity")).await;
    s.click("#continue").await;
    // The second question: who is filling in the form.
    s.wait_for(&radio("applicant.role", "helper")).await;
    let asked = s.h1().await;
    assert!(
        asked.starts_with("Are you the patient, or are you helping the patient?"),
        "{asked}"
    );
    s.screenshot("who").await;
    s.choose(&radio("applicant.role", "helper")).await;
    s.click("#continue").await;
    s.wait_for(&radio("problem.plan_action", "denied")).await;

    go(&s, "screen:contact").await;
    s.wait_for(&support::field("contact.phone")).await;
    assert_eq!(s.h1().await, "How can DMHC contact the patient?");
    go(&s, "screen:language").await;
    s.wait_for(&support::field("language.primary")).await;
    let page = s.text("main").await;
    assert!(
        page.contains("What language does the patient speak most?"),
        "{page}"
    );
    assert!(!page.contains("do you speak"), "{page}");
    s.screenshot("language-helper").await;
    go(&s, "tasks").await;
    s.wait_for("#task-grievance").await;
    assert_eq!(
        s.text("#task-grievance").await,
        "The patient's grievance with the plan"
    );

    // Change the answer: the patient is asked "you" again.
    go(&s, "screen:who").await;
    s.wait_for(&radio("applicant.role", "patient")).await;
    s.choose(&radio("applicant.role", "patient")).await;
    s.click("#continue").await;
    s.wait_until_gone(&radio("applicant.role", "patient")).await;
    go(&s, "screen:language").await;
    s.wait_for(&support::field("language.primary")).await;
    let page = s.text("main").await;
    assert!(page.contains("What language do you speak most?"), "{page}");
    s.close().await;
}

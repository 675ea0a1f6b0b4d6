//! The first page: a fax cover sheet, or a mailing page for a window envelope.

use imr_case::contacts;

use crate::fonts::Weight;
use crate::layout::{
    frame, leading, line, text, Composer, BODY_SIZE, HEADING_SIZE, LEFT, LINE_WIDTH, PAGE_HEIGHT,
    RIGHT, SMALL_SIZE, TITLE_SIZE,
};
use crate::pages::PacketFacts;

/// Fax cover sheet. It carries no medical details: a fax can lie on a shared machine.
pub(crate) fn fax_cover(c: &mut Composer<'_>, facts: &PacketFacts, total_pages: usize) {
    let fonts = c.fonts();
    let mut y = c.y() - 6.0;
    let rows: [(&str, String); 6] = [
        (
            "To:",
            format!("{}, {}", contacts::HELP_CENTER_NAME, contacts::DEPARTMENT),
        ),
        ("Fax:", contacts::FAX.to_string()),
        ("Phone:", contacts::PHONE.to_string()),
        ("From:", facts.applicant_name.clone()),
        ("Phone:", facts.phone.clone()),
        ("Date:", facts.date_long.clone()),
    ];
    for (label, value) in rows {
        text(
            c.ops_mut(),
            fonts,
            LEFT,
            y,
            label,
            HEADING_SIZE,
            Weight::Bold,
        );
        text(
            c.ops_mut(),
            fonts,
            LEFT + 80.0,
            y,
            &value,
            HEADING_SIZE,
            Weight::Regular,
        );
        y -= leading(HEADING_SIZE) + 8.0;
    }
    y -= 6.0;
    // The page count is what lets the Help Center see that nothing went missing.
    frame(c.ops_mut(), LEFT, y - 14.0, RIGHT - LEFT, 40.0);
    text(
        c.ops_mut(),
        fonts,
        LEFT + 12.0,
        y,
        &format!("Total pages, including this cover sheet: {total_pages}"),
        TITLE_SIZE,
        Weight::Bold,
    );
    y -= 50.0;
    c.set_y(y);
    c.paragraph(
        &format!(
            "Re: {} ({}) and supporting documents.",
            contacts::FORM_TITLE,
            contacts::FORM_NUMBER
        ),
        BODY_SIZE,
        Weight::Regular,
    );
    c.space(6.0);
    c.paragraph(
        &format!(
            "If any page is missing or cannot be read, please call {} at {}.",
            facts.applicant_name, facts.phone
        ),
        BODY_SIZE,
        Weight::Regular,
    );
    c.space(16.0);
    c.paragraph("CONFIDENTIAL", HEADING_SIZE, Weight::Bold);
    c.paragraph(
        "This fax contains confidential health information for the Department of Managed \
         Health Care only. If you received it by mistake, please tell the sender at the phone \
         number above and destroy all pages. Do not read, copy or share them.",
        BODY_SIZE,
        Weight::Regular,
    );
}

/// Mailing page measurements, in points from the top-left of the sheet (72 pt = 1 in).
///
/// A US Letter sheet folded in three has an 11/3 in (3.67 in) top panel. In a standard
/// #10 envelope (4 1/8 × 9 1/2 in) the address window is 4 1/2 × 1 1/8 in, 7/8 in from
/// the left and 1/2 in from the bottom; with the folded sheet resting at the bottom of
/// the envelope the window shows the sheet from 2.04 in to 3.17 in below its top edge.
/// The recipient block starts 2.125 in down and 0.875 in in, and holds four lines
/// (0.72 in), so it stays in view even when the sheet slides up a little. The return
/// address sits where a double-window envelope's upper window is (0.625 in down).
pub(crate) mod envelope {
    pub(crate) const ADDRESS_LEFT: f32 = 63.0; // 7/8 in
    pub(crate) const RECIPIENT_TOP: f32 = 153.0; // 2 1/8 in
    pub(crate) const RETURN_TOP: f32 = 45.0; // 5/8 in
    pub(crate) const ADDRESS_SIZE: f32 = 11.0;
    pub(crate) const ADDRESS_LEADING: f32 = 13.0;
    /// Where the sheet is folded: thirds of 11 in.
    pub(crate) const FIRST_FOLD: f32 = 264.0;
}

/// Mailing page, laid out for a #10 window envelope.
pub(crate) fn mail_cover(c: &mut Composer<'_>, facts: &PacketFacts) {
    use envelope::*;
    let fonts = c.fonts();
    let mut y = PAGE_HEIGHT - RETURN_TOP - ADDRESS_SIZE;
    for l in facts.return_address.iter().take(4) {
        text(
            c.ops_mut(),
            fonts,
            ADDRESS_LEFT,
            y,
            l,
            ADDRESS_SIZE,
            Weight::Regular,
        );
        y -= ADDRESS_LEADING;
    }
    let mut y = PAGE_HEIGHT - RECIPIENT_TOP - ADDRESS_SIZE;
    for l in contacts::ADDRESS_LINES {
        text(
            c.ops_mut(),
            fonts,
            ADDRESS_LEFT,
            y,
            l,
            ADDRESS_SIZE,
            Weight::Bold,
        );
        y -= ADDRESS_LEADING;
    }
    // Everything else starts below the first fold, out of the window.
    c.set_y(PAGE_HEIGHT - FIRST_FOLD - 24.0);
    let fold = PAGE_HEIGHT - FIRST_FOLD;
    line(c.ops_mut(), (LEFT, fold), (LEFT + 18.0, fold), LINE_WIDTH);
    line(c.ops_mut(), (RIGHT - 18.0, fold), (RIGHT, fold), LINE_WIDTH);
    c.paragraph(
        &format!("{} ({})", contacts::FORM_TITLE, contacts::FORM_NUMBER),
        HEADING_SIZE,
        Weight::Bold,
    );
    c.space(4.0);
    c.paragraph(
        &format!(
            "From {}, for the patient {}. Date: {}.",
            facts.applicant_name, facts.patient_name, facts.date_long
        ),
        BODY_SIZE,
        Weight::Regular,
    );
    c.paragraph(
        &format!(
            "This envelope holds the application and copies of supporting documents, {} pages \
             in all, each marked \"Page N of {}\".",
            facts.total_pages, facts.total_pages
        ),
        BODY_SIZE,
        Weight::Regular,
    );
    c.space(10.0);
    c.paragraph("How to mail this packet", SMALL_SIZE + 1.0, Weight::Bold);
    c.paragraph(
        "Fold this page in three along the marks, with the address on the outside, so that \
         the Help Center address shows through the window of a #10 envelope. If your \
         envelope has no window, copy the address above onto it.",
        BODY_SIZE,
        Weight::Regular,
    );
}

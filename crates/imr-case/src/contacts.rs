//! Where the packet goes and who to call: the one table of DMHC contact details.
//!
//! Every screen, cover sheet, mailing page and checklist reads these constants, so a change
//! of address or number is one edit here. Source: the DMHC IMR page (the seed text).

/// The office that receives IMR applications.
pub const HELP_CENTER_NAME: &str = "Help Center";

/// The department the Help Center belongs to.
pub const DEPARTMENT: &str = "Department of Managed Health Care";

/// The postal address, one line per entry, exactly as it goes on an envelope.
pub const ADDRESS_LINES: [&str; 4] = [
    HELP_CENTER_NAME,
    DEPARTMENT,
    "980 Ninth Street, Suite 500",
    "Sacramento, CA 95814-2725",
];

/// The Help Center's fax number.
pub const FAX: &str = "916-255-5241";

/// The Help Center's free phone number.
pub const PHONE: &str = "1-888-466-2219";

/// The Help Center's free TDD number for people who are deaf or hard of hearing.
pub const TDD: &str = "1-877-688-9891";

/// The California Department of Insurance consumer line (most PPO and indemnity plans).
pub const CDI_PHONE: &str = "1-800-927-4357";

/// The Health Consumer Alliance, free help with health coverage problems.
pub const HEALTH_CONSUMER_ALLIANCE_PHONE: &str = "1-888-804-3536";

/// The DMHC website, written out for people to type (the app never links out).
pub const WEBSITE: &str = "www.dmhc.ca.gov";

/// The number printed on the application form.
pub const FORM_NUMBER: &str = "DMHC 20-224";

/// The name printed on the application form.
pub const FORM_TITLE: &str = "IMR Application/Complaint Form";

/// The contact details by the placeholder names messages use for them (`{ $phone }`,
/// `{ $fax }`, …): messages never write a number themselves, they name it, and every caller
/// (the help pages, the window's `t()`) fills it from here.
pub fn placeholders() -> Vec<(&'static str, String)> {
    vec![
        ("phone", PHONE.to_owned()),
        ("tdd", TDD.to_owned()),
        ("fax", FAX.to_owned()),
        ("address", ADDRESS_LINES.join(", ")),
        ("website", WEBSITE.to_owned()),
        ("hca_phone", HEALTH_CONSUMER_ALLIANCE_PHONE.to_owned()),
        ("cdi_phone", CDI_PHONE.to_owned()),
        ("form_title", FORM_TITLE.to_owned()),
        ("form_number", FORM_NUMBER.to_owned()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_starts_with_help_center_and_department() {
        assert_eq!(ADDRESS_LINES[0], HELP_CENTER_NAME);
        assert_eq!(ADDRESS_LINES[1], DEPARTMENT);
        assert_eq!(ADDRESS_LINES[3], "Sacramento, CA 95814-2725");
    }
}

//! Synthetic letters from a health plan, with the facts each one holds, for the text
//! recognition tests and benchmark: denial letters and grievance decisions, in English
//! and Spanish, in three layouts and many date forms, as clean scans and as pictures
//! that look like phone photos (tilted, shadowed, blurred, JPEG-noisy). Every person,
//! number and letter here is made up.

use std::io::Cursor;

use image::{GrayImage, ImageFormat, Luma, Rgb, RgbImage};
use printpdf::{
    BuiltinFont, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem,
};

/// A calendar date (fixtures carry no date library).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// What the letter is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LetterKind {
    /// The plan's first "no".
    Denial,
    /// The plan's decision on the grievance.
    GrievanceDecision,
}

/// The reason given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    NotMedicallyNecessary,
    Experimental,
    EmergencyPayment,
}

/// The language it is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Spanish,
}

/// How the letter is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// The plan's name on top, the date on its own line, an "RE:" block.
    Classic,
    /// Labels in a left column, values in a right one ("Date:", "Member ID:").
    Table,
    /// A compact notice: everything in running lines, the numbers on one line.
    Notice,
}

/// How the page is pictured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Capture {
    /// A flatbed scan: straight, even light, grey.
    Scan,
    /// A phone photo: tilted, a shadow across, a little blur, JPEG at low quality, the
    /// table around the sheet.
    Photo,
    /// A worse phone photo: tilted more (up to 6°), in low light (dim and flat), a deeper
    /// shadow, more blur and lower JPEG quality.
    HardPhoto,
}

/// How the member ID line is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdLine {
    /// The label and the number on one line ("Member ID: W123456789").
    Inline,
    /// The label on a line of its own, the number on the line under it, as in a box at
    /// the top of a notice.
    Stacked,
}

/// The facts a letter holds, as a reader should find them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterFacts {
    pub kind: LetterKind,
    pub language: Language,
    pub layout: Layout,
    pub plan: &'static str,
    pub letter_date: Ymd,
    /// How the letter's date is written on it.
    pub date_written: String,
    /// Whether that writing could be month-first or day-first (numbers only, both 12 or
    /// less): a reader must ask.
    pub date_ambiguous: bool,
    /// The decision date the letter states in words (grievance decisions only).
    pub decision_date: Option<Ymd>,
    pub member_id: String,
    /// How the member ID's line is written.
    pub id_line: IdLine,
    pub reference: String,
    pub service: &'static str,
    pub reason: Reason,
}

/// A letter: its facts and its lines (first page).
#[derive(Debug, Clone)]
pub struct SyntheticLetter {
    pub facts: LetterFacts,
    /// (indent in points from the left margin, text) from the top, one a line.
    pub lines: Vec<(f32, String)>,
    pub font: BuiltinFont,
}

/// Made-up members, never real people.
const NAMES: &[&str] = &[
    "Ana Torres Ruiz",
    "Jordan Lee",
    "Maria Q. Sample",
    "Sam Rivera",
    "Lupe Ortega",
    "Chris Example",
];

const PLANS: &[&str] = &[
    "Blue Shield of California",
    "Kaiser Permanente",
    "Anthem Blue Cross",
    "Health Net",
    "L.A. Care Health Plan",
    "Molina Healthcare",
    "Inland Empire Health Plan",
    "Sharp Health Plan",
    "Partnership HealthPlan of California",
    "Western Health Advantage",
];

const SERVICES_EN: &[&str] = &[
    "MRI of the left knee",
    "Physical therapy, 12 visits",
    "Insulin pump",
    "Proton beam therapy",
    "Emergency room visit",
    "Sleep study",
    "Continuous glucose monitor",
    "Residential treatment for an eating disorder",
];

const SERVICES_ES: &[&str] = &[
    "Resonancia magnética de la rodilla",
    "Terapia física, 12 visitas",
    "Bomba de insulina",
    "Terapia de protones",
    "Visita a la sala de emergencias",
    "Estudio del sueño",
    "Monitor continuo de glucosa",
    "Tratamiento residencial",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A small deterministic generator (xorshift), so letter `n` is always the same.
struct Dice(u64);

impl Dice {
    fn new(seed: u64) -> Dice {
        Dice(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    fn unit(&mut self) -> f32 {
        (self.next() % 10_000) as f32 / 10_000.0
    }
}

/// Letters avoid the characters people (and readers) confuse: no O, I, L, S, Z, B.
const ID_LETTERS: &[u8] = b"ACDEFGHJKMNPRTUVWXY";

fn digits(dice: &mut Dice, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + dice.below(10) as u8))
        .collect()
}

fn letters(dice: &mut Dice, n: usize) -> String {
    (0..n).map(|_| char::from(*dice.pick(ID_LETTERS))).collect()
}

/// Letters and digits that readers confuse (O and 0, I and 1, S and 5, Z and 2, B and 8),
/// for the hard letters' member IDs.
const CONFUSABLE_LETTERS: &[u8] = b"OIOISZBACDEHKMNPRTW";
const CONFUSABLE_DIGITS: &[u8] = b"0101015282734690";

/// A member ID whose letters and digits look alike where they meet ("BO10015", "1150I",
/// "OI2081"), in the forms plans print: letters before the digits, or one after them.
/// Letters never stand inside a run of digits: no reader, and no person, can tell
/// "115O001" from "1150001" in most fonts.
fn confusable_member_id(dice: &mut Dice) -> String {
    let letters = |dice: &mut Dice, n: usize| -> String {
        (0..n)
            .map(|_| char::from(*dice.pick(CONFUSABLE_LETTERS)))
            .collect()
    };
    let digits = |dice: &mut Dice, n: usize| -> String {
        (0..n)
            .map(|_| char::from(*dice.pick(CONFUSABLE_DIGITS)))
            .collect()
    };
    match dice.below(4) {
        0 => format!("{}{}", letters(dice, 1), digits(dice, 9)),
        1 => format!("{}{}", letters(dice, 2), digits(dice, 7)),
        2 => format!("{}{}", digits(dice, 8), letters(dice, 1)),
        _ => format!("{}-{}", digits(dice, 4), digits(dice, 6)),
    }
}

fn member_id(dice: &mut Dice) -> String {
    match dice.below(4) {
        0 => format!("{}{}", letters(dice, 1), digits(dice, 9)),
        1 => format!("{}{}", letters(dice, 3), digits(dice, 8)),
        2 => digits(dice, 9),
        _ => format!("{}-{}", digits(dice, 2), digits(dice, 7)),
    }
}

fn reference(dice: &mut Dice, year: i32) -> String {
    match dice.below(4) {
        0 => format!("G-{year}-{}", digits(dice, 6)),
        1 => format!("{year}-{}", digits(dice, 6)),
        2 => format!("{}{}", letters(dice, 2), digits(dice, 7)),
        _ => format!("AP{}", digits(dice, 8)),
    }
}

/// The date in one of the forms letters use in `language`: (written, ambiguous).
fn write_date(dice: &mut Dice, date: Ymd, language: Language) -> (String, bool) {
    let Ymd { year, month, day } = date;
    let m = month as usize - 1;
    let numbers_ambiguous = day <= 12 && day != month;
    match language {
        Language::English => match dice.below(6) {
            0 => (format!("{} {day}, {year}", MONTHS_EN[m]), false),
            1 => (format!("{}. {day}, {year}", &MONTHS_EN[m][..3]), false),
            2 => (format!("{month:02}/{day:02}/{year}"), numbers_ambiguous),
            3 => (format!("{month}/{day}/{}", year % 100), numbers_ambiguous),
            4 => (
                format!("{} {day}, {year}", MONTHS_EN[m].to_uppercase()),
                false,
            ),
            _ => (format!("{day} {} {year}", MONTHS_EN[m]), false),
        },
        Language::Spanish => match dice.below(4) {
            0 | 1 => (format!("{day} de {} de {year}", MONTHS_ES[m]), false),
            2 => (format!("{day:02}/{month:02}/{year}"), numbers_ambiguous),
            _ => (format!("{} {day}, {year}", MONTHS_ES[m]), false),
        },
    }
}

fn long_date(date: Ymd, language: Language) -> String {
    match language {
        Language::English => format!(
            "{} {}, {}",
            MONTHS_EN[date.month as usize - 1],
            date.day,
            date.year
        ),
        Language::Spanish => format!(
            "{} de {} de {}",
            date.day,
            MONTHS_ES[date.month as usize - 1],
            date.year
        ),
    }
}

fn later(date: Ymd, days: u32) -> Ymd {
    let mut d = date;
    d.day += days;
    while d.day > 28 {
        d.day -= 28;
        d.month += 1;
        if d.month > 12 {
            d.month = 1;
            d.year += 1;
        }
    }
    d
}

/// Letter number `n` of the synthetic set: its kind, language, layout, facts and date
/// form follow from `n` alone.
pub fn letter(n: u64) -> SyntheticLetter {
    letter_of(n, false)
}

/// Letter number `n` of the hard set: like [`letter`], but its member ID mixes letters
/// and digits that look alike (O and 0, I and 1…), its ID line is written in one of two
/// ways ([`IdLine`]), and its labels vary more ("Subscriber ID #:", "ID de miembro:").
/// Meant to be pictured as [`Capture::HardPhoto`] too.
pub fn hard_letter(n: u64) -> SyntheticLetter {
    letter_of(n, true)
}

fn letter_of(n: u64, hard: bool) -> SyntheticLetter {
    let mut dice = Dice::new(n + 17 + if hard { 7_919 } else { 0 });
    let language = if n % 3 == 2 {
        Language::Spanish
    } else {
        Language::English
    };
    let layout = match n % 4 {
        0 | 3 => Layout::Classic,
        1 => Layout::Table,
        _ => Layout::Notice,
    };
    let kind = if n % 5 < 3 {
        LetterKind::Denial
    } else {
        LetterKind::GrievanceDecision
    };
    let reason = match dice.below(5) {
        0 => Reason::Experimental,
        1 => Reason::EmergencyPayment,
        _ => Reason::NotMedicallyNecessary,
    };
    let letter_date = Ymd {
        year: 2025 + dice.below(2) as i32,
        month: 1 + dice.below(12) as u32,
        day: 1 + dice.below(28) as u32,
    };
    let (date_written, date_ambiguous) = write_date(&mut dice, letter_date, language);
    let plan = *dice.pick(PLANS);
    let name = *dice.pick(NAMES);
    let member_id = if hard {
        confusable_member_id(&mut dice)
    } else {
        member_id(&mut dice)
    };
    let id_line = if hard && dice.below(2) == 0 {
        IdLine::Stacked
    } else {
        IdLine::Inline
    };
    let reference = reference(&mut dice, letter_date.year);
    let service_n = match reason {
        Reason::EmergencyPayment => 4,
        Reason::Experimental => 3,
        Reason::NotMedicallyNecessary => [0, 1, 2, 5, 6, 7][dice.below(6) as usize],
    };
    let service = match language {
        Language::English => SERVICES_EN[service_n],
        Language::Spanish => SERVICES_ES[service_n],
    };
    let decision_date = (kind == LetterKind::GrievanceDecision).then_some(letter_date);
    let facts = LetterFacts {
        kind,
        language,
        layout,
        plan,
        letter_date,
        date_written: date_written.clone(),
        date_ambiguous,
        decision_date,
        member_id: member_id.clone(),
        id_line,
        reference: reference.clone(),
        service,
        reason,
    };
    let font = *dice.pick(&[
        BuiltinFont::Helvetica,
        BuiltinFont::TimesRoman,
        BuiltinFont::Courier,
    ]);
    let lines = body(&facts, name, &mut dice, hard);
    SyntheticLetter { facts, lines, font }
}

fn body(f: &LetterFacts, name: &str, dice: &mut Dice, hard: bool) -> Vec<(f32, String)> {
    let es = f.language == Language::Spanish;
    let say = |en: &str, sp: &str| if es { sp.to_string() } else { en.to_string() };
    let service_of = |dice: &mut Dice| {
        let date = later(f.letter_date, 1 + dice.below(20) as u32);
        long_date(
            Ymd {
                year: date.year - 1,
                ..date
            },
            f.language,
        )
    };
    let mut l: Vec<(f32, String)> = Vec::new();
    let reason_lines: Vec<String> = match (f.reason, es) {
        (Reason::NotMedicallyNecessary, false) => vec![
            "Our doctor reviewed your request and the records we received.".into(),
            "We decided this service is not medically necessary for you at this time.".into(),
        ],
        (Reason::NotMedicallyNecessary, true) => vec![
            "Nuestro médico revisó su solicitud y los registros que recibimos.".into(),
            "Decidimos que este servicio no es médicamente necesario en este momento.".into(),
        ],
        (Reason::Experimental, false) => vec![
            "This treatment is considered experimental or investigational".into(),
            "for your condition, so your plan does not cover it.".into(),
        ],
        (Reason::Experimental, true) => vec![
            "Este tratamiento se considera experimental o en investigación".into(),
            "para su condición, por eso su plan no lo cubre.".into(),
        ],
        (Reason::EmergencyPayment, false) => vec![
            "You went to the emergency room. We reviewed the claim for this visit.".into(),
            "We will not pay this claim because the visit was not an emergency.".into(),
        ],
        (Reason::EmergencyPayment, true) => vec![
            "Usted fue a la sala de emergencias. Revisamos el reclamo de esta visita.".into(),
            "No pagaremos este reclamo porque la visita no fue una emergencia.".into(),
        ],
    };
    let decided = match (f.kind, es) {
        (LetterKind::Denial, false) => "We have denied your request.".to_string(),
        (LetterKind::Denial, true) => "Hemos negado su solicitud.".to_string(),
        (LetterKind::GrievanceDecision, false) => format!(
            "We made our decision on {}. We upheld our denial.",
            long_date(f.letter_date, f.language)
        ),
        (LetterKind::GrievanceDecision, true) => format!(
            "Tomamos nuestra decisión el {}. Mantuvimos la negación.",
            long_date(f.letter_date, f.language)
        ),
    };
    let title = match (f.kind, es) {
        (LetterKind::Denial, false) => "NOTICE OF ACTION",
        (LetterKind::Denial, true) => "AVISO DE ACCIÓN",
        (LetterKind::GrievanceDecision, false) => "GRIEVANCE RESOLUTION LETTER",
        (LetterKind::GrievanceDecision, true) => "CARTA DE RESOLUCIÓN DE SU QUEJA",
    };
    let member_label = if hard {
        let labels: &[&str] = if es {
            &[
                "ID de miembro:",
                "Número de identificación del miembro:",
                "Número de miembro:",
            ]
        } else {
            &["Subscriber ID #:", "Member ID Number:", "Member ID:"]
        };
        dice.pick(labels).to_string()
    } else {
        say("Member ID:", "Número de miembro:")
    };
    let stacked = f.id_line == IdLine::Stacked;
    let ref_label = match (f.kind, es, dice.below(2)) {
        (LetterKind::Denial, false, 0) => "Reference #:",
        (LetterKind::Denial, false, _) => "Case Number:",
        (LetterKind::GrievanceDecision, false, 0) => "Grievance No.",
        (LetterKind::GrievanceDecision, false, _) => "Case Number:",
        (_, true, 0) => "Número de caso:",
        (_, true, _) => "Número de referencia:",
    };
    let service_label = say("Service requested:", "Servicio solicitado:");
    let address = ["1200 Example Avenue, Suite 300", "Sacramento, CA 95814"];
    match f.layout {
        Layout::Classic => {
            l.push((0.0, f.plan.to_string()));
            l.push((0.0, address[0].into()));
            l.push((0.0, address[1].into()));
            l.push((0.0, String::new()));
            l.push((300.0, f.date_written.clone()));
            l.push((0.0, String::new()));
            l.push((0.0, name.into()));
            l.push((0.0, "45 Sample Street".into()));
            l.push((0.0, "Fresno, CA 93721".into()));
            l.push((0.0, String::new()));
            l.push((0.0, title.into()));
            if stacked {
                l.push((0.0, member_label.clone()));
                l.push((0.0, f.member_id.clone()));
            } else {
                l.push((0.0, format!("{member_label} {}", f.member_id)));
            }
            l.push((0.0, format!("{ref_label} {}", f.reference)));
            l.push((0.0, format!("{service_label} {}", f.service)));
            l.push((0.0, String::new()));
            l.push((0.0, format!("{} {name}:", say("Dear", "Estimado(a)"))));
        }
        Layout::Table => {
            l.push((160.0, f.plan.to_uppercase()));
            l.push((160.0, title.into()));
            l.push((0.0, String::new()));
            let rows = [
                (say("Date:", "Fecha:"), f.date_written.clone()),
                (say("Member name:", "Nombre del miembro:"), name.to_string()),
                (member_label.clone(), f.member_id.clone()),
                (ref_label.to_string(), f.reference.clone()),
                (service_label.clone(), f.service.to_string()),
                (
                    say("Date of service:", "Fecha del servicio:"),
                    service_of(dice),
                ),
            ];
            for (label, value) in rows {
                let under = stacked && label == member_label;
                l.push((0.0, label));
                // The value goes on the same line, in a column of its own (or, for a
                // stacked ID, on the line under its label).
                l.push((if under { 0.0 } else { -1.0 }, value));
            }
            l.push((0.0, String::new()));
            l.push((0.0, format!("{} {name}:", say("Dear", "Estimado(a)"))));
        }
        Layout::Notice => {
            l.push((
                0.0,
                format!(
                    "{} - {}",
                    f.plan,
                    say("Member Services", "Servicios para Miembros")
                ),
            ));
            l.push((0.0, f.date_written.clone()));
            l.push((0.0, String::new()));
            if stacked {
                l.push((0.0, format!("{name}  {ref_label} {}", f.reference)));
                l.push((0.0, member_label.clone()));
                l.push((0.0, f.member_id.clone()));
            } else {
                l.push((
                    0.0,
                    format!(
                        "{name}  {member_label} {}  {ref_label} {}",
                        f.member_id, f.reference
                    ),
                ));
            }
            l.push((
                0.0,
                format!(
                    "{} {}",
                    say("RE: Request for", "Asunto: Solicitud de"),
                    lower_first(f.service)
                ),
            ));
            l.push((0.0, String::new()));
            l.push((0.0, format!("{} {name}:", say("Dear", "Estimado(a)"))));
        }
    }
    l.push((0.0, String::new()));
    l.push((0.0, decided));
    for line in reason_lines {
        l.push((0.0, line));
    }
    l.push((0.0, String::new()));
    l.push((
        0.0,
        say(
            "You may ask the Department of Managed Health Care for an Independent Medical",
            "Puede pedir al Departamento de Atención Médica Administrada una Revisión Médica",
        ),
    ));
    l.push((
        0.0,
        say(
            "Review. Call us at 1-800-555-0100 (TTY 711) if you have questions.",
            "Independiente. Llámenos al 1-800-555-0100 (TTY 711) si tiene preguntas.",
        ),
    ));
    l.push((0.0, String::new()));
    l.push((0.0, say("Sincerely,", "Atentamente,")));
    l.push((
        0.0,
        say(
            "Utilization Management Department",
            "Departamento de Administración de Servicios",
        ),
    ));
    l
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

impl SyntheticLetter {
    /// The letter as a one-page text PDF (US Letter), in its built-in font.
    pub fn pdf(&self) -> Vec<u8> {
        let mut doc = PdfDocument::new("Synthetic plan letter");
        let mut ops = vec![Op::StartTextSection];
        let size = if self.font == BuiltinFont::Courier {
            10.5
        } else {
            11.5
        };
        let mut y = 720.0;
        for (indent, text) in &self.lines {
            let x = if *indent < 0.0 {
                // Same line as the label before, in the value column.
                y += 15.0;
                72.0 + 190.0
            } else {
                72.0 + indent
            };
            if !text.is_empty() {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::Builtin(self.font),
                    size: Pt(size),
                });
                ops.push(Op::SetTextCursor {
                    pos: Point { x: Pt(x), y: Pt(y) },
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
                ops.push(Op::EndTextSection);
                ops.push(Op::StartTextSection);
            }
            y -= 15.0;
        }
        ops.push(Op::EndTextSection);
        doc.pages = vec![PdfPage::new(Mm(215.9), Mm(279.4), ops)];
        doc.save(&PdfSaveOptions::default(), &mut Vec::new())
    }

    /// The page drawn in grey at `dpi` (a clean scan).
    pub fn scan(&self, dpi: u32) -> GrayImage {
        let pdf = self.pdf();
        let rgba = render(&pdf, dpi as f32 / 72.0);
        GrayImage::from_fn(rgba.0, rgba.1, |x, y| {
            let i = ((y * rgba.0 + x) * 4) as usize;
            let p = &rgba.2[i..i + 3];
            Luma([((u32::from(p[0]) * 3 + u32::from(p[1]) * 6 + u32::from(p[2])) / 10) as u8])
        })
    }

    /// The page as a phone photo (JPEG bytes): at `dpi` on the paper, turned by a small
    /// angle, on a darker table, with a shadow across, blurred a little and saved at low
    /// JPEG quality. `seed` picks the angle, shadow and blur.
    pub fn photo(&self, dpi: u32, seed: u64) -> Vec<u8> {
        self.photo_as(dpi, seed, false)
    }

    /// The page as a worse phone photo ([`Capture::HardPhoto`]).
    pub fn hard_photo(&self, dpi: u32, seed: u64) -> Vec<u8> {
        self.photo_as(dpi, seed, true)
    }

    fn photo_as(&self, dpi: u32, seed: u64, hard: bool) -> Vec<u8> {
        let mut dice = Dice::new(seed ^ 0xA5A5);
        let page = self.scan(dpi);
        let tilt = if hard { 6.0 } else { 2.5 };
        let angle = (dice.unit() * 2.0 * tilt - tilt).to_radians();
        let (w, h) = page.dimensions();
        let margin = w / 14;
        let (ow, oh) = (w + 2 * margin, h + 2 * margin);
        let (cx, cy) = (ow as f32 / 2.0, oh as f32 / 2.0);
        let (sin, cos) = angle.sin_cos();
        let shadow_from = dice.unit();
        let shadow_depth = if hard {
            0.35 + dice.unit() * 0.2
        } else {
            0.25 + dice.unit() * 0.25
        };
        // Low light: the paper comes out grey and the ink less black.
        let (gain, lift) = if hard {
            (0.55 + dice.unit() * 0.15, 25.0)
        } else {
            (0.93, 0.0)
        };
        let warm = [1.0f32, 0.97, 0.90];
        let mut out = RgbImage::new(ow, oh);
        for (x, y, px) in out.enumerate_pixels_mut() {
            // Where this photo pixel falls on the page.
            let dx = x as f32 - cx;
            let dy = y as f32 - cy;
            let px_ = cos * dx + sin * dy + w as f32 / 2.0;
            let py_ = -sin * dx + cos * dy + h as f32 / 2.0;
            let paper = if px_ >= 0.0 && py_ >= 0.0 && px_ < (w - 1) as f32 && py_ < (h - 1) as f32
            {
                Some(bilinear(&page, px_, py_))
            } else {
                None
            };
            // A soft shadow from one side, as a hand or phone casts.
            let t = x as f32 / ow as f32 + (y as f32 / oh as f32) * 0.3;
            let shade = if t > shadow_from {
                1.0 - shadow_depth * ((t - shadow_from) * 3.0).min(1.0)
            } else {
                1.0
            };
            let seen = paper.unwrap_or(90.0);
            let seen = if hard {
                lift + seen * (255.0 - lift) / 255.0
            } else {
                seen
            };
            let value = seen * shade * gain;
            *px = Rgb(warm.map(|c| (value * c).clamp(0.0, 255.0) as u8));
        }
        let blur = if hard { 0.9 } else { 0.6 } + dice.unit() * 0.5;
        let blurred = image::imageops::blur(&out, blur);
        let mut jpeg = Vec::new();
        let quality = if hard { 40 } else { 55 };
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, quality);
        blurred
            .write_with_encoder(encoder)
            .unwrap_or_else(|e| panic!("encoding a synthetic photo: {e}"));
        jpeg
    }

    /// The page as a scan in a PNG (grey).
    pub fn scan_png(&self, dpi: u32) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        self.scan(dpi)
            .write_to(&mut out, ImageFormat::Png)
            .unwrap_or_else(|e| panic!("encoding a synthetic scan: {e}"));
        out.into_inner()
    }

    /// Each line's baseline, in points from the page's top, as [`Self::pdf`] draws it
    /// (a value in a table's right column shares its label's line).
    fn baselines(&self) -> Vec<f32> {
        let mut y = 720.0;
        let mut out = Vec::with_capacity(self.lines.len());
        for (indent, _) in &self.lines {
            if *indent < 0.0 {
                y += 15.0;
            }
            out.push(792.0 - y);
            y -= 15.0;
        }
        out
    }

    /// The first line that holds `text`.
    pub fn line_with(&self, text: &str) -> Option<usize> {
        self.lines.iter().position(|(_, line)| line.contains(text))
    }

    /// The band of line `line` across the page's text (one inch in from each side, from
    /// under its baseline to above its tallest letters, touching neither neighbour), in
    /// the picture `picture(capture, dpi, seed)` makes: four corners clockwise from the
    /// top left, as fractions of the picture's width and height.
    pub fn line_corners(
        &self,
        line: usize,
        capture: Capture,
        dpi: u32,
        seed: u64,
    ) -> [[f64; 2]; 4] {
        let baseline = self.baselines()[line];
        let (top, bottom) = (baseline - 11.0, baseline + 3.5);
        self.corners_in_picture([72.0, top, 540.0, bottom], capture, dpi, seed)
    }

    /// The sheet's four corners in the picture (clockwise from the top left, as
    /// fractions): where a crop to the sheet goes.
    pub fn sheet_corners(&self, capture: Capture, dpi: u32, seed: u64) -> [[f64; 2]; 4] {
        self.corners_in_picture([0.0, 0.0, 612.0, 792.0], capture, dpi, seed)
    }

    /// The rectangle `[left, top, right, bottom]` of the page (points from its top
    /// left) in the picture: its corners as fractions of the picture.
    fn corners_in_picture(
        &self,
        [left, top, right, bottom]: [f32; 4],
        capture: Capture,
        dpi: u32,
        seed: u64,
    ) -> [[f64; 2]; 4] {
        let scale = dpi as f32 / 72.0;
        let (w, h) = self.scan(dpi).dimensions();
        let page = [[left, top], [right, top], [right, bottom], [left, bottom]]
            .map(|[x, y]| [x * scale, y * scale]);
        let tilt = match capture {
            Capture::Scan => {
                return page.map(|[x, y]| [f64::from(x / w as f32), f64::from(y / h as f32)]);
            }
            Capture::Photo => 2.5,
            Capture::HardPhoto => 6.0,
        };
        // As photo_as draws it: the angle is the first number its dice give.
        let mut dice = Dice::new(seed ^ 0xA5A5);
        let angle: f32 = (dice.unit() * 2.0 * tilt - tilt).to_radians();
        let margin = w / 14;
        let (ow, oh) = (w + 2 * margin, h + 2 * margin);
        let (cx, cy) = (ow as f32 / 2.0, oh as f32 / 2.0);
        let (sin, cos) = angle.sin_cos();
        // photo_as maps a photo pixel to the page by turning it by `angle` about the
        // centre; a page point goes back by the opposite turn.
        page.map(|[px, py]| {
            let (u, v) = (px - w as f32 / 2.0, py - h as f32 / 2.0);
            let dx = cos * u - sin * v;
            let dy = sin * u + cos * v;
            [
                f64::from((dx + cx) / ow as f32),
                f64::from((dy + cy) / oh as f32),
            ]
        })
    }

    /// The page pictured as `capture` says: a PNG scan or a JPEG photo.
    pub fn picture(&self, capture: Capture, dpi: u32, seed: u64) -> Vec<u8> {
        match capture {
            Capture::Scan => self.scan_png(dpi),
            Capture::Photo => self.photo(dpi, seed),
            Capture::HardPhoto => self.hard_photo(dpi, seed),
        }
    }
}

fn bilinear(img: &GrayImage, x: f32, y: f32) -> f32 {
    let (x0, y0) = (x.floor() as u32, y.floor() as u32);
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let p = |x: u32, y: u32| f32::from(img.get_pixel(x, y).0[0]);
    let top = p(x0, y0) * (1.0 - fx) + p(x0 + 1, y0) * fx;
    let bottom = p(x0, y0 + 1) * (1.0 - fx) + p(x0 + 1, y0 + 1) * fx;
    top * (1.0 - fy) + bottom * fy
}

/// Draws the first page of `pdf` at `scale` pixels per point: (width, height, RGBA).
fn render(pdf: &[u8], scale: f32) -> (u32, u32, Vec<u8>) {
    use hayro::hayro_interpret::InterpreterSettings;
    use hayro::hayro_syntax::Pdf;
    use hayro::vello_cpu::color::palette::css::WHITE;
    use hayro::{render, PixmapSettings, RenderCache, RenderSettings};

    let pdf = Pdf::new(pdf.to_vec()).unwrap_or_else(|e| panic!("a synthetic PDF: {e:?}"));
    let pages = pdf.pages();
    let page = pages
        .first()
        .unwrap_or_else(|| panic!("a synthetic PDF has no page"));
    let settings = PixmapSettings {
        x_scale: scale,
        y_scale: scale,
        bg_color: WHITE,
    };
    let pixmap = render(
        page,
        &RenderCache::new(),
        &InterpreterSettings::default(),
        &RenderSettings::default(),
        &settings,
    );
    let (w, h) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
    (w, h, pixmap.data_as_u8_slice().to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_vary_and_repeat() {
        let a = letter(1);
        assert_eq!(a.facts, letter(1).facts);
        let kinds: std::collections::HashSet<_> = (0..30)
            .map(|n| {
                (
                    letter(n).facts.language,
                    letter(n).facts.layout,
                    letter(n).facts.kind,
                )
            })
            .collect();
        assert!(kinds.len() >= 10, "{kinds:?}");
    }
}

//! A first guess at the categories from the person's own words (the condition and the
//! treatment they typed). A short list of plain keywords, in English and Spanish, each
//! pointing to one category of the DMHC data; the first match wins, and the person can
//! always change it. No match means no guess: the person picks.
//!
//! Keywords match the start of a word ("schizophren" matches "schizophrenia"), ignoring
//! case and Spanish accents.

use serde::Serialize;

/// The categories guessed from the person's words, and the words that matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Suggestion {
    pub diagnosis: Option<&'static str>,
    pub diagnosis_because: Option<&'static str>,
    pub treatment: Option<&'static str>,
    pub treatment_because: Option<&'static str>,
}

/// Diagnosis keywords → category. More specific entries come first (cancer before the
/// organ it is in).
pub const DIAGNOSIS_KEYWORDS: &[(&str, &[&str])] = &[
    (
        "Cancer",
        &[
            "cancer",
            "tumor",
            "tumour",
            "carcinoma",
            "lymphoma",
            "leukemia",
            "leukaemia",
            "melanoma",
            "sarcoma",
            "myeloma",
            "oncolog",
            "glioblastoma",
            "metasta",
        ],
    ),
    (
        "Autism Spectrum",
        &["autism", "autistic", "asperger", "autismo", "autista"],
    ),
    (
        "Mental",
        &[
            "depression",
            "depressive",
            "anxiety",
            "bipolar",
            "schizophren",
            "eating disorder",
            "anorexia",
            "bulimia",
            "ptsd",
            "post-traumatic",
            "obsessive",
            "adhd",
            "psychosis",
            "psychiatric",
            "addiction",
            "substance use",
            "depresion",
            "ansiedad",
            "trastorno alimentario",
            "esquizofren",
            "adiccion",
        ],
    ),
    (
        "Morbid Obesity",
        &["obesity", "obese", "bariatric", "obesidad"],
    ),
    (
        "Orthopedic/ Musculoskeletal",
        &[
            "back pain",
            "lumbar",
            "spine",
            "spinal",
            "radiculopathy",
            "disc",
            "disk",
            "sciatica",
            "scoliosis",
            "osteoarthritis",
            "knee",
            "hip",
            "shoulder",
            "joint",
            "osteoporosis",
            "tendon",
            "fracture",
            "dolor de espalda",
            "columna",
            "rodilla",
            "cadera",
            "hombro",
            "artrosis",
            "fractura",
        ],
    ),
    (
        "Central Nervous System/ Neuromuscular",
        &[
            "multiple sclerosis",
            "epilepsy",
            "seizure",
            "migraine",
            "parkinson",
            "cerebral palsy",
            "paralysis",
            "neuropathy",
            "esclerosis multiple",
            "epilepsia",
            "convulsion",
            "migrana",
        ],
    ),
    (
        "Infectious",
        &[
            "hepatitis",
            "hiv",
            "aids",
            "lyme",
            "infection",
            "infeccion",
            "vih",
            "sida",
        ],
    ),
    (
        "Cardiac/Circulatory",
        &[
            "heart",
            "cardiac",
            "coronary",
            "arrhythmia",
            "hypertension",
            "stroke",
            "varicose",
            "cardiomyopathy",
            "corazon",
            "cardiaco",
            "hipertension",
            "derrame",
            "varices",
        ],
    ),
    (
        "OB-Gyn/ Pregnancy",
        &[
            "pregnan",
            "infertil",
            "endometriosis",
            "fibroid",
            "menopause",
            "miscarriage",
            "embarazo",
            "infertilidad",
            "menopausia",
        ],
    ),
    (
        "Endocrine/ Metabolic",
        &[
            "diabet",
            "thyroid",
            "growth hormone",
            "tiroides",
            "hormona del crecimiento",
        ],
    ),
    (
        "Digestive System/ Gastrointestinal",
        &[
            "crohn",
            "colitis",
            "reflux",
            "gerd",
            "irritable bowel",
            "cirrhosis",
            "pancreatitis",
            "gastritis",
            "reflujo",
            "cirrosis",
        ],
    ),
    (
        "Respiratory System",
        &[
            "asthma",
            "sleep apnea",
            "copd",
            "bronchitis",
            "pneumonia",
            "asma",
            "apnea",
        ],
    ),
    (
        "Skin",
        &[
            "psoriasis",
            "eczema",
            "acne",
            "dermatitis",
            "rash",
            "piel",
            "sarpullido",
        ],
    ),
    (
        "Ears, Nose, Throat",
        &[
            "hearing",
            "sinus",
            "tonsil",
            "vertigo",
            "audicion",
            "sordera",
            "sinusitis",
        ],
    ),
    (
        "Vision",
        &[
            "glaucoma",
            "cataract",
            "macular",
            "retina",
            "eyelid",
            "strabismus",
            "catarata",
            "vision",
        ],
    ),
    (
        "Genitourinary/ Kidney",
        &[
            "kidney",
            "renal",
            "incontinence",
            "urinary",
            "bladder",
            "erectile",
            "rinon",
            "rinones",
        ],
    ),
    (
        "Immunologic",
        &[
            "fibromyalgia",
            "rheumatoid",
            "lupus",
            "chronic fatigue",
            "fibromialgia",
            "artritis reumatoide",
        ],
    ),
    (
        "Foot",
        &["foot", "bunion", "plantar", "heel", "pie", "juanete"],
    ),
    (
        "Dental",
        &["tooth", "teeth", "dental", "diente", "dientes", "muela"],
    ),
    ("Blood Related", &["anemia", "thrombocytopenia", "sangre"]),
    (
        "Genetic",
        &["down syndrome", "sickle cell", "chromosom", "genetic"],
    ),
    ("Chronic Pain", &["chronic pain", "dolor cronico"]),
];

/// Treatment keywords → category.
pub const TREATMENT_KEYWORDS: &[(&str, &[&str])] = &[
    (
        "Cancer Treatment",
        &[
            "chemotherapy",
            "chemo",
            "radiation",
            "proton",
            "oncology",
            "quimioterapia",
            "radioterapia",
        ],
    ),
    (
        "Autism Related Treatment",
        &["applied behavior", "aba therapy", "aba", "terapia aba"],
    ),
    (
        "Diagnostic Imaging, Screening and Testing",
        &[
            "mri",
            "ct scan",
            "pet scan",
            "x-ray",
            "xray",
            "ultrasound",
            "mammogra",
            "scan",
            "imaging",
            "genetic test",
            "lab test",
            "blood test",
            "sleep study",
            "biopsy",
            "resonancia",
            "tomografia",
            "radiografia",
            "ultrasonido",
            "mamografia",
            "analisis",
            "prueba",
        ],
    ),
    (
        "Mental Health Treatment",
        &[
            "residential treatment",
            "psychotherapy",
            "counseling",
            "psychiatric",
            "rehab program",
            "partial hospitalization",
            "psicoterapia",
            "terapia psicologica",
            "tratamiento residencial",
        ],
    ),
    (
        "Rehabilitation Services - Outpatient",
        &[
            "physical therapy",
            "speech therapy",
            "occupational therapy",
            "fisioterapia",
            "terapia fisica",
            "terapia del habla",
            "terapia ocupacional",
        ],
    ),
    (
        "Durable Medical Equipment",
        &[
            "wheelchair",
            "cpap",
            "c-pap",
            "insulin pump",
            "brace",
            "walker",
            "scooter",
            "hospital bed",
            "oxygen",
            "prosthe",
            "orthotic",
            "silla de ruedas",
            "oxigeno",
            "protesis",
            "bomba de insulina",
        ],
    ),
    (
        "Orthopedic",
        &[
            "knee replacement",
            "hip replacement",
            "spinal fusion",
            "fusion",
            "arthroscopy",
            "laminectomy",
            "discectomy",
            "diskectomy",
            "reemplazo de rodilla",
            "reemplazo de cadera",
        ],
    ),
    (
        "General Surgery",
        &[
            "gastric bypass",
            "bariatric",
            "lap band",
            "sleeve",
            "hernia",
            "cirugia bariatrica",
            "bypass gastrico",
        ],
    ),
    (
        "Reconstructive/Plastic Surgery",
        &[
            "breast reduction",
            "reconstruct",
            "plastic surgery",
            "panniculectomy",
            "blepharoplasty",
            "reduccion de senos",
            "cirugia plastica",
        ],
    ),
    (
        "Pain Management",
        &[
            "epidural",
            "nerve block",
            "pain management",
            "pain clinic",
            "bloqueo nervioso",
        ],
    ),
    (
        "Pharmacy/Prescription Drugs",
        &[
            "medication",
            "medicine",
            "drug",
            "prescription",
            "pill",
            "tablet",
            "injection",
            "infusion",
            "insulin",
            "antiviral",
            "medicamento",
            "medicina",
            "receta",
            "pastilla",
            "inyeccion",
        ],
    ),
    ("Chiropractic", &["chiropract", "quiropract"]),
    (
        "Alternative Treatment",
        &["acupuncture", "acupuntura", "biofeedback"],
    ),
    (
        "Home Health Care",
        &[
            "home health",
            "home nursing",
            "cuidado en casa",
            "enfermera en casa",
        ],
    ),
    (
        "Rehabilitation Services - Skilled Nursing Facility - Inpatient",
        &["skilled nursing", "nursing facility", "nursing home"],
    ),
    (
        "Emergency/Urgent Care",
        &[
            "emergency room",
            "urgent care",
            "ambulance",
            "sala de emergencia",
            "ambulancia",
        ],
    ),
    (
        "Acute Medical Services - Inpatient",
        &[
            "hospital stay",
            "inpatient",
            "hospitalization",
            "hospitalizacion",
        ],
    ),
    (
        "Dental/Orthodontic",
        &[
            "dental implant",
            "orthodont",
            "root canal",
            "crown",
            "implante dental",
        ],
    ),
    (
        "Ophthalmology",
        &["cataract surgery", "lasik", "vitrectomy"],
    ),
    (
        "Ear, Nose and Throat Procedures",
        &["cochlear", "septoplasty", "sinus surgery", "tonsillectomy"],
    ),
    (
        "Cardio Vascular",
        &[
            "pacemaker",
            "bypass graft",
            "valve replacement",
            "marcapasos",
        ],
    ),
];

/// Lower case, Spanish accents removed, anything not a letter or digit a space, so that
/// keywords can be matched at word starts.
fn normalize(text: &str) -> String {
    let mut out = String::from(" ");
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'ä' => 'a',
            'é' | 'è' | 'ë' => 'e',
            'í' | 'ï' => 'i',
            'ó' | 'ö' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            c if c.is_alphanumeric() => c,
            '-' => '-',
            _ => ' ',
        };
        out.push(c);
    }
    out
}

fn first_match(
    text: &str,
    table: &'static [(&'static str, &'static [&'static str])],
) -> Option<(&'static str, &'static str)> {
    let text = normalize(text);
    if text.trim().is_empty() {
        return None;
    }
    for (category, words) in table {
        for word in *words {
            if text.contains(&format!(" {word}")) {
                return Some((category, word));
            }
        }
    }
    None
}

/// Guesses categories from what the person typed about the condition and the treatment.
pub fn suggest(condition: &str, treatment: &str) -> Suggestion {
    let diagnosis = first_match(condition, DIAGNOSIS_KEYWORDS);
    let therapy = first_match(treatment, TREATMENT_KEYWORDS);
    Suggestion {
        diagnosis: diagnosis.map(|d| d.0),
        diagnosis_because: diagnosis.map(|d| d.1),
        treatment: therapy.map(|t| t.0),
        treatment_because: therapy.map(|t| t.1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Outcomes;

    #[test]
    fn every_suggested_category_is_in_the_data() {
        let o = Outcomes::bundled();
        let diagnoses: Vec<String> = o.diagnoses().into_iter().map(|c| c.name).collect();
        let treatments: Vec<String> = o.treatments().into_iter().map(|c| c.name).collect();
        for (category, _) in DIAGNOSIS_KEYWORDS {
            assert!(diagnoses.iter().any(|d| d == category), "{category}");
        }
        for (category, _) in TREATMENT_KEYWORDS {
            assert!(treatments.iter().any(|t| t == category), "{category}");
        }
    }

    #[test]
    fn keywords_match_whole_word_starts_in_english_and_spanish() {
        let s = suggest("Lumbar radiculopathy", "MRI of the lumbar spine");
        assert_eq!(s.diagnosis, Some("Orthopedic/ Musculoskeletal"));
        assert_eq!(s.diagnosis_because, Some("lumbar"));
        assert_eq!(
            s.treatment,
            Some("Diagnostic Imaging, Screening and Testing")
        );
        let s = suggest("Cáncer de mama", "Quimioterapia");
        assert_eq!(s.diagnosis, Some("Cancer"));
        assert_eq!(s.treatment, Some("Cancer Treatment"));
        let s = suggest("Lung cancer", "A new medicine");
        assert_eq!(s.diagnosis, Some("Cancer"), "cancer wins over the organ");
        assert_eq!(s.treatment, Some("Pharmacy/Prescription Drugs"));
        // "hip" must not match inside "relationship"; "aids" not inside "braids".
        let s = suggest("relationship problems with braids", "");
        assert_eq!(s, Suggestion::default());
        let s = suggest("Depresión severa", "Tratamiento residencial");
        assert_eq!(s.diagnosis, Some("Mental"));
        assert_eq!(s.treatment, Some("Mental Health Treatment"));
    }

    #[test]
    fn nothing_typed_or_nothing_known_gives_no_guess() {
        assert_eq!(suggest("", ""), Suggestion::default());
        assert_eq!(
            suggest("something rare", "a special thing"),
            Suggestion::default()
        );
    }
}

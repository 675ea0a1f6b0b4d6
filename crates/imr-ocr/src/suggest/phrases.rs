//! What the letter is about: the service it names ("Service requested: …", "RE: Request
//! for …", "Servicio solicitado: …") and the kind of "no" it gives ("not medically
//! necessary", "experimental or investigational", no payment for emergency care).

use super::tokens::Tokens;
use super::{suggestion, Finding, Problem, Suggestion, Value};

const SERVICE_LABELS: &[&[&str]] = &[
    &["service", "requested"],
    &["requested", "service"],
    &["service", "denied"],
    &["services", "requested"],
    &["treatment", "requested"],
    &["requested", "treatment"],
    &["medication", "requested"],
    &["requested", "medication"],
    &["item", "requested"],
    &["procedure", "requested"],
    &["service"],
    &["treatment"],
    &["medication"],
    &["servicio", "solicitado"],
    &["servicio", "denegado"],
    &["servicio", "negado"],
    &["tratamiento", "solicitado"],
    &["medicamento", "solicitado"],
    &["servicio"],
    &["tratamiento"],
    &["medicamento"],
    &["re", "request", "for"],
    &["re", "denial", "of"],
    &["re", "solicitud", "de"],
    &["asunto", "solicitud", "de"],
];

/// After a label that ends with ":" at the start of a line, the rest of the line.
pub(crate) fn service(tokens: &Tokens) -> Option<Suggestion> {
    for (n, line) in tokens.lines.iter().enumerate() {
        for label in SERVICE_LABELS {
            if !line.has_at(0, label) {
                continue;
            }
            // A label ends with a colon ("Service:"), except "RE: Request for …" whose
            // colon is after "RE".
            let re = matches!(label[0], "re" | "asunto");
            let last = &line.tokens[label.len() - 1].original;
            if !re && !last.ends_with(':') {
                continue;
            }
            let start = label.len();
            if start >= line.tokens.len() {
                continue;
            }
            let words: Vec<&str> = line.tokens[start..]
                .iter()
                .map(|t| t.original.as_str())
                .collect();
            let value = words
                .join(" ")
                .trim_end_matches(['.', ',', ';'])
                .trim()
                .to_string();
            if value.chars().filter(|c| c.is_alphabetic()).count() < 3 {
                continue;
            }
            return Some(suggestion(
                tokens,
                n,
                start..line.tokens.len(),
                Some(0..label.len()),
                Finding::Service,
                Value::Text(value),
                true,
            ));
        }
    }
    None
}

const NOT_NECESSARY: &[&[&str]] = &[
    &["not", "medically", "necessary"],
    &["lack", "of", "medical", "necessity"],
    &["no", "es", "medicamente", "necesario"],
    &["no", "es", "medicamente", "necesaria"],
    &["no", "son", "medicamente", "necesarios"],
    &["no", "era", "medicamente", "necesario"],
    &["falta", "de", "necesidad", "medica"],
];

const EXPERIMENTAL: &[&[&str]] = &[
    &["experimental"],
    &["investigational"],
    &["experimentales"],
    &["en", "investigacion"],
];

const EMERGENCY: &[&[&str]] = &[
    &["emergency"],
    &["urgent", "care"],
    &["emergencia"],
    &["emergencias"],
    &["atencion", "de", "urgencia"],
];

const REFUSES_PAYMENT: &[&[&str]] = &[
    &["not", "pay"],
    &["deny", "payment"],
    &["denied", "payment"],
    &["denying", "payment"],
    &["payment", "is", "denied"],
    &["payment", "was", "denied"],
    &["claim", "is", "denied"],
    &["claim", "was", "denied"],
    &["no", "pagara"],
    &["no", "pagaremos"],
    &["negamos", "el", "pago"],
    &["denegamos", "el", "pago"],
    &["pago", "fue", "negado"],
    &["reclamo", "fue", "negado"],
    &["reclamacion", "fue", "negada"],
];

/// The first line where one of `phrases` starts (it may go on to the next line of the
/// same page, as wrapped sentences do): (line, start, how many of its tokens).
fn first(tokens: &Tokens, phrases: &[&[&str]]) -> Option<(usize, usize, usize)> {
    tokens.lines.iter().enumerate().find_map(|(n, line)| {
        let next = tokens
            .lines
            .get(n + 1)
            .filter(|next| next.page == line.page)
            .map(|next| next.tokens.as_slice())
            .unwrap_or(&[]);
        let words: Vec<&str> = line
            .tokens
            .iter()
            .chain(next.iter().take(6))
            .map(|t| t.norm.as_str())
            .collect();
        (0..line.tokens.len()).find_map(|at| {
            phrases.iter().find_map(|p| {
                let fits = p
                    .iter()
                    .enumerate()
                    .all(|(i, w)| words.get(at + i) == Some(w));
                fits.then(|| (n, at, p.len().min(line.tokens.len() - at)))
            })
        })
    })
}

/// The kind of "no": experimental first (such a letter often also says "not medically
/// necessary"), then no payment for emergency care, then not medically necessary.
pub(crate) fn problem(tokens: &Tokens) -> Option<Suggestion> {
    let found = if let Some(hit) = first(tokens, EXPERIMENTAL) {
        Some((hit, Problem::Experimental))
    } else if let (Some(_), Some(hit)) = (first(tokens, EMERGENCY), first(tokens, REFUSES_PAYMENT))
    {
        Some((hit, Problem::EmergencyPayment))
    } else {
        first(tokens, NOT_NECESSARY).map(|hit| (hit, Problem::NotMedicallyNecessary))
    };
    let ((n, at, len), problem) = found?;
    Some(suggestion(
        tokens,
        n,
        at..at + len,
        None,
        Finding::Problem,
        Value::Problem(problem),
        true,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::PageText;

    fn tokens(text: &str) -> Tokens {
        Tokens::of(&[PageText::embedded(text)])
    }

    fn service_in(text: &str) -> Option<String> {
        service(&tokens(text)).and_then(|s| match s.value {
            Value::Text(t) => Some(t),
            _ => None,
        })
    }

    fn problem_in(text: &str) -> Option<Problem> {
        problem(&tokens(text)).and_then(|s| match s.value {
            Value::Problem(p) => Some(p),
            _ => None,
        })
    }

    #[test]
    fn the_service_is_read_after_its_label() {
        assert_eq!(
            service_in("Service requested: MRI of the left knee.").as_deref(),
            Some("MRI of the left knee")
        );
        assert_eq!(
            service_in("RE: Request for physical therapy, 12 visits").as_deref(),
            Some("physical therapy, 12 visits")
        );
        assert_eq!(
            service_in("Servicio solicitado: resonancia magnética de la rodilla").as_deref(),
            Some("resonancia magnética de la rodilla")
        );
        assert_eq!(service_in("The service you asked for is covered"), None);
    }

    #[test]
    fn the_kind_of_no_is_read_from_its_words() {
        assert_eq!(
            problem_in("We decided it is not medically\nnecessary."),
            Some(Problem::NotMedicallyNecessary)
        );
        assert_eq!(
            problem_in("This service is not medically necessary for you."),
            Some(Problem::NotMedicallyNecessary)
        );
        assert_eq!(
            problem_in("The drug is experimental and not medically necessary."),
            Some(Problem::Experimental)
        );
        assert_eq!(
            problem_in("You went to the emergency room on May 2.\nWe will not pay this claim."),
            Some(Problem::EmergencyPayment)
        );
        assert_eq!(
            problem_in("El servicio no es médicamente necesario."),
            Some(Problem::NotMedicallyNecessary)
        );
        assert_eq!(
            problem_in("Usted fue a la sala de emergencias.\nNo pagaremos la factura."),
            Some(Problem::EmergencyPayment)
        );
        assert_eq!(problem_in("Thank you for your letter."), None);
    }
}

//! Text recognition on a picture of a page, with the system's Tesseract (the `tesseract`
//! feature) and its English and Spanish data (Debian: tesseract-ocr-eng,
//! tesseract-ocr-spa). A page is read in English first; when the words read are mostly
//! Spanish ones, it is read again in Spanish, so accents come out right. (Asking for
//! both languages at once, "eng+spa", costs about twice the time on every page.)

use crate::text::PageText;

/// Small words that are common in Spanish and rare in English.
const SPANISH_WORDS: &[&str] = &[
    "de", "la", "el", "que", "los", "las", "del", "su", "para", "por", "una", "con", "es", "se",
    "usted", "este", "esta", "sus", "nuestro",
];

/// Whether a page read in English is in fact Spanish: one word in six is a small
/// Spanish word.
pub fn looks_spanish(page: &PageText) -> bool {
    let words: Vec<String> = page
        .lines
        .iter()
        .flat_map(|l| &l.words)
        .map(|w| w.text.to_lowercase())
        .collect();
    let spanish = words
        .iter()
        .filter(|w| SPANISH_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
        .count();
    words.len() >= 12 && spanish * 6 >= words.len()
}

/// Why a page could not be recognized.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// The app was built without text recognition (the `tesseract` feature off).
    #[error("this copy of the app was built without text recognition")]
    NotBuilt,
    /// Tesseract could not start: the library or its English or Spanish data is not
    /// installed, most likely (Debian: libtesseract5, tesseract-ocr-eng and
    /// tesseract-ocr-spa).
    #[error("text recognition could not start ({0}); the packages libtesseract5, tesseract-ocr-eng and tesseract-ocr-spa may be missing")]
    Start(String),
    /// The picture was refused or could not be read.
    #[error("the page could not be read: {0}")]
    Recognize(String),
}

/// Whether pictures can be read here: built with the feature and the data installed.
pub fn available() -> Result<(), EngineError> {
    Engine::new().map(|_| ())
}

/// A started recognizer. Not shared between threads: make one where it is used.
pub struct Engine {
    #[cfg(feature = "tesseract")]
    english: crate::tesseract::Tesseract,
    #[cfg(feature = "tesseract")]
    spanish: crate::tesseract::Tesseract,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Engine")
    }
}

#[cfg(feature = "tesseract")]
impl Engine {
    /// Starts Tesseract in English, and checks that its Spanish data is there too.
    pub fn new() -> Result<Engine, EngineError> {
        let start = |lang: &str| {
            let mut tess = crate::tesseract::Tesseract::new(lang)
                .map_err(|e| EngineError::Start(format!("{lang}: {e}")))?;
            // Sauvola's local threshold: a phone photo's shadow does not swallow its words.
            tess.set_variable("thresholding_method", "2")
                .map_err(EngineError::Start)?;
            Ok(tess)
        };
        Ok(Engine {
            english: start("eng")?,
            spanish: start("spa")?,
        })
    }

    /// The words on an 8-bit grey picture (`width` × `height`, one byte a pixel, rows
    /// top to bottom) scanned or drawn at `dpi`.
    pub fn read(
        &mut self,
        grey: &[u8],
        width: u32,
        height: u32,
        dpi: u32,
    ) -> Result<PageText, EngineError> {
        let read = |tess: &mut crate::tesseract::Tesseract| {
            tess.read_tsv(grey, width, height, dpi)
                .map(|tsv| PageText::from_tsv(&tsv, width, height, dpi))
                .map_err(EngineError::Recognize)
        };
        let page = read(&mut self.english)?;
        if looks_spanish(&page) {
            return read(&mut self.spanish);
        }
        Ok(page)
    }
}

#[cfg(not(feature = "tesseract"))]
impl Engine {
    /// Without the feature there is no recognizer.
    pub fn new() -> Result<Engine, EngineError> {
        Err(EngineError::NotBuilt)
    }

    /// Never reached: [`Engine::new`] fails.
    pub fn read(
        &mut self,
        _grey: &[u8],
        _width: u32,
        _height: u32,
        _dpi: u32,
    ) -> Result<PageText, EngineError> {
        Err(EngineError::NotBuilt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_of_small_spanish_words_is_spanish() {
        let es = PageText::embedded(
            "Estimado miembro: Hemos negado su solicitud porque el servicio no es necesario para su condición. Puede pedir una revisión de la decisión.",
        );
        let en = PageText::embedded(
            "Dear member: We have denied your request because the service is not medically necessary for your condition. You may ask for a review of the decision.",
        );
        assert!(looks_spanish(&es));
        assert!(!looks_spanish(&en));
    }
}

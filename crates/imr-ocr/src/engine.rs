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
    /// Tesseract could not start: its English or Spanish data is not installed, most
    /// likely (Debian: tesseract-ocr-eng and tesseract-ocr-spa).
    #[error("text recognition could not start ({0}); the packages tesseract-ocr-eng and tesseract-ocr-spa may be missing")]
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
    english: Option<tesseract::Tesseract>,
    #[cfg(feature = "tesseract")]
    spanish: Option<tesseract::Tesseract>,
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
            tesseract::Tesseract::new(None, Some(lang))
                .map_err(|e| EngineError::Start(format!("{lang}: {e}")))
        };
        let english = start("eng")?;
        let spanish = start("spa")?;
        Ok(Engine {
            english: Some(english),
            spanish: Some(spanish),
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
        let page = read_with(&mut self.english, grey, width, height, dpi)?;
        if looks_spanish(&page) {
            return read_with(&mut self.spanish, grey, width, height, dpi);
        }
        Ok(page)
    }
}

#[cfg(feature = "tesseract")]
fn read_with(
    slot: &mut Option<tesseract::Tesseract>,
    grey: &[u8],
    width: u32,
    height: u32,
    dpi: u32,
) -> Result<PageText, EngineError> {
    {
        let fail = |e: &dyn std::fmt::Display| EngineError::Recognize(e.to_string());
        if width == 0 || height == 0 || grey.len() < (width as usize) * (height as usize) {
            return Err(EngineError::Recognize("the picture is empty".into()));
        }
        let tess = slot
            .take()
            .ok_or_else(|| EngineError::Recognize("the recognizer was lost".into()))?;
        let w = i32::try_from(width).map_err(|e| fail(&e))?;
        let h = i32::try_from(height).map_err(|e| fail(&e))?;
        let tess = tess
            .set_frame(grey, w, h, 1, w)
            .map_err(|e| fail(&e))?
            .set_source_resolution(dpi as i32);
        // Sauvola's local threshold: a phone photo's shadow does not swallow its words.
        let tess = tess
            .set_variable("thresholding_method", "2")
            .map_err(|e| fail(&e))?;
        let mut tess = tess.recognize().map_err(|e| fail(&e))?;
        let tsv = tess.get_tsv_text(0).map_err(|e| fail(&e));
        *slot = Some(tess);
        Ok(PageText::from_tsv(&tsv?, width, height, dpi))
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

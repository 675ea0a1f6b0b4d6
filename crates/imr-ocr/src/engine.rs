//! Text recognition on a picture of a page, with the system's Tesseract (the `tesseract`
//! feature) and its English and Spanish data. A page is recognized in both languages at
//! once, so a Spanish letter and an English one are read alike.

use crate::text::PageText;

/// The languages asked of Tesseract: English and Spanish (Debian: tesseract-ocr-eng,
/// tesseract-ocr-spa).
pub const LANGUAGES: &str = "eng+spa";

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
    tess: Option<tesseract::Tesseract>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Engine")
    }
}

#[cfg(feature = "tesseract")]
impl Engine {
    /// Starts Tesseract with English and Spanish.
    pub fn new() -> Result<Engine, EngineError> {
        let tess = tesseract::Tesseract::new(None, Some(LANGUAGES))
            .map_err(|e| EngineError::Start(e.to_string()))?;
        Ok(Engine { tess: Some(tess) })
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
        let fail = |e: &dyn std::fmt::Display| EngineError::Recognize(e.to_string());
        if width == 0 || height == 0 || grey.len() < (width as usize) * (height as usize) {
            return Err(EngineError::Recognize("the picture is empty".into()));
        }
        let tess = self
            .tess
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
        self.tess = Some(tess);
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

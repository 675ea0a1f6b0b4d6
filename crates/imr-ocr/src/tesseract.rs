//! The system's Tesseract, loaded when a picture is first read, not when the app starts.
//!
//! Linking `libtesseract` made every launch load it and about 28 libraries it pulls in
//! (leptonica, curl, gnutls, ldap, …) and run their start-up code before the window could
//! open, for a feature most launches never use. Here the library is opened with
//! `libloading` on first use and only the nine functions of Tesseract's C API the reader
//! needs are looked up. If it is not installed, the app still starts and says that
//! pictures are not read.
//!
//! This is the one module of the workspace allowed `unsafe` (the workspace lint denies
//! it; `crates/imr-app/tests/layering.rs` checks that no other file allows it): calling
//! into C. Each call's contract is written beside it.

#![allow(unsafe_code)]

use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::sync::OnceLock;

use libloading::Library;

/// Tesseract's handle (`TessBaseAPI*`).
type Handle = *mut c_void;

/// The functions of Tesseract's C API (`tesseract/capi.h`, the same in 4.x and 5.x).
struct Api {
    create: unsafe extern "C" fn() -> Handle,
    delete: unsafe extern "C" fn(Handle),
    init3: unsafe extern "C" fn(Handle, *const c_char, *const c_char) -> c_int,
    set_image: unsafe extern "C" fn(Handle, *const u8, c_int, c_int, c_int, c_int),
    set_source_resolution: unsafe extern "C" fn(Handle, c_int),
    set_variable: unsafe extern "C" fn(Handle, *const c_char, *const c_char) -> c_int,
    recognize: unsafe extern "C" fn(Handle, *mut c_void) -> c_int,
    get_tsv_text: unsafe extern "C" fn(Handle, c_int) -> *mut c_char,
    delete_text: unsafe extern "C" fn(*const c_char),
    /// Kept open for the life of the process: the function pointers above point into it.
    _library: Library,
}

/// The names the library goes by: Debian/Ubuntu (Tesseract 5, then 4), other Linux and
/// BSD, macOS (Homebrew), Windows (UB Mannheim's and vcpkg's builds).
const NAMES: &[&str] = &[
    "libtesseract.so.5",
    "libtesseract.so.4",
    "libtesseract.so",
    "libtesseract.5.dylib",
    "libtesseract.dylib",
    "libtesseract-5.dll",
    "tesseract55.dll",
    "tesseract53.dll",
];

static API: OnceLock<Result<Api, String>> = OnceLock::new();

fn api() -> Result<&'static Api, String> {
    API.get_or_init(load).as_ref().map_err(Clone::clone)
}

fn load() -> Result<Api, String> {
    let library = NAMES
        .iter()
        // SAFETY: opening Tesseract runs its and its dependencies' initialisers, which
        // have no preconditions; the names are the library's own.
        .find_map(|name| unsafe { Library::new(name) }.ok())
        .ok_or_else(|| format!("the Tesseract library is not installed ({})", NAMES[0]))?;
    // SAFETY (each lookup): the types are those of the same-named functions in
    // tesseract/capi.h; a missing symbol is an error, not a crash.
    unsafe {
        macro_rules! get {
            ($name:literal) => {
                *library
                    .get(concat!($name, "\0").as_bytes())
                    .map_err(|e| format!("{} is missing from the Tesseract library: {e}", $name))?
            };
        }
        Ok(Api {
            create: get!("TessBaseAPICreate"),
            delete: get!("TessBaseAPIDelete"),
            init3: get!("TessBaseAPIInit3"),
            set_image: get!("TessBaseAPISetImage"),
            set_source_resolution: get!("TessBaseAPISetSourceResolution"),
            set_variable: get!("TessBaseAPISetVariable"),
            recognize: get!("TessBaseAPIRecognize"),
            get_tsv_text: get!("TessBaseAPIGetTsvText"),
            delete_text: get!("TessDeleteText"),
            _library: library,
        })
    }
}

/// One started recognizer in one language.
pub(crate) struct Tesseract {
    api: &'static Api,
    handle: Handle,
}

// SAFETY: a TessBaseAPI may be used from any thread, one thread at a time; `&mut self`
// on every call that uses it makes that so.
unsafe impl Send for Tesseract {}

impl Tesseract {
    /// Starts Tesseract with its data for `lang` ("eng", "spa") from its default place
    /// (Debian: /usr/share/tesseract-ocr/5/tessdata, or `TESSDATA_PREFIX`).
    pub(crate) fn new(lang: &str) -> Result<Tesseract, String> {
        let api = api()?;
        let lang_c = CString::new(lang).map_err(|e| e.to_string())?;
        // SAFETY: create has no preconditions and returns a new handle (never null in
        // practice; checked anyway).
        let handle = unsafe { (api.create)() };
        if handle.is_null() {
            return Err("Tesseract could not be created".into());
        }
        let tess = Tesseract { api, handle };
        // SAFETY: a live handle; a null data path means the default; the language is a
        // NUL-terminated string that outlives the call.
        let status = unsafe { (api.init3)(tess.handle, std::ptr::null(), lang_c.as_ptr()) };
        if status != 0 {
            return Err(format!("its data for '{lang}' could not be loaded"));
        }
        Ok(tess)
    }

    /// Sets `name` to `value` (Tesseract's parameters, e.g. "thresholding_method").
    pub(crate) fn set_variable(&mut self, name: &str, value: &str) -> Result<(), String> {
        let (n, v) = (
            CString::new(name).map_err(|e| e.to_string())?,
            CString::new(value).map_err(|e| e.to_string())?,
        );
        // SAFETY: a live handle and two NUL-terminated strings alive during the call.
        let ok = unsafe { (self.api.set_variable)(self.handle, n.as_ptr(), v.as_ptr()) };
        if ok == 0 {
            return Err(format!("Tesseract has no setting '{name}'"));
        }
        Ok(())
    }

    /// Reads an 8-bit grey picture (`width` × `height`, rows top to bottom, one byte a
    /// pixel) drawn at `dpi` and returns Tesseract's TSV: one row per word with its box
    /// and confidence.
    pub(crate) fn read_tsv(
        &mut self,
        grey: &[u8],
        width: u32,
        height: u32,
        dpi: u32,
    ) -> Result<String, String> {
        let w = c_int::try_from(width).map_err(|e| e.to_string())?;
        let h = c_int::try_from(height).map_err(|e| e.to_string())?;
        let needed = (width as usize)
            .checked_mul(height as usize)
            .ok_or("the picture is too large")?;
        if width == 0 || height == 0 || grey.len() < needed {
            return Err("the picture is empty".into());
        }
        let dpi = c_int::try_from(dpi).map_err(|e| e.to_string())?;
        // SAFETY: `grey` holds at least height × bytes-per-line bytes (checked above), one
        // byte a pixel, and stays borrowed until recognize has returned: Tesseract copies
        // the picture in SetImage and reads it in Recognize, both inside this function.
        unsafe {
            (self.api.set_image)(self.handle, grey.as_ptr(), w, h, 1, w);
            (self.api.set_source_resolution)(self.handle, dpi);
            if (self.api.recognize)(self.handle, std::ptr::null_mut()) != 0 {
                return Err("Tesseract could not recognize the page".into());
            }
            let text = (self.api.get_tsv_text)(self.handle, 0);
            if text.is_null() {
                return Err("Tesseract gave no text".into());
            }
            // The text is NUL-terminated UTF-8 owned by Tesseract: copied, then freed by
            // TessDeleteText as the C API asks.
            let tsv = CStr::from_ptr(text).to_string_lossy().into_owned();
            (self.api.delete_text)(text);
            Ok(tsv)
        }
    }
}

impl Drop for Tesseract {
    fn drop(&mut self) {
        // SAFETY: the handle came from create and is deleted once, here.
        unsafe { (self.api.delete)(self.handle) }
    }
}

//! Adding a pdf document in the app (see imr_fuzz::intake).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    imr_fuzz::intake(imr_packet::Format::Pdf, data);
});

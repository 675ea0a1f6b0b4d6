//! End-to-end tests of the IMR Packet desktop app. The code is in `tests/`: the harness
//! in `tests/support/mod.rs`, the scenarios in `tests/app.rs`. Run them with `scripts/e2e`.

#!/usr/bin/env bash
# Prints how long text recognition takes per letter page (target: 2 s or less on one
# core at 300 dpi), for clean scans and phone-photo-like pictures of the synthetic
# letters. Release build; Tesseract held to one core.
#   bench/ocr-bench.sh [PAGES]
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-10}"
cargo build --release -p imr-ocr --example ocr-bench --quiet
bin="${CARGO_TARGET_DIR:-target}/release/examples/ocr-bench"
echo "== OCR per page, one core (OMP_THREAD_LIMIT=1), $(nproc) cores here"
OMP_THREAD_LIMIT=1 taskset -c 0 "$bin" "$pages"

#!/usr/bin/env bash
# The packet benchmark: prints figures, it is not a timed test.
#
# Builds a packet of 40 phone photos (12 MP JPEG, ~4 MB each) + 3 PDFs of 20 pages with
# imr-packet and, in the same run, the baseline img2pdf + qpdf on the same inputs; prints
# the median times, their ratio and the peak memory against the targets:
#   ratio imr-packet / baseline <= 1.0
#   peak memory of imr-packet  <= total document bytes + 150 MiB
# Then, once each: the same packet in fax mode, and packets of 20, 50, 100 and 200 photo
# pages in mail and fax mode, printing ms per page at each size (linear growth means a
# flat ms/page), the fax conversion time per 12 MP photo page (target <= 60 ms on this
# 2-core machine: the fax build's time less the mail build's, over the photo pages) and
# each build's peak memory against its documents + 150 MiB. Last, the split of one page's
# fax conversion into its stages (decode, resample, upright, whiten, compress).
#
# Usage: bench/packet-bench.sh
# Environment:
#   BENCH_RUNS=5        repetitions (medians are reported)
#   BENCH_DIR=DIR       where the inputs are kept; reused when DIR/case.json exists
#                       (default: a temporary directory, removed at the end)
#   BENCH_SKIP_BUILD=1  use the binaries already in target/release
# Exit status: 0 whether or not the targets are met; non-zero if a command fails.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${BENCH_RUNS:-5}"
TODAY="2026-03-01"
TIME=/usr/bin/time

# --- tools -------------------------------------------------------------------------
missing=()
for tool in img2pdf qpdf pdfinfo; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[[ -x "$TIME" ]] || missing+=("/usr/bin/time")
if ((${#missing[@]})); then
    echo "packet-bench: missing tool(s): ${missing[*]}" >&2
    echo "Install them with:  apt-get install -y img2pdf qpdf poppler-utils time" >&2
    exit 1
fi
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
    echo "packet-bench: BENCH_RUNS must be a positive whole number (got '$RUNS')" >&2
    exit 1
fi

# --- binaries ----------------------------------------------------------------------
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    echo "== Building release binaries"
    (cd "$ROOT" && cargo build --release -p imr-cli && cargo build --release -p imr-fixtures &&
        cargo build --release -p imr-packet --example fax-stages)
fi
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
IMR="$TARGET_DIR/release/imr-packet"
MAKE_INPUTS="$TARGET_DIR/release/make-bench-inputs"
FAX_STAGES="$TARGET_DIR/release/examples/fax-stages"
for bin in "$IMR" "$MAKE_INPUTS" "$FAX_STAGES"; do
    [[ -x "$bin" ]] || { echo "packet-bench: $bin not found (build it first)" >&2; exit 1; }
done

# --- inputs ------------------------------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/packet-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
if [[ -n "${BENCH_DIR:-}" ]]; then
    INPUTS="$BENCH_DIR"
else
    INPUTS="$WORK/inputs"
fi
if [[ -f "$INPUTS/case.json" && -f "$INPUTS/case-200.json" ]]; then
    echo "== Reusing the inputs in $INPUTS"
else
    echo "== Generating the inputs in $INPUTS"
    "$MAKE_INPUTS" "$INPUTS"
fi
INPUTS="$(cd "$INPUTS" && pwd)"
shopt -s nullglob
PHOTOS=("$INPUTS"/photo-*.jpg)
LETTERS=("$INPUTS"/letter-*.pdf)
shopt -u nullglob
if ((${#PHOTOS[@]} != 40 || ${#LETTERS[@]} != 3)); then
    echo "packet-bench: expected 40 photos and 3 letters in $INPUTS, found ${#PHOTOS[@]} and ${#LETTERS[@]}" >&2
    exit 1
fi
DOC_BYTES=$(stat -c %s "${PHOTOS[@]}" "${LETTERS[@]}" | awk '{s += $1} END {printf "%d", s}')
# Read every input once so that no timed run pays for the disk.
cat "${PHOTOS[@]}" "${LETTERS[@]}" "$INPUTS/case.json" >/dev/null

# --- one timed command -------------------------------------------------------------
# run_timed NAME CMD...: runs CMD under /usr/bin/time, appends "wall_s peak_kib" to
# $WORK/NAME.times. Wall time is taken with nanosecond clocks around the command
# (/usr/bin/time's %e has only 10 ms resolution); peak RSS is /usr/bin/time's %M.
run_timed() {
    local name="$1"
    shift
    local start end
    start=$(date +%s%N)
    if ! "$TIME" -f "%e %M" -o "$WORK/$name.last" "$@" >"$WORK/$name.log" 2>&1; then
        echo "packet-bench: '$*' failed:" >&2
        cat "$WORK/$name.log" >&2
        exit 1
    fi
    end=$(date +%s%N)
    local peak
    peak=$(awk 'END {print $2}' "$WORK/$name.last")
    awk -v ns=$((end - start)) -v kib="$peak" 'BEGIN {printf "%.3f %d\n", ns / 1e9, kib}' \
        >>"$WORK/$name.times"
}

IMR_OUT="$WORK/packet.pdf"
IMG_OUT="$WORK/photos.pdf"
BASE_OUT="$WORK/baseline.pdf"

run_imr() {
    rm -f "$IMR_OUT"
    run_timed "$1" "$IMR" build "$INPUTS/case.json" --out "$IMR_OUT" --mode mail --today "$TODAY"
}
run_baseline() {
    rm -f "$IMG_OUT" "$BASE_OUT"
    run_timed "$1-img2pdf" img2pdf "${PHOTOS[@]}" -o "$IMG_OUT"
    run_timed "$1-qpdf" qpdf --empty --pages "$IMG_OUT" "${LETTERS[@]}" -- "$BASE_OUT"
}

echo "== Warm-up (not counted)"
run_imr warmup-imr
run_baseline warmup-base

echo "== $RUNS repetitions"
for ((i = 1; i <= RUNS; i++)); do
    # Alternate which goes first, so neither always runs right after the other's writes.
    if ((i % 2)); then
        run_imr imr
        run_baseline base
    else
        run_baseline base
        run_imr imr
    fi
    # The baseline's time and peak are those of img2pdf and qpdf together.
    paste -d' ' <(tail -n1 "$WORK/base-img2pdf.times") <(tail -n1 "$WORK/base-qpdf.times") |
        awk '{printf "%.3f %d\n", $1 + $3, ($2 > $4 ? $2 : $4)}' >>"$WORK/base.times"
    printf '   run %d: imr-packet %ss, %s KiB | img2pdf+qpdf %ss, %s KiB\n' "$i" \
        $(tail -n1 "$WORK/imr.times") $(tail -n1 "$WORK/base.times")
done

# --- figures -----------------------------------------------------------------------
# median FILE COLUMN
median() {
    awk -v c="$2" '{print $c}' "$1" | sort -g |
        awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
max_of() { awk -v c="$2" 'NR == 1 || $c > m {m = $c} END {print m}' "$1"; }
pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
mib() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1048576}'; }

IMR_T=$(median "$WORK/imr.times" 1)
BASE_T=$(median "$WORK/base.times" 1)
IMG_T=$(median "$WORK/base-img2pdf.times" 1)
QPDF_T=$(median "$WORK/base-qpdf.times" 1)
IMR_KIB=$(max_of "$WORK/imr.times" 2)
IMR_KIB_MED=$(median "$WORK/imr.times" 2)
BASE_KIB=$(max_of "$WORK/base.times" 2)
RATIO=$(awk -v a="$IMR_T" -v b="$BASE_T" 'BEGIN {printf "%.2f", a / b}')
TARGET_BYTES=$((DOC_BYTES + 150 * 1048576))
IMR_BYTES=$((IMR_KIB * 1024))
IMR_SIZE=$(stat -c %s "$IMR_OUT")
BASE_SIZE=$(stat -c %s "$BASE_OUT")

echo
echo "== Packet benchmark: ${#PHOTOS[@]} photos + ${#LETTERS[@]} PDFs, $(mib "$DOC_BYTES") MiB of documents ($DOC_BYTES bytes), $RUNS runs"
echo "   inputs: $INPUTS"
echo "   machine: $(nproc) core(s), $(uname -sr); load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '%-26s %12s %16s %14s %7s\n' "" "median wall" "peak RSS (max)" "output" "pages"
printf '%-26s %11ss %12s MiB %10s MiB %7s\n' "imr-packet build" "$IMR_T" "$(mib "$IMR_BYTES")" "$(mib "$IMR_SIZE")" "$(pages "$IMR_OUT")"
printf '%-26s %11ss %12s MiB %10s MiB %7s\n' "img2pdf + qpdf (baseline)" "$BASE_T" "$(mib $((BASE_KIB * 1024)))" "$(mib "$BASE_SIZE")" "$(pages "$BASE_OUT")"
printf '%-26s %11ss %12s MiB %10s MiB %7s\n' "  img2pdf" "$IMG_T" "$(mib $(($(max_of "$WORK/base-img2pdf.times" 2) * 1024)))" "$(mib "$(stat -c %s "$IMG_OUT")")" "$(pages "$IMG_OUT")"
printf '%-26s %11ss %12s MiB\n' "  qpdf" "$QPDF_T" "$(mib $(($(max_of "$WORK/base-qpdf.times" 2) * 1024)))"
echo
echo "   imr-packet times (s):  $(awk '{printf "%s ", $1}' "$WORK/imr.times")"
echo "   baseline times (s):    $(awk '{printf "%s ", $1}' "$WORK/base.times")"
echo "   imr-packet peak RSS median: $(mib $((IMR_KIB_MED * 1024))) MiB"
echo
if awk -v r="$RATIO" 'BEGIN {exit !(r <= 1.0)}'; then verdict=PASS; else verdict=FAIL; fi
echo "$verdict  time:   imr-packet / baseline = $IMR_T / $BASE_T = $RATIO (target <= 1.00)"
if ((IMR_BYTES <= TARGET_BYTES)); then verdict=PASS; else verdict=FAIL; fi
echo "$verdict  memory: imr-packet peak $(mib "$IMR_BYTES") MiB vs documents $(mib "$DOC_BYTES") MiB + 150 MiB = $(mib "$TARGET_BYTES") MiB"

# --- fax mode and the size series ------------------------------------------------------
# case_bytes CASE: the bytes of every document the case lists (a file listed twice is
# read twice, so it counts twice).
case_bytes() {
    grep -o '"path": "[^"]*"' "$1" | sed 's/"path": "//; s/"$//' |
        while read -r f; do stat -c %s "$INPUTS/$f"; done | awk '{s += $1} END {printf "%d", s}'
}
build_once() { # NAME CASE MODE
    rm -f "$WORK/$1.pdf"
    run_timed "$1" "$IMR" build "$2" --out "$WORK/$1.pdf" --mode "$3" --today "$TODAY"
}
verdict() { if awk "BEGIN {exit !($1)}"; then echo PASS; else echo FAIL; fi; }

echo
echo "== Fax mode, the same 43 documents (1 run)"
build_once fax-all "$INPUTS/case.json" fax
FAX_T=$(awk 'END {print $1}' "$WORK/fax-all.times")
FAX_KIB=$(awk 'END {print $2}' "$WORK/fax-all.times")
printf '   imr-packet build --mode fax: %ss, peak %s MiB, %s MiB, %s pages (mail: %ss, %s MiB)\n' \
    "$FAX_T" "$(mib $((FAX_KIB * 1024)))" "$(mib "$(stat -c %s "$WORK/fax-all.pdf")")" \
    "$(pages "$WORK/fax-all.pdf")" "$IMR_T" "$(mib "$IMR_SIZE")"

echo
echo "== Packets of 20 to 200 photo pages (12 MP each), 1 run each (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%8s %10s %9s %11s %10s %9s %11s %11s %12s\n' pages "mail s" "ms/page" "mail MiB" "fax s" "ms/page" "fax MiB" "fax conv." "docs+150MiB"
SERIES_OK=1
for n in 20 50 100 200; do
    build_once "mail-$n" "$INPUTS/case-$n.json" mail
    build_once "fax-$n" "$INPUTS/case-$n.json" fax
    read -r mt mk < <(tail -n1 "$WORK/mail-$n.times")
    read -r ft fk < <(tail -n1 "$WORK/fax-$n.times")
    bytes=$(case_bytes "$INPUTS/case-$n.json")
    limit=$((bytes + 150 * 1048576))
    conv=$(awk -v f="$ft" -v m="$mt" -v n="$n" 'BEGIN {printf "%.1f", (f - m) * 1000 / n}')
    printf '%8d %10s %9.1f %11s %10s %9.1f %11s %8s ms %12s\n' "$n" "$mt" \
        "$(awk -v t="$mt" -v n="$n" 'BEGIN {print t * 1000 / n}')" "$(mib $((mk * 1024)))" \
        "$ft" "$(awk -v t="$ft" -v n="$n" 'BEGIN {print t * 1000 / n}')" "$(mib $((fk * 1024)))" \
        "$conv" "$(mib "$limit")"
    ((mk * 1024 <= limit && fk * 1024 <= limit)) || SERIES_OK=0
    echo "$n $mt $ft $conv" >>"$WORK/series"
done
CONV200=$(awk '$1 == 200 {print $4}' "$WORK/series")
# Linear: the ms/page at 200 pages is within 25% of that at 20 pages (both modes).
LIN=$(awk '$1 == 20 {m20 = $2 / 20; f20 = $3 / 20} $1 == 200 {m200 = $2 / 200; f200 = $3 / 200}
    END {printf "%.2f %.2f", m200 / m20, f200 / f20}' "$WORK/series")
read -r LIN_M LIN_F <<<"$LIN"
echo
echo "$(verdict "$CONV200 <= 60") fax:    conversion $CONV200 ms per 12 MP photo page at 200 pages (target <= 60, $(nproc) cores)"
echo "$(verdict "$LIN_M <= 1.25 && $LIN_F <= 1.25") linear: ms/page at 200 pages / at 20 pages = $LIN_M (mail), $LIN_F (fax) (target <= 1.25)"
echo "$( ((SERIES_OK)) && echo PASS || echo FAIL) memory: every build of the series within its documents + 150 MiB"

# Where one page's time goes: the stages of the fax conversion of the first 10 photos
# (4 of them stored sideways), one page after another on one core.
echo
echo "== Fax conversion stages (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
"$FAX_STAGES" "${PHOTOS[@]:0:10}"

#!/usr/bin/env bash
# The launch benchmark: prints figures, it is not a timed test.
#
# Times "launch to first screen" of the IMR Packet app (imr-packet-app, release build)
# against an empty Tauri v2 window built the same way (bench/empty-tauri: same tauri
# version, same release profile, static page embedded from frontendDist). Target:
#   median(IMR Packet) / median(empty window) <= 1.1 (issue 11; it was 1.5)
#
# How "first screen" is seen, the same for both apps: once the page has built its first
# screen (IMR Packet: at the end of boot() in ui/app.js, after the start page is rendered;
# the empty app: when its page with one <h1> has run its script) it waits for the next
# frame to be painted (requestAnimationFrame, then a task) and calls the command
# `bench_ready`, with its own time marks (performance.now() at each step of its start).
# With BENCH_EXIT_WHEN_READY=1 that command prints the wall-clock time in Unix nanoseconds
# and the marks, and exits the app; without it, it does nothing. No WebDriver is
# involved. For each run the script records, with the same nanosecond clock:
#   ready = app's printed time - time just before spawn   (the figure the target is about)
#   exit  = time after the process ended - time just before spawn
#
# Both apps run under one Xvfb, alternately (which goes first alternates too), after one
# warm-up launch of each that is not counted. IMR Packet gets an empty data folder that
# stays the same across runs (its start page then lists no saved applications).
#
# Usage: bench/launch-bench.sh
# Environment:
#   BENCH_RUNS=24       launches of each app (medians are reported; one launch varies by
#                       ±60 ms on the 2-core machine, so fewer runs cannot tell 1.1 from 1.15)
#   BENCH_SKIP_BUILD=1  use the binaries already in target/release
#   BENCH_TIMEOUT=30    seconds after which one launch counts as failed
# Exit status: 0 whether or not the target is met; non-zero if an app fails to start or
# to report its first screen.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${BENCH_RUNS:-24}"
TIMEOUT="${BENCH_TIMEOUT:-30}"
TARGET_RATIO=1.1

if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
    echo "launch-bench: BENCH_RUNS must be a positive whole number (got '$RUNS')" >&2
    exit 1
fi
for tool in Xvfb timeout; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "launch-bench: $tool is missing (apt-get install -y xvfb coreutils)" >&2
        exit 1
    }
done

# --- binaries ----------------------------------------------------------------------
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    echo "== Building release binaries (imr-desktop, empty-tauri)"
    (cd "$ROOT" && cargo build --release -p imr-desktop -p empty-tauri)
fi
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
IMR="$TARGET_DIR/release/imr-packet-app"
EMPTY="$TARGET_DIR/release/empty-tauri"
for bin in "$IMR" "$EMPTY"; do
    [[ -x "$bin" ]] || { echo "launch-bench: $bin not found (build it first)" >&2; exit 1; }
done

# --- one display for every run -----------------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/launch-bench.XXXXXX")"
XVFB_PID=""
cleanup() {
    if [[ -n "$XVFB_PID" ]]; then
        kill -TERM "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
# -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
mkfifo "$WORK/displayfd"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/displayfd" >/dev/null 2>&1 &
XVFB_PID=$!
read -r -t 10 DISPLAY_NUM <"$WORK/displayfd" || true
if ! [[ "${DISPLAY_NUM:-}" =~ ^[0-9]+$ ]]; then
    echo "launch-bench: Xvfb did not report a display" >&2
    exit 1
fi
export DISPLAY=":$DISPLAY_NUM"
# No accessibility bus under Xvfb: without this GTK may wait for it.
export NO_AT_BRIDGE=1
export BENCH_EXIT_WHEN_READY=1
mkdir -p "$WORK/imr-data"
export IMR_PACKET_DATA_DIR="$WORK/imr-data"
export IMR_PACKET_TODAY=2026-03-01

# --- one launch ----------------------------------------------------------------------
# launch NAME BINARY: appends "ready_ms exit_ms" to $WORK/NAME.times.
launch() {
    local name="$1" bin="$2" start end status=0 ready_ns
    start=$(date +%s%N)
    timeout "$TIMEOUT" "$bin" >"$WORK/$name.out" 2>"$WORK/$name.err" || status=$?
    end=$(date +%s%N)
    ready_ns=$(sed -n 's/^BENCH_READY unix_ns=\([0-9]*\)$/\1/p' "$WORK/$name.out" | head -n1)
    if ((status != 0)) || [[ -z "$ready_ns" ]]; then
        if ((status == 124)); then
            echo "launch-bench: $bin did not report its first screen within ${TIMEOUT}s" >&2
        else
            echo "launch-bench: $bin exited with status $status without reporting its first screen" >&2
        fi
        cat "$WORK/$name.out" "$WORK/$name.err" >&2
        exit 1
    fi
    awk -v s="$start" -v r="$ready_ns" -v e="$end" \
        'BEGIN {printf "%.1f %.1f\n", (r - s) / 1e6, (e - s) / 1e6}' >>"$WORK/$name.times"
    # Where the time went: "page=<spawn to the web view loading the page> <step>=<spawn to
    # that step>" (the steps the page reports: see bench_ready).
    sed -n 's/^BENCH_MARKS origin_ms=\([0-9.]*\) *\(.*\)$/\1 \2/p' "$WORK/$name.out" | head -n1 |
        awk -v s="$start" '{
            page = $1 - s / 1e6; printf "page=%.1f", page
            for (i = 2; i <= NF; i++) { split($i, kv, "="); printf " %s=%.1f", kv[1], page + kv[2] }
            printf "\n"
        }' >>"$WORK/$name.marks"
}

echo "== Warm-up (not counted)"
launch warmup-imr "$IMR"
launch warmup-empty "$EMPTY"

echo "== $RUNS launches of each, alternating"
for ((i = 1; i <= RUNS; i++)); do
    if ((i % 2)); then
        launch imr "$IMR"
        launch empty "$EMPTY"
    else
        launch empty "$EMPTY"
        launch imr "$IMR"
    fi
    printf '   run %2d: IMR Packet %s ms (exit %s ms) | empty window %s ms (exit %s ms)\n' "$i" \
        $(tail -n1 "$WORK/imr.times") $(tail -n1 "$WORK/empty.times")
done

# --- figures -----------------------------------------------------------------------
# median FILE COLUMN
median() {
    awk -v c="$2" '{print $c}' "$1" | sort -g |
        awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
minmax() { awk -v c="$2" 'NR == 1 {lo = $c; hi = $c} $c < lo {lo = $c} $c > hi {hi = $c} END {printf "%s–%s", lo, hi}' "$1"; }

IMR_READY=$(median "$WORK/imr.times" 1)
IMR_EXIT=$(median "$WORK/imr.times" 2)
EMPTY_READY=$(median "$WORK/empty.times" 1)
EMPTY_EXIT=$(median "$WORK/empty.times" 2)
RATIO=$(awk -v a="$IMR_READY" -v b="$EMPTY_READY" 'BEGIN {printf "%.2f", a / b}')
RATIO_EXIT=$(awk -v a="$IMR_EXIT" -v b="$EMPTY_EXIT" 'BEGIN {printf "%.2f", a / b}')

echo
echo "== Launch benchmark: $RUNS launches each, release builds"
echo "   machine: $(nproc) core(s), $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   binaries: imr-packet-app $(($(stat -c %s "$IMR") / 1024)) KiB, empty-tauri $(($(stat -c %s "$EMPTY") / 1024)) KiB"
echo
printf '%-22s %16s %12s %18s\n' "" "first screen" "(range)" "spawn to exit"
printf '%-22s %13s ms %12s %15s ms\n' "IMR Packet" "$IMR_READY" "$(minmax "$WORK/imr.times" 1)" "$IMR_EXIT"
printf '%-22s %13s ms %12s %15s ms\n' "empty Tauri v2 window" "$EMPTY_READY" "$(minmax "$WORK/empty.times" 1)" "$EMPTY_EXIT"
# steps FILE: the median of each step over the launches, in the order first reported.
steps() {
    [[ -s "$1" ]] || return 0
    local name out=""
    for name in $(head -n1 "$1" | tr ' ' '\n' | cut -d= -f1); do
        out+=" $name $(tr ' ' '\n' <"$1" | sed -n "s/^$name=//p" | sort -g |
            awk '{v[NR] = $1} END {if (NR % 2) printf "%.0f", v[(NR + 1) / 2]; else printf "%.0f", (v[NR / 2] + v[NR / 2 + 1]) / 2}')"
    done
    echo "$out"
}
echo
echo "   where the time goes (median ms from spawn: the web view starts loading the page, then each step):"
echo "     IMR Packet:   $(steps "$WORK/imr.marks")"
echo "     empty window: $(steps "$WORK/empty.marks")"
echo
if awk -v r="$RATIO" -v t="$TARGET_RATIO" 'BEGIN {exit !(r <= t)}'; then verdict=PASS; else verdict=FAIL; fi
echo "$verdict  first screen: IMR Packet / empty window = $IMR_READY / $EMPTY_READY = $RATIO (target <= $TARGET_RATIO)"
echo "      spawn to exit: $IMR_EXIT / $EMPTY_EXIT = $RATIO_EXIT"

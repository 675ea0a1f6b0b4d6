// The first screen is the static <h1>: report it as the IMR Packet page does at the end
// of its boot(). The command does nothing unless BENCH_EXIT_WHEN_READY=1.
if (window.__TAURI__) window.__TAURI__.core.invoke("bench_ready").catch(() => {});

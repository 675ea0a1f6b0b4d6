// Asks for the start page's data the moment the page is read, while the window's modules
// are still being fetched: app.js takes the answer when it has loaded
// (bench/launch-bench.sh). No import, no rule: one request.
window.imrMarks = { launch: performance.now() };
window.imrStart = window.__TAURI__.core.invoke("start");
// Kept until app.js takes it; an error there is shown by app.js, not reported here.
window.imrStart.catch(() => {});

// The benchmark's baseline: a page of this extension that paints a line and
// marks "ready" at the same point a Preact effect would run (after a frame).
// Built into the test build only (see wxt.config.ts).
requestAnimationFrame(() => setTimeout(() => performance.mark('ready')));

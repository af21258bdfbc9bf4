// The worker: wires browser events to the pure core. Nothing periodic runs
// here; it wakes only for events.
export default defineBackground(() => {});

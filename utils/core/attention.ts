// Who is looking at what: how each browser event changes the tracker's view
// of focus, the viewed tab and idle, and whether that view counts as time on
// a site (see tracker.ts for the rules).
import type { Tab, TrackerEvent, TrackerState } from './tracker-model';

export function applyEvent(state: TrackerState, event: TrackerEvent): TrackerState {
  switch (event.type) {
    case 'init':
      return {
        ...state,
        focusedWindowId: event.focusedWindowId,
        viewing: event.viewing,
        idle: event.idle,
      };
    case 'tabActivated':
      return event.tab.windowId === state.focusedWindowId
        ? { ...state, viewing: event.tab }
        : state;
    case 'tabUpdated': {
      const isViewed = state.viewing?.tabId === event.tab.tabId;
      const nowViewed = event.active && event.tab.windowId === state.focusedWindowId;
      return isViewed || nowViewed ? { ...state, viewing: event.tab } : state;
    }
    case 'tabRemoved':
      return state.viewing?.tabId === event.tabId ? { ...state, viewing: null } : state;
    case 'windowFocused':
      // Our popup took the focus, or gave it back before the browser said
      // where: the person is still at the page it opened over. If they went
      // to another application meanwhile, the next checkpoint says so.
      if (event.windowId === null && event.ownPopup) return state;
      return { ...state, focusedWindowId: event.windowId, viewing: event.activeTab };
    case 'idle':
      return { ...state, idle: event.state };
    case 'alarm':
      // No browser window has focus: the same as a "no window" focus event.
      return event.browserFocused === false
        ? { ...state, focusedWindowId: null, viewing: null }
        : state;
    case 'settingsChanged':
      return event.viewing === undefined ? state : { ...state, viewing: event.viewing };
  }
}

/**
 * Time counts while the viewed tab is the active tab of the focused window
 * and the person is present: active, or idle while that tab plays sound
 * (watching a video needs no input). Locked never counts.
 */
export function isCounting(s: TrackerState): s is TrackerState & { viewing: Tab } {
  const present = s.idle === 'active' || (s.idle === 'idle' && s.viewing?.audible === true);
  return (
    present &&
    s.focusedWindowId !== null &&
    s.viewing !== null &&
    s.viewing.windowId === s.focusedWindowId
  );
}

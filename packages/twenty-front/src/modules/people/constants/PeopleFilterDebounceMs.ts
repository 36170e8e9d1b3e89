// How long People waits after the last keystroke in its filters before it applies them.
export const PEOPLE_FILTER_DEBOUNCE_MS = 300;

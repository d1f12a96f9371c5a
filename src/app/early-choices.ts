/**
 * Choices made on the prerendered page before the app runs it. Its selects are plain HTML until
 * then: a year picked while the data and the code load would show in the control and then vanish.
 * boot.ts starts the recording with the page; the app takes what was recorded when it decides
 * how to draw the page and again once it runs it (src/app/first-screen.ts, applyEarlyChoices).
 * Kept tiny: it is part of the first screen's script.
 */
let recorded = new Map<string, string>();
let listening = false;

function onChange(event: Event) {
  const control = event.target;
  // The filter bar's selects are named after their URL parameter.
  if (control instanceof HTMLSelectElement && control.name && control.form?.classList.contains('filter-bar')) {
    recorded.set(control.name, control.value);
  }
}

export function recordEarlyChoices(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('change', onChange, true);
}

export function stopRecordingEarlyChoices(): void {
  listening = false;
  document.removeEventListener('change', onChange, true);
}

/** The URL parameters chosen since the last call, in the order chosen ('' for "all"). */
export function takeEarlyChoices(): Map<string, string> {
  const taken = recorded;
  recorded = new Map();
  return taken;
}

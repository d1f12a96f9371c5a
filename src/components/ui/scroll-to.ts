/**
 * Scrolls to an element once it is on the page (the Sources view mounts its checks one per frame),
 * giving up after about three seconds.
 */
export function scrollToWhenPresent(id: string, frames = 180): void {
  const el = document.getElementById(id);
  if (el) {
    el.scrollIntoView({ block: 'start' });
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  } else if (frames > 0) requestAnimationFrame(() => scrollToWhenPresent(id, frames - 1));
}

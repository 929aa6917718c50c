/**
 * The meeting page's table of contents marks the section being read (`aria-current="location"`), and
 * stays unfolded where it is a sidebar. The only script of the site besides search and the theme switch.
 */
const toc = document.querySelector<HTMLElement>('[data-toc]');
if (toc) {
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((link) =>
    document.getElementById(decodeURIComponent(link.hash.slice(1))),
  );
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    // The section being read is the last whose heading has passed the top quarter of the window.
    const line = window.innerHeight * 0.25;
    let index = -1;
    targets.forEach((target, at) => {
      if (target && target.getBoundingClientRect().top <= line) index = at;
    });
    // At the foot of the page the last sections can never reach that line; the last one is read.
    const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    if (atEnd) index = targets.length - 1;
    const next = links[index];
    if (next === current) return;
    current?.removeAttribute('aria-current');
    next?.setAttribute('aria-current', 'location');
    current = next;
  };
  let queued = false;
  window.addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  update();

  const wide = window.matchMedia('(min-width: 64rem)');
  const fold = toc.querySelector('details');
  const unfold = () => {
    if (fold && wide.matches) fold.open = true;
  };
  wide.addEventListener('change', unfold);
  unfold();
}

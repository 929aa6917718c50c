/**
 * The only script every page loads up front, so it stays tiny: it wires the Ctrl/Cmd+K shortcut and
 * fetches the search dropdown (and with it Pagefind) only once the header search box is focused or
 * typed in. Pages opened from a search result (`?highlight=…`) also load the term highlighter.
 */
const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

if (form && input) {
  let enhancing: Promise<void> | undefined;
  const enhance = () => {
    enhancing ??= import('./header-combobox.ts').then((module) =>
      module.enhanceHeaderSearch(form, input),
    );
  };
  input.addEventListener('focus', enhance, { once: true });
  input.addEventListener('input', enhance, { once: true });
  if (document.activeElement === input) enhance();

  // Ctrl/Cmd+K only: a single-key shortcut would fire while people type (WCAG 2.1.4).
  document.addEventListener('keydown', (event) => {
    if (
      !(event.ctrlKey || event.metaKey) ||
      event.altKey ||
      event.shiftKey ||
      event.key.toLowerCase() !== 'k'
    )
      return;
    event.preventDefault();
    // On the search page the page's own query box is the one to use.
    const target =
      document.querySelector<HTMLInputElement>('[data-search-shortcut-target]') ?? input;
    target.focus();
    target.select();
  });
}

if (/[?&]highlight=[^&#]/.test(location.search)) {
  void import('./highlight.ts').then((module) => module.highlightTerms());
}

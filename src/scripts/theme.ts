/**
 * The theme switch's one shared fact. BaseLayout's <head> repeats the key in its inline script,
 * which runs before any module can load (that is what prevents a flash of the wrong theme).
 */
export const themeStorageKey = 'minutebook-theme';

// Astro's own declarations of `astro:content` and `import.meta.env`, so type checks and lint work on a
// fresh clone, before `astro sync` has generated `.astro/types.d.ts`.
/// <reference types="astro/client" />

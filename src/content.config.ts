import { defineCollection } from 'astro:content';
import settings from 'virtual:minutebook/settings';
import { minutebookLoader } from './lib/content-loaders.ts';

// Resolved by the minutebook() integration from astro.config.mjs and the environment.
const { contentDir } = settings;

/**
 * One collection for the whole content folder: the archive context and one analysed entry per
 * meeting (see `src/lib/content-loaders.ts`). Their shapes are the TypeScript types of
 * `src/lib/archive`; the files themselves were checked against the zod schemas by the loader.
 */
export const collections = {
  archive: defineCollection({ loader: minutebookLoader(contentDir) }),
};

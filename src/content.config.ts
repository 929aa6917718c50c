import { defineCollection } from 'astro:content';
import settings from 'virtual:minutebook/settings';
import { z } from 'zod';
import { minutesLoader, registriesLoader } from './lib/content-loaders.ts';
import { minutesFrontmatterSchema } from './lib/schema/minutes.ts';

// Resolved by the minutebook() integration from astro.config.mjs and the environment.
const { contentDir } = settings;

/** The frontmatter plus where the entry came from, so the archive can point back into the file. */
const minutesEntrySchema = minutesFrontmatterSchema.extend({
  file: z.string(),
  format: z.enum(['md', 'mdx']),
  bodyStartLine: z.number().int().positive(),
});

export const collections = {
  minutes: defineCollection({ loader: minutesLoader(contentDir), schema: minutesEntrySchema }),
  registries: defineCollection({ loader: registriesLoader(contentDir) }),
};

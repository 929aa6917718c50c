import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env['CONTENT_DIR'];
if (!contentDir)
  throw new Error('CONTENT_DIR must name the content folder to build (it holds minutes/).');

const minutesGlob = glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/minutes` });

// The wrapper only times the loader, so the bench can split content loading from rendering; the work
// done is the stock glob loader's.
const minutes = defineCollection({
  loader: {
    name: 'timed-glob',
    load: async (context) => {
      const started = performance.now();
      await minutesGlob.load(context);
      console.log(`[baseline] timing content ${Math.round(performance.now() - started)}`);
    },
  },
  schema: z.looseObject({ title: z.string(), date: z.union([z.string(), z.date()]) }),
});

export const collections = { minutes };

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import settings from 'virtual:minutebook/settings';
import { getArchive } from '../../content';

/** The local files minutes link to (slides, images), published as they are. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.attachments.map((attachment) => ({
    params: { path: attachment },
    props: { attachment },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ attachment: string }> = async ({ props }) => {
  // The content folder as the minutebook() integration resolved it (astro.config.mjs or CONTENT_DIR).
  return new Response(await readFile(path.join(settings.contentDir, 'minutes', props.attachment)));
};

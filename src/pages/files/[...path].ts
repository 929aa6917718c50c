import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../content';
import { readBuildSettings } from '../../lib/build-settings';

/** The local files minutes link to (slides, images), published as they are. */
export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.attachments.map((attachment) => ({
    params: { path: attachment },
    props: { attachment },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ attachment: string }> = async ({ props }) => {
  const { contentDir } = readBuildSettings(process.env);
  return new Response(await readFile(path.join(contentDir, 'minutes', props.attachment)));
};

import type { APIRoute } from 'astro';
import { getArchive } from '../content';
import { toArchiveJson } from '../lib/archive/to-json';

export const GET: APIRoute = async () => {
  const archive = await getArchive();
  return new Response(JSON.stringify(toArchiveJson(archive)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

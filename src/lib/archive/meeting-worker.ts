/**
 * A worker thread holding one shard of a content sync (see `meeting-pool.ts`). Node runs this file
 * and what it imports as TypeScript directly (type stripping), outside Vite and Astro.
 */
import { parentPort } from 'node:worker_threads';
import { createMeetingShard } from './meeting-shard.ts';
import { toShardReply, type ShardRequest } from './shard-messages.ts';

const port = parentPort;
if (port) {
  const shard = createMeetingShard();
  port.on('message', (request: ShardRequest) => port.postMessage(toShardReply(shard, request)));
}

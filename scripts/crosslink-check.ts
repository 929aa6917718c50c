/**
 * npm run crosslink:check -- <dist>
 * Checks the cross-linking of a built SVSM corpus archive (tools/corpus/crosslink-check.ts).
 * Prints `crosslink-check: N passed, M failed`.
 */
import path from 'node:path';
import { runCrosslinkCheck } from '../tools/corpus/crosslink-check.ts';

const { passed, failed } = await runCrosslinkCheck(path.resolve(process.argv[2] ?? 'dist'));
console.log(`crosslink-check: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

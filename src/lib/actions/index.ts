/** Action items and decisions found in bullets. See `extract-action.ts` and `extract-decision.ts`. */
export {
  extractAction,
  isActionLabel,
  splitSentences,
  stripInlineMarkdown,
  type ActionOwner,
  type ExtractedAction,
} from './extract-action.ts';
export { extractDecision, isDecision, type ExtractedDecision } from './extract-decision.ts';

/** Commitments, decisions and suggestions found in bullets. See `outcomes.ts` for the rules. */
export {
  extractAction,
  isActionLabel,
  splitSentences,
  stripInlineMarkdown,
  type ActionOwner,
  type ExtractedAction,
} from './extract-action.ts';
export {
  extractDecision,
  isDecision,
  isUndecided,
  pollCarried,
  type ExtractedDecision,
} from './extract-decision.ts';
export { labelKind, OWNER_COLUMN_WORDS, TASK_COLUMN_WORDS, type LabelKind } from './cues.ts';
export {
  findOutcomes,
  type BulletContext,
  type BulletOutcomes,
  type Outcome,
  type OutcomeKind,
  type OutcomeOwner,
} from './outcomes.ts';

/** Author: Markdown drafts of a report for a person to fill in, prefilled from last year's report. */
export { draftReport, FIRST_YEAR, type Draft, type DraftOptions } from './draft.js';
export { GUIDANCE_MARK, isGuidanceLine } from './guidance.js';

/** Every rule with its examples, in the order findings about the same place are listed. */
import type { RuleExamples } from '../examples.js';
import type { Rule } from '../types.js';
import * as B1 from './B1-balance.js';
import * as B2 from './B2-outcome-sum.js';
import * as B3 from './B3-row-total.js';
import * as C1 from './C1-appeal-total.js';
import * as blankCell from './blank-cell.js';
import * as cellLookalikeZero from './cell-lookalike-zero.js';
import * as citation from './citation.js';
import * as collapsedRow from './collapsed-row.js';
import * as dateAfterDeadline from './date-after-deadline.js';
import * as dateBeforeYearEnd from './date-before-year-end.js';
import * as dateMissing from './date-missing.js';
import * as extraCells from './extra-cells.js';
import * as feeOverdueNotice from './fee-overdue-notice.js';
import * as feeStatement from './fee-statement.js';
import * as feeUnit from './fee-unit.js';
import * as formatVersion from './format-version.js';
import * as labelOfficial from './label-official.js';
import * as metaAgencyMismatch from './meta-agency-mismatch.js';
import * as metaYear from './meta-year.js';
import * as overviewCoverage from './overview-coverage.js';
import * as problemsRectification from './problems-rectification.js';
import * as regulationsByBody from './regulations-by-body.js';
import * as sections from './sections.js';
import * as splitAmbiguous from './split-ambiguous.js';
import * as tableIncomplete from './table-incomplete.js';
import * as textAppeals from './text-appeals.js';
import * as textRequestCount from './text-request-count.js';
import * as valueDomain from './value-domain.js';
import * as xyearCarryOver from './xyear-carry-over.js';
import * as xyearInForce from './xyear-in-force.js';
import * as xyearProblemsCopied from './xyear-problems-copied.js';

export interface RuleModule {
  rule: Rule;
  examples: RuleExamples;
}

export const RULE_MODULES: RuleModule[] = [
  // Structure and format first: they say whether the rest can be trusted.
  formatVersion,
  sections,
  tableIncomplete,
  collapsedRow,
  extraCells,
  splitAmbiguous,
  blankCell,
  cellLookalikeZero,
  valueDomain,
  labelOfficial,
  B1,
  B2,
  B3,
  C1,
  metaAgencyMismatch,
  metaYear,
  dateBeforeYearEnd,
  dateAfterDeadline,
  dateMissing,
  citation,
  textRequestCount,
  textAppeals,
  feeStatement,
  feeOverdueNotice,
  feeUnit,
  regulationsByBody,
  overviewCoverage,
  problemsRectification,
  xyearCarryOver,
  xyearInForce,
  xyearProblemsCopied,
];

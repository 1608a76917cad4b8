/**
 * What each column of a survey export holds: the plan the readers follow. It is detected from
 * the headers and cells (each column with a reason the user can read), changed by the user in
 * the mapping step, and saved in an import recipe to read the next wave's export the same way.
 */

export type { Scale, SurveyColumn, SurveyColumnKind, SurveyPlan, UnmatchedName } from '../../model/types.ts';

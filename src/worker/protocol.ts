/**
 * The one typed protocol between the page and Kith's workers. Requests carry an id; every
 * reply names the request it answers, so a late reply to a cancelled request is ignored.
 * Typed arrays in replies are transferred, not copied.
 */
import type { AnalysisResult } from '../core/analyse.ts';
import type { ChangeReport } from '../core/change/report.ts';
import type { PersonTrajectory } from '../core/change/trends.ts';
import type { FindingsReport } from '../core/findings/all.ts';
import type { EgoNetwork } from '../core/findings/ego.ts';
import type { Removal, RiskResult } from '../core/findings/risk.ts';
import type { InputFile } from '../core/import/dataset.ts';
import type { Alias } from '../core/import/matching.ts';
import type { SurveyPreview } from '../core/import/survey/preview.ts';
import type { WorkbookSniff } from '../core/import/xlsx.ts';
import type { Dataset } from '../core/model/types.ts';
import type { LayoutEdges } from '../core/view/layout-edges.ts';
import type { NetworkView } from '../core/view/view.ts';

export type { AnalysisResult };

// ---- analysis worker -------------------------------------------------------------------

export type AnalysisRequest =
  | { type: 'import'; id: number; name: string; files: InputFile[]; aliases?: Alias[] }
  /** The mapping step's view of a survey file: its first rows, its columns' roles, names to check. */
  | { type: 'previewSurvey'; id: number; files: InputFile[]; target: string; aliases: Alias[] }
  /** A workbook's sheets and one sheet's headers, for the import dialog (unzipping is too slow for the page). */
  | { type: 'sniffWorkbook'; id: number; bytes: ArrayBuffer; sheet?: string }
  /**
   * dataset: sent when the worker does not hold it yet (new worker, or a dataset imported
   * elsewhere); null means "the one you hold", which saves copying it for every view.
   */
  | { type: 'analyse'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView }
  /** The findings of a view; reuses the last analysis when it was of the same view. */
  | { type: 'findings'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView }
  /** What the network would lose without some people (key-person risk). */
  | { type: 'whatIf'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView; removal: Removal }
  /** One person across every wave. */
  | { type: 'trajectory'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView; person: string }
  /** What changed between two waves. */
  | { type: 'changes'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView; from: string; to: string; splitBy?: string | null }
  /** The pooled network a stable layout is computed on. */
  | { type: 'layoutEdges'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView }
  /** One person's ego network, explained. */
  | { type: 'ego'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView; person: string };

export type AnalysisReply =
  | { type: 'progress'; id: number; fraction: number; step: string }
  | { type: 'imported'; id: number; dataset: Dataset }
  | { type: 'surveyPreview'; id: number; preview: SurveyPreview }
  | { type: 'workbookSniffed'; id: number; sniff: WorkbookSniff }
  | { type: 'analysed'; id: number; result: AnalysisResult }
  | { type: 'findings'; id: number; report: FindingsReport }
  | { type: 'whatIf'; id: number; result: RiskResult }
  | { type: 'ego'; id: number; ego: EgoNetwork | null }
  | { type: 'layoutEdges'; id: number; edges: LayoutEdges }
  | { type: 'changes'; id: number; report: ChangeReport }
  | { type: 'trajectory'; id: number; trajectory: PersonTrajectory }
  | { type: 'error'; id: number; message: string };

// ---- layout worker ---------------------------------------------------------------------

export interface LayoutInput {
  n: number;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeWeight: Float64Array;
  /** x0, y0, x1, y1, ...; the layout continues from these. */
  positions: Float32Array;
  iterations: number;
}

export type LayoutRequest =
  | ({ type: 'start'; id: number } & LayoutInput)
  | { type: 'stop'; id: number };

export type LayoutReply =
  | { type: 'positions'; id: number; positions: Float32Array; done: number; total: number }
  | { type: 'error'; id: number; message: string };

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
import type { ExportRequest } from '../core/export/files.ts';
import type { InputFile } from '../core/import/dataset.ts';
import type { Alias } from '../core/import/matching.ts';
import type { SurveyPreview } from '../core/import/survey/preview.ts';
import type { WorkbookSniff } from '../core/import/xlsx.ts';
import type { Actor, Dataset } from '../core/model/types.ts';
import type { LevelWeight } from '../core/view/level.ts';
import type { LayoutEdges } from '../core/view/layout-edges.ts';
import type { HealthReport } from '../core/report/health.ts';
import type { ReportOptions } from '../core/report/report.ts';
import type { ChartSpec } from '../core/report/charts.ts';
import type { Annotation } from '../core/model/types.ts';
import type { RenderedChart } from '../render/chart-svg.ts';
import type { NetworkView } from '../core/view/view.ts';
import type { PackedDataset } from './tie-columns.ts';

/** A workspace as it crosses from the worker: its dataset packed in columns. */
export type PackedWorkspace = Omit<Workspace, 'dataset'> & { packed: PackedDataset };
import type { Workspace, WorkspaceState } from '../core/workspace/types.ts';

export type { AnalysisResult };

// ---- analysis worker -------------------------------------------------------------------

export type AnalysisRequest =
  /** key: when given, the worker keeps the imported dataset under it, so analyses need not send it back; saveAs: a workspace id, saved under before the reply (workspace-requests.ts). */
  | { type: 'import'; id: number; name: string; files: InputFile[]; key?: string; aliases?: Alias[]; saveAs?: string }
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
  | { type: 'ego'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView; person: string }
  /** A file of the view for the Export menu (tables, GEXF, GraphML, map picture). */
  | { type: 'export'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView; request: ExportRequest }
  /** The health figures of the view (every wave with the same view) and their charts as SVG. */
  | { type: 'health'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView; annotations: Annotation[] }
  /** The printable report of a view, as one standalone HTML page. */
  | { type: 'report'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView; options: ReportOptions }
  /** The network rolled up to an attribute's groups (organisations) and analysed the same way. */
  | { type: 'analyseLevel'; id: number; datasetKey: string; dataset: Dataset | null; view: NetworkView; attribute: string; weight: LevelWeight }
  /** Charts (Vega-Lite specifications from core) drawn as SVG; needs no dataset. */
  | { type: 'charts'; id: number; specs: ChartSpec[] }
  | WorkspaceRequest;

/**
 * Workspaces (src/worker/workspace-requests.ts): opened, saved and written to a file here, so
 * that parsing, checking and storing a large dataset never holds the page. The worker then
 * holds an opened workspace's dataset under datasetKey.
 */
export type WorkspaceRequest =
  /** A saved workspace by id, or the one to open on this visit (null). */
  | { type: 'openWorkspace'; id: number; workspaceId: string | null; datasetKey: string }
  /** A .kith.json file the user picked, saved under a new workspace id if it is sound. */
  | { type: 'openWorkspaceFile'; id: number; file: Blob; workspaceId: string; datasetKey: string }
  /** A whole workspace from the page (the sample, first changed: small). */
  | { type: 'saveWorkspace'; id: number; workspaceId: string; workspace: Workspace }
  /** A .kith.json file of the page's state and the saved dataset (or the one given). */
  | { type: 'exportWorkspace'; id: number; workspaceId: string | null; name: string; state: WorkspaceState; dataset: Dataset | null }
  /**
   * Browser tests only: the next analysis fails as an exhausted memory does, outside any
   * handler, so the worker is reported dead and replaced. Only page code can send it.
   */
  | { type: 'crashForTest'; id: number };

export type AnalysisReply =
  | { type: 'progress'; id: number; fraction: number; step: string }
  /** The dataset with its ties as transferred columns (see tie-columns.ts). */
  /** With saveAs, the dataset is saved after this reply, and 'importSaved' says how it went. */
  | { type: 'imported'; id: number; packed: PackedDataset; saving: boolean }
  | { type: 'importSaved'; id: number; saveError: string | null }
  | { type: 'surveyPreview'; id: number; preview: SurveyPreview }
  /** workspace null: nothing saved yet. fromVersion: the schema version it was saved in. */
  /** The workspace's dataset crosses as columns (packed), as an import's does. */
  | { type: 'workspace'; id: number; workspace: PackedWorkspace | null; workspaceId: string | null; fromVersion: number; saveError?: string | null }
  | { type: 'workspaceFile'; id: number; file: Blob }
  | { type: 'done'; id: number }
  | { type: 'workbookSniffed'; id: number; sniff: WorkbookSniff }
  | { type: 'analysed'; id: number; result: AnalysisResult }
  | { type: 'levelAnalysed'; id: number; result: AnalysisResult; groups: Actor[] }
  | { type: 'findings'; id: number; report: FindingsReport }
  | { type: 'whatIf'; id: number; result: RiskResult }
  | { type: 'ego'; id: number; ego: EgoNetwork | null }
  | { type: 'layoutEdges'; id: number; edges: LayoutEdges }
  | { type: 'changes'; id: number; report: ChangeReport }
  | { type: 'trajectory'; id: number; trajectory: PersonTrajectory }
  | { type: 'exported'; id: number; text: string }
  | { type: 'exportedImage'; id: number; blob: Blob }
  | { type: 'health'; id: number; health: HealthReport; charts: RenderedChart[] }
  | { type: 'report'; id: number; html: string }
  | { type: 'charts'; id: number; charts: RenderedChart[] }
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

/**
 * Every export made from an analysed view, by format: what the analysis worker runs when the
 * Export menu asks (the files can be large: a 200,000-tie network is tens of megabytes),
 * and what the CLI can call the same way.
 */
import type { AnalysisResult } from '../analyse.ts';
import type { Dataset } from '../model/types.ts';
import { describeView, type NetworkView } from '../view/view.ts';
import { networkGexf } from './gexf.ts';
import { networkGraphml } from './graphml.ts';
import { mapSvg, type MapPicture } from './map-svg.ts';
import { exportNetwork, type ExportDisplay } from './network.ts';
import { mapPictureOf, pictureNote } from './picture.ts';
import { peopleTableCsv, tiesTableCsv } from './tables.ts';

/** Formats written as text here; 'png' is drawn by the worker on a canvas (map-canvas.ts). */
export type TextFormat = 'people-csv' | 'ties-csv' | 'gexf' | 'graphml' | 'svg';
export type ExportFormat = TextFormat | 'png';

export interface ExportRequest {
  format: ExportFormat;
  display: ExportDisplay;
  /** For pictures: size in px (legend included) and a title. */
  picture?: { width: number; height: number; title?: string };
}

/** `ds` is the shown dataset (codes for names when they are hidden). */
export function exportFile(ds: Dataset, view: NetworkView, r: AnalysisResult, req: ExportRequest & { format: TextFormat }): string {
  const { display } = req;
  const pseudonymous = display.pseudonymous;
  switch (req.format) {
    case 'people-csv': return peopleTableCsv(ds, r, { bom: true, pseudonymous });
    case 'ties-csv': return tiesTableCsv(r, { bom: true, pseudonymous, dataset: ds });
    case 'gexf': return networkGexf(exportNetwork(ds, r, display), { description: description(ds, view) });
    case 'graphml': return networkGraphml(exportNetwork(ds, r, display), { description: description(ds, view) });
    case 'svg': return mapSvg(exportPicture(ds, view, r, req));
  }
}

/** The map picture of the view, for the SVG here and the PNG the worker draws. */
export function exportPicture(ds: Dataset, view: NetworkView, r: AnalysisResult, req: ExportRequest): MapPicture {
  const p = req.picture;
  const net = exportNetwork(ds, r, req.display);
  return mapPictureOf(net, {
    ...(p ?? {}), title: p?.title ?? ds.name,
    note: pictureNote(ds, view, req.display.sizeBy, { count: net.hiddenCount, hidden: req.display.hidden }),
  });
}

function description(ds: Dataset, view: NetworkView): string {
  return `${ds.name}. ${describeView(view, ds)}. Exported from Kith.`;
}

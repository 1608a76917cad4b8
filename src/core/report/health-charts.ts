/**
 * The charts that go with the health figures, for one analysed view: people by their number of
 * ties, ties between groups (mixing), the figures across waves and the groups compared. Groups
 * are coloured as on the map (the boundary's colour scale), so a sector is one colour everywhere.
 */
import type { NetworkContext } from '../findings/types.ts';
import { mixing } from '../findings/silos.ts';
import type { Annotation } from '../model/types.ts';
import { colourScale } from '../view/encodings.ts';
import { degreeChart, groupsChart, mixingChart, wavesChart, type ChartSpec } from './charts.ts';
import type { HealthReport } from './health.ts';

export function healthCharts(ctx: NetworkContext, health: HealthReport, annotations: Annotation[] = []): ChartSpec[] {
  const charts: (ChartSpec | null)[] = [degreeChart(ctx.suite.nodes.degree, ctx.g.directed)];
  const m = mixing(ctx);
  if (m && m.rows.length > 0) charts.push(mixingChart(m));
  charts.push(wavesChart(health.waves, annotations));
  if (ctx.boundary && ctx.suite.groups) {
    const colours = new Map(colourScale(ctx.dataset, ctx.boundary).entries.map((e) => [e.value, e.colour]));
    charts.push(groupsChart(ctx.suite.groups, ctx.boundary, colours));
  }
  return charts.filter((c): c is ChartSpec => c !== null);
}

/**
 * A chart drawn in the worker, shown as an image: the SVG text goes into an <img> (a data URL),
 * never into the page's markup, so nothing in it can run; the alternative text says what it shows.
 */
import type { RenderedChart } from '../../render/chart-svg.ts';

export function ChartImage({ chart }: { chart: RenderedChart }) {
  return (
    <figure className="chart" data-testid={`chart-${chart.id}`}>
      <figcaption>{chart.title}</figcaption>
      <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`} alt={chart.alt} />
    </figure>
  );
}

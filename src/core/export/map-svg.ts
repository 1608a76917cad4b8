/**
 * The network map as a standalone SVG picture with its legend, for slides, reports and print.
 * Pure (no DOM): the app downloads it, the report embeds it inline and the CLI writes it to a
 * file. Ties are drawn under people, thin and semi-transparent; names only for the people
 * asked for (by default the largest 15), each with a white halo so it reads over ties. All
 * text is XML-escaped (see xml.ts). Where things go is decided in map-scene.ts, shared with
 * the PNG drawn on a canvas (map-canvas.ts).
 */
import { mapScene, STYLE, type MapPicture, type SceneText } from './map-scene.ts';
import { px, xmlText } from './xml.ts';

export type { MapPicture };
export { DEFAULT_LABELS, labelledIds } from './map-scene.ts';

export function mapSvg(p: MapPicture): string {
  const s = mapScene(p);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(s.width)}" height="${px(s.height)}" viewBox="0 0 ${px(s.width)} ${px(s.height)}"`
      + ` font-family="${xmlText(STYLE.font)}" role="img">`,
    `<title>${xmlText(s.name)}</title>`,
    `<rect class="background" x="0" y="0" width="${px(s.width)}" height="${px(s.height)}" fill="#ffffff"/>`,
  ];

  // One arrowhead marker per tie colour, named after it so that two pictures inline in one
  // page define the same id identically.
  const arrows = new Map<string, string>();
  const lines: string[] = [];
  for (const t of s.ties) {
    const colour = t.colour ?? STYLE.tie;
    let marker = '';
    if (t.arrow) {
      if (!arrows.has(colour)) arrows.set(colour, `kith-arrow-${arrows.size}-${colour.replace(/[^A-Za-z0-9]/g, '')}`);
      marker = ` marker-end="url(#${arrows.get(colour)})"`;
    }
    const stroke = t.colour ? ` stroke="${xmlText(t.colour)}"` : '';
    lines.push(`<line x1="${px(t.x1)}" y1="${px(t.y1)}" x2="${px(t.x2)}" y2="${px(t.y2)}" stroke-width="${px(t.width)}"${stroke}${marker}/>`);
  }
  if (arrows.size > 0) {
    out.push('<defs>');
    for (const [colour, id] of arrows) {
      out.push(`<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="${STYLE.arrow}" markerHeight="${STYLE.arrow}" markerUnits="userSpaceOnUse" orient="auto">`
        + `<path d="M0,0 L10,5 L0,10 z" fill="${xmlText(colour)}" fill-opacity="0.55"/></marker>`);
    }
    out.push('</defs>');
  }
  // Joined, not spread into push: a spread of 200,000 lines overflows the call stack.
  out.push(`<g class="ties" stroke="${STYLE.tie}" stroke-opacity="${px(s.tieOpacity)}" stroke-linecap="round">`, lines.join('\n'), '</g>');

  out.push('<g class="people" stroke="#ffffff" stroke-width="0.75">');
  for (const n of s.people) {
    out.push(`<circle cx="${px(n.x)}" cy="${px(n.y)}" r="${px(n.r)}" fill="${xmlText(n.colour)}"><title>${xmlText(n.label)}</title></circle>`);
  }
  out.push('</g>');

  out.push(`<g class="labels" font-size="${STYLE.labelSize}" fill="${STYLE.text}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`);
  for (const l of s.labels) out.push(text(l));
  out.push('</g>');

  if (s.title) out.push(text(s.title, `class="title" font-size="${STYLE.titleSize}" font-weight="600" fill="${STYLE.text}"`));
  if (s.legend) {
    const { legend } = s;
    out.push('<g class="legend">', text(legend.title, `font-size="${STYLE.legendTitleSize}" font-weight="600" fill="${STYLE.text}"`));
    for (const item of legend.items) {
      out.push(`<rect x="${px(item.swatch.x)}" y="${px(item.swatch.y)}" width="12" height="12" rx="6" fill="${xmlText(item.swatch.colour)}"/>`
        + text(item.text, `font-size="${STYLE.legendSize}" fill="${STYLE.text}"`));
    }
    if (legend.more) out.push(text(legend.more, `font-size="${STYLE.legendSize}" fill="${STYLE.muted}"`));
    out.push('</g>');
  }
  if (s.note.length > 0) {
    out.push(`<text class="note" font-size="${STYLE.noteSize}" fill="${STYLE.muted}">`
      + s.note.map((l) => `<tspan x="${px(l.x)}" y="${px(l.y)}">${xmlText(l.text)}</tspan>`).join('') + '</text>');
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function text(t: SceneText, attrs = ''): string {
  const anchor = t.anchor === 'end' ? ' text-anchor="end"' : '';
  return `<text${attrs ? ` ${attrs}` : ''} x="${px(t.x)}" y="${px(t.y)}"${anchor}>${xmlText(t.text)}</text>`;
}

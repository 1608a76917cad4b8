/**
 * Many ties of a large map at once (every tie, on request, or a change map's two waves),
 * drawn by one WebGL call on a canvas layer of its own,
 * with sigma's camera matrix, just above sigma's (empty) ties layer and below its people.
 *
 * Why not as sigma's edges: handed 200,000 edges, sigma builds an object for each and
 * processes them all in one task (0.5 to 1.6 s at 20,000 people here), again whenever people
 * are re-processed. Here the ties are one array of line ends, filled from people's drawn
 * positions in a few milliseconds, and each frame is a single draw call.
 */
import type Sigma from 'sigma';
import type { TieLines } from './tie-lines.ts';

export const ALL_TIES_LAYER = 'allTies';

const VERTEX = `
attribute vec2 a_position;
attribute vec4 a_colour;
uniform mat3 u_matrix;
varying vec4 v_colour;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1.0)).xy, 0.0, 1.0);
  v_colour = a_colour;
}`;
const FRAGMENT = `
precision mediump float;
varying vec4 v_colour;
void main() {
  gl_FragColor = v_colour;
}`;

export class AllTies {
  private readonly canvas: HTMLCanvasElement;
  private readonly gl: WebGLRenderingContext;
  private readonly program: WebGLProgram;
  private readonly buffer: WebGLBuffer;
  private readonly colourBuffer: WebGLBuffer;
  private readonly colour: number;
  private ties: TieLines | null = null;
  /** Line ends drawn (two per tie; ties to hidden people are left out). */
  private vertices = 0;

  constructor(private readonly sigma: Sigma, colour: string) {
    const placement: Parameters<Sigma['createCanvas']>[1] = { afterLayer: 'edges' };
    this.canvas = sigma.createCanvas(ALL_TIES_LAYER, placement);
    const gl = this.canvas.getContext('webgl', { antialias: false, preserveDrawingBuffer: false });
    if (!gl) throw new Error('map: this browser cannot draw every tie (no WebGL)');
    this.gl = gl;
    this.program = linkProgram(gl);
    const buffer = gl.createBuffer();
    const colourBuffer = gl.createBuffer();
    if (!buffer || !colourBuffer) throw new Error('map: no WebGL buffer for the ties');
    this.buffer = buffer;
    this.colourBuffer = colourBuffer;
    this.colour = packed(colour);
    sigma.on('afterProcess', this.fill);
    sigma.on('afterRender', this.draw);
  }

  /** Draws these ties from now on (each in its colour, or the map's); null draws none. */
  show(lines: TieLines | null): void {
    if (lines === this.ties) return;
    this.ties = lines;
    this.fill();
    this.sigma.scheduleRender();
  }

  /** How many ties are drawn. */
  get count(): number {
    return this.vertices / 2;
  }

  /** The line ends from people's positions as drawn (framed-graph coordinates); hidden people's ties left out. */
  private readonly fill = (): void => {
    const r = this.ties;
    if (!r) { this.vertices = 0; return; }
    const n = r.ids.length;
    const xs = new Float32Array(n);
    const ys = new Float32Array(n);
    const shown = new Uint8Array(n);
    r.ids.forEach((id, i) => {
      const d = this.sigma.getNodeDisplayData(id);
      if (!d || d.hidden) return;
      xs[i] = d.x;
      ys[i] = d.y;
      shown[i] = 1;
    });
    const m = r.source.length;
    const ends = new Float32Array(4 * m);
    // Two line ends a tie, each an RGBA colour packed in 4 bytes.
    const colours = new Uint32Array(2 * m);
    const packs = new Map<string, number>();
    let k = 0;
    for (let e = 0; e < m; e++) {
      const s = r.source[e] ?? -1;
      const t = r.target[e] ?? -1;
      if (!shown[s] || !shown[t]) continue;
      const named = r.colours?.[e];
      let colour = this.colour;
      if (named) {
        colour = packs.get(named) ?? packed(named);
        packs.set(named, colour);
      }
      colours[k / 2] = colour;
      colours[k / 2 + 1] = colour;
      ends[k++] = xs[s]!; ends[k++] = ys[s]!; ends[k++] = xs[t]!; ends[k++] = ys[t]!;
    }
    this.vertices = k / 2;
    const gl = this.gl;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    gl.bufferData(gl.ARRAY_BUFFER, ends.subarray(0, k), gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.colourBuffer);
    gl.bufferData(gl.ARRAY_BUFFER, colours.subarray(0, k / 2), gl.STATIC_DRAW);
  };

  private readonly draw = (): void => {
    const { gl, canvas, sigma } = this;
    const params = sigma.getRenderParams();
    const width = Math.round(params.width * params.pixelRatio);
    const height = Math.round(params.height * params.pixelRatio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${params.width}px`;
      canvas.style.height = `${params.height}px`;
    }
    gl.viewport(0, 0, width, height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    // Like sigma's own ties, not drawn while the map moves: the frame stays light.
    const captor = sigma.getMouseCaptor();
    if (this.vertices === 0 || captor.isMoving || sigma.getCamera().isAnimated()) return;
    gl.useProgram(this.program);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffer);
    const position = gl.getAttribLocation(this.program, 'a_position');
    gl.enableVertexAttribArray(position);
    gl.vertexAttribPointer(position, 2, gl.FLOAT, false, 0, 0);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.colourBuffer);
    const colour = gl.getAttribLocation(this.program, 'a_colour');
    gl.enableVertexAttribArray(colour);
    gl.vertexAttribPointer(colour, 4, gl.UNSIGNED_BYTE, true, 0, 0);
    gl.uniformMatrix3fv(gl.getUniformLocation(this.program, 'u_matrix'), false, params.matrix);
    gl.drawArrays(gl.LINES, 0, this.vertices);
  };

  kill(): void {
    this.sigma.off('afterProcess', this.fill);
    this.sigma.off('afterRender', this.draw);
    this.gl.getExtension('WEBGL_lose_context')?.loseContext();
    this.sigma.killLayer(ALL_TIES_LAYER);
  }
}

function linkProgram(gl: WebGLRenderingContext): WebGLProgram {
  const shader = (type: number, source: string): WebGLShader => {
    const s = gl.createShader(type);
    if (!s) throw new Error('map: no WebGL shader for the ties');
    gl.shaderSource(s, source);
    gl.compileShader(s);
    return s;
  };
  const program = gl.createProgram();
  if (!program) throw new Error('map: no WebGL program for the ties');
  gl.attachShader(program, shader(gl.VERTEX_SHADER, VERTEX));
  gl.attachShader(program, shader(gl.FRAGMENT_SHADER, FRAGMENT));
  gl.linkProgram(program);
  // Checked once, when the map starts (the check waits for the graphics process).
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`map: the ties' WebGL program failed: ${gl.getProgramInfoLog(program) ?? ''}`);
  return program;
}

/** '#rrggbb' as four bytes R, G, B, A in memory order (little-endian, as every browser's typed arrays are). */
function packed(hex: string): number {
  const v = Number.parseInt(hex.slice(1), 16);
  return ((255 << 24) | ((v & 255) << 16) | (((v >> 8) & 255) << 8) | ((v >> 16) & 255)) >>> 0;
}

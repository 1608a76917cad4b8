/**
 * The cheapest way sigma can draw a crowd of ties: one-pixel lines, and not drawn a second
 * time into the picking layer (that layer finds the tie under the pointer, and the map never
 * asks: edge events are off). Halves the ties' drawing work on every frame.
 */
import type Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';

export class EdgeLineWithoutPicking extends EdgeLineProgram {
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
    super(gl, null, renderer);
  }
}

/**
 * The cheapest ways sigma can draw a crowd. Neither is drawn a second time into a picking
 * layer: the map finds the person under the pointer on the CPU (picking.ts) and never asks
 * for the tie under it (edge events are off). That halves the drawing work of every frame.
 */
import type Sigma from 'sigma';
import { EdgeLineProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';

/** Ties as one-pixel lines. */
export class EdgeLineWithoutPicking extends EdgeLineProgram {
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
    super(gl, null, renderer);
  }
}

/**
 * People as round points: SwiftShader (software WebGL) draws 20,000 of them in a tenth of
 * the time of sigma's triangle discs, and a graphics card in less too.
 */
export class NodePointWithoutPicking extends NodePointProgram {
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
    super(gl, null, renderer);
  }
}

/** People as sigma's discs (small maps), without the picking pass. */
export class NodeCircleWithoutPicking extends NodeCircleProgram {
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
    super(gl, null, renderer);
  }
}

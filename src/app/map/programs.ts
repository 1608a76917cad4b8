/**
 * sigma's node programs without their second pass into a picking layer: the map finds the
 * person under the pointer on the CPU (picking.ts). That halves the drawing of every frame.
 */
import type Sigma from 'sigma';
import { NodeCircleProgram, NodePointProgram } from 'sigma/rendering';

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

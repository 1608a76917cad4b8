/**
 * A PNG of an SVG picture, drawn by the browser on a canvas at `scale` times its size (2 by
 * default, sharp on high-density screens and projectors). The SVG is loaded from a blob:
 * URL, which the Content Security Policy already allows for images (img-src 'self' data:
 * blob:); nothing is fetched from elsewhere.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw pictures here.');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made.'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

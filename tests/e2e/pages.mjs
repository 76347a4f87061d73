// What the browser tests share: screenshots into LAGSCOPE_ARTIFACTS, and the painted pixels of a canvas.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = process.env.LAGSCOPE_ARTIFACTS ?? path.join(root, 'target', 'e2e');

export async function shot(page, name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

// The painted pixels of a canvas: a chart that drew something has many.
export async function painted(locator) {
  return locator.evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let index = 3; index < data.length; index += 4) if (data[index] > 0) count += 1;
    return { count, width: canvas.width, cssWidth: canvas.clientWidth };
  });
}

import { describe, expect, it } from 'vitest';
import { decodePgm, decodePng, differenceRatio, downscale, encodePng } from './png.js';
import type { GreyImage } from './png.js';

function image(width: number, height: number, at: (x: number, y: number) => number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = at(x, y);
  return { width, height, pixels };
}

describe('greyscale images for the visual check', () => {
  it('round-trips through PNG', () => {
    const img = image(37, 21, (x, y) => (x * 7 + y * 13) % 256);
    const back = decodePng(encodePng(img));
    expect(back.width).toBe(37);
    expect(back.height).toBe(21);
    expect([...back.pixels]).toEqual([...img.pixels]);
  });

  it('reads pdftoppm PGM and averages blocks down', () => {
    const pgm = Buffer.concat([
      Buffer.from('P5\n4 2\n255\n', 'latin1'),
      Buffer.from([0, 0, 255, 255, 0, 0, 255, 255]),
    ]);
    const img = decodePgm(pgm);
    expect(img).toMatchObject({ width: 4, height: 2 });
    expect([...downscale(img, 2).pixels]).toEqual([0, 255]);
  });

  it('counts the share of pixels that differ beyond a threshold', () => {
    const white = image(10, 10, () => 255);
    const line = image(10, 10, (_, y) => (y === 4 ? 0 : 255));
    const faint = image(10, 10, () => 240);
    expect(differenceRatio(white, white)).toBe(0);
    expect(differenceRatio(white, faint)).toBe(0);
    expect(differenceRatio(white, line)).toBeCloseTo(0.1);
    expect(
      differenceRatio(
        white,
        image(10, 11, () => 255),
      ),
    ).toBe(1);
  });
});

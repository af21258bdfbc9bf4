// What is on a test's X screen, read with xwd: the browser's own UI (a
// downloads bubble, a prompt) is drawn outside any page, so only the X
// server can say whether it showed. XWD is a simple format: a header of
// 32-bit big-endian numbers, the window name, a colour map, then the pixels.
import { execFileSync } from 'node:child_process';

export interface Screen {
  width: number;
  height: number;
  /** The raw pixel value at a point, comparable with other pixels of this screen. */
  pixel: (x: number, y: number) => number;
}

export function screenOf(display: string): Screen {
  const xwd = execFileSync('xwd', ['-root', '-silent'], {
    env: { ...process.env, DISPLAY: display },
    maxBuffer: 64 * 1024 * 1024,
  });
  const field = (i: number) => xwd.readUInt32BE(i * 4);
  const headerSize = field(0);
  const width = field(4);
  const height = field(5);
  const bytesPerPixel = field(11) / 8;
  const bytesPerLine = field(12);
  const colours = field(19);
  const start = headerSize + colours * 12;
  return {
    width,
    height,
    pixel: (x, y) => xwd.readUIntBE(start + y * bytesPerLine + x * bytesPerPixel, bytesPerPixel),
  };
}

/** How many different pixel values a rectangle of the screen holds (1: one flat colour). */
export function coloursIn(
  screen: Screen,
  area: { x: number; y: number; width: number; height: number },
): number {
  const seen = new Set<number>();
  for (let y = area.y; y < area.y + area.height; y++) {
    for (let x = area.x; x < area.x + area.width; x++) seen.add(screen.pixel(x, y));
  }
  return seen.size;
}

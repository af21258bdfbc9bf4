// One SVG to one PNG size, with resvg compiled to WebAssembly (no native
// binary to download, so it installs from the npm registry alone).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
let ready: Promise<void> | undefined;

export async function renderIcon(svg: string, size: number): Promise<Uint8Array> {
  const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
  ready ??= initWasm(readFileSync(wasm));
  await ready;
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

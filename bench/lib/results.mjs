// Figures written to bench/results/<name>.json with the machine, the date and the database they were measured on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, type, release } from 'node:os';
import { join } from 'node:path';
import { root } from './children.mjs';

export function machine() {
  const cpu = cpus();
  return {
    cpu: `${cpu.length} x ${cpu[0]?.model ?? 'unknown'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
    os: `${type()} ${release()}`,
    node: process.version,
  };
}

export function writeResult(name, result) {
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const file = join(root, `bench/results/${name}.json`);
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), ...result }, null, 2)}\n`);
  console.log(`written to bench/results/${name}.json`);
}

/** A plain text table: `rows` are arrays of cells, the first row the header. */
export function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const row of rows)
    console.log(row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  '));
}

export const range = (s) => `${s.median} (${s.min}-${s.max})`;

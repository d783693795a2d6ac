/**
 * Runs a build as a child process and measures it: wall time of each phase (from the moment each of
 * Astro's phase lines arrives) and the peak resident memory of the whole process tree (sampled from
 * /proc every 100 ms).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const PAGE = 4096;

/** Resident memory in bytes of `root` and all its descendants. */
function treeRss(root: number): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) if (!tree.has(pid) && tree.has(ppid)) { tree.add(pid); grew = true; }
  }
  let bytes = 0;
  for (const pid of tree) {
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // Gone.
    }
  }
  return bytes;
}

export interface Phase {
  name: string;
  /** A line that marks the start of the phase. */
  starts: RegExp;
}

/** Astro's build phases as its log shows them. */
export const ASTRO_PHASES: Phase[] = [
  { name: 'config + content sync', starts: /^/ },
  { name: 'bundle (vite)', starts: /Building static entrypoints/ },
  { name: 'render pages', starts: /generating static routes/ },
  // After the routes, "[build] ✓ Completed" closes rendering; the integrations' hooks follow.
  { name: 'post-build hooks', starts: /\[build\] ✓ Completed in/ },
];

export interface BuildMeasure {
  ok: boolean;
  seconds: number;
  peakBytes: number;
  phases: Record<string, number>;
  output: string;
}

/** Runs `command args` in `cwd`, returning its phase times and the tree's peak memory. */
export function measureBuild(command: string, args: string[], cwd: string, phases: Phase[] = ASTRO_PHASES, env: NodeJS.ProcessEnv = {}): Promise<BuildMeasure> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    const marks: { name: string; at: number }[] = [{ name: phases[0]!.name, at: 0 }];
    let output = '';
    let peak = 0;
    const sample = setInterval(() => { peak = Math.max(peak, treeRss(child.pid!)); }, 100);
    const onLine = (chunk: Buffer) => {
      output += chunk;
      for (const line of chunk.toString().split('\n')) {
        const next = phases[marks.length];
        if (next && next.starts.test(line)) marks.push({ name: next.name, at: performance.now() - started });
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    child.on('close', (code) => {
      clearInterval(sample);
      const total = (performance.now() - started) / 1000;
      const times: Record<string, number> = {};
      marks.forEach((m, i) => { times[m.name] = ((marks[i + 1]?.at ?? total * 1000) - m.at) / 1000; });
      done({ ok: code === 0, seconds: total, peakBytes: peak, phases: times, output });
    });
  });
}

/**
 * Runs a build as a child process and measures it: wall time of each phase (from the moment each of
 * Astro's phase lines arrives), and the peak resident memory and the CPU time of the whole process
 * tree (sampled from /proc every 100 ms, so a process that lives under 100 ms may be missed).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const PAGE = 4096;
/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

interface TreeSample {
  /** Resident bytes of the tree now. */
  rss: number;
  /** CPU seconds (user + system) each live process of the tree has used so far. */
  cpu: Map<number, number>;
}

/** Resident memory and CPU time of `root` and all its descendants. */
function sampleTree(root: number): TreeSample {
  const parent = new Map<number, number>();
  const cpuOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name: state, ppid, … utime (14th field) and stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      cpuOf.set(Number(name), (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent)
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
  }
  let rss = 0;
  const cpu = new Map<number, number>();
  for (const pid of tree) {
    try {
      rss += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      cpu.set(pid, cpuOf.get(pid) ?? 0);
    } catch {
      // Gone.
    }
  }
  return { rss, cpu };
}

export interface Phase {
  name: string;
  /** A line that marks the start of the phase. */
  starts: RegExp;
}

/** Astro's build phases as its log shows them. */
const ASTRO_PHASES: Phase[] = [
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
  /** CPU seconds (user + system) of the whole tree, as last sampled. */
  cpuSeconds: number;
  phases: Record<string, number>;
  output: string;
}

/** Runs `command args` in `cwd`, returning its phase times and the tree's peak memory. */
export function measureBuild(
  command: string,
  args: string[],
  cwd: string,
  phases: Phase[] = ASTRO_PHASES,
  env: NodeJS.ProcessEnv = {},
): Promise<BuildMeasure> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    const marks: { name: string; at: number }[] = [{ name: phases[0]!.name, at: 0 }];
    let output = '';
    let peak = 0;
    const cpu = new Map<number, number>();
    const sample = setInterval(() => {
      const now = sampleTree(child.pid!);
      peak = Math.max(peak, now.rss);
      for (const [pid, seconds] of now.cpu) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, seconds));
    }, 100);
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
      marks.forEach((m, i) => {
        times[m.name] = ((marks[i + 1]?.at ?? total * 1000) - m.at) / 1000;
      });
      const cpuSeconds = [...cpu.values()].reduce((sum, seconds) => sum + seconds, 0);
      done({ ok: code === 0, seconds: total, peakBytes: peak, cpuSeconds, phases: times, output });
    });
  });
}

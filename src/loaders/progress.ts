/**
 * Progress of a long analysis: stories done out of the total, with an estimate of the time left. In a
 * terminal it is one line rewritten in place; elsewhere (CI logs, files) plain lines at every tenth, so a log
 * shows the build moving without thousands of lines.
 */

export interface ProgressOptions {
  /** Stories in the site. */
  total: number;
  /** Of those, found analysed already (memory or disk cache). */
  cached: number;
  /** Rewrite one line (a terminal) or print plain lines. */
  tty: boolean;
  /** Writes raw text (the terminal line). */
  write: (text: string) => void;
  /** Prints one plain line. */
  log: (line: string) => void;
  now?: () => number;
}

/** "1 min 5 s", "42 s". */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

export function progressLine(done: number, total: number, cached: number, elapsedMs: number, analysed: number, toAnalyse: number): string {
  const from = cached > 0 ? ` (${cached} from the cache)` : '';
  const left = analysed > 0 && analysed < toAnalyse ? `, about ${duration((elapsedMs / analysed) * (toAnalyse - analysed))} left` : '';
  return `analysing stories: ${done}/${total}${from}, ${duration(elapsedMs)}${left}`;
}

/** Returns `tick()` to call as each story is analysed, and `end()` once all are. */
export function startProgress(o: ProgressOptions): { tick: () => void; end: () => void } {
  const now = o.now ?? (() => performance.now());
  const t0 = now();
  const toAnalyse = o.total - o.cached;
  let analysed = 0;
  let lastDraw = -Infinity;
  let lastTenth = 0;
  const line = () => progressLine(o.cached + analysed, o.total, o.cached, now() - t0, analysed, toAnalyse);
  if (toAnalyse === 0) return { tick: () => {}, end: () => {} };
  if (!o.tty) o.log(line());
  else o.write(line());
  return {
    tick: () => {
      analysed++;
      if (o.tty) {
        if (now() - lastDraw < 100 && analysed < toAnalyse) return;
        lastDraw = now();
        o.write(`\r\x1b[2K${line()}`);
      } else {
        const tenth = Math.floor((analysed / toAnalyse) * 10);
        if (tenth > lastTenth && analysed < toAnalyse) {
          lastTenth = tenth;
          o.log(line());
        }
      }
    },
    end: () => {
      const last = `analysed ${toAnalyse} ${toAnalyse === 1 ? 'story' : 'stories'} of ${o.total} in ${duration(now() - t0)}${o.cached ? ` (${o.cached} from the cache)` : ''}`;
      if (o.tty) o.write(`\r\x1b[2K${last}\n`);
      else o.log(last);
    },
  };
}

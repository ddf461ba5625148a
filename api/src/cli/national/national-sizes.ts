/**
 * Sizes of the national data set for `--workers N`, proportional to the study's figures at 200,000 workers:
 * ~200 city/counties, ~9,000 facilities, 1.2 licences, 10 credit lines and 100 progress events per worker,
 * and 50,000 retraining plans. Small N keeps every kind of row (at least one county per province, one
 * facility per county) so specs can run the same seed in seconds.
 */
export interface NationalSizes {
  workers: number;
  counties: number;
  facilities: number;
  plans: number;
  creditsPerWorker: number;
  lessonsPerWorker: number;
  eventsPerLesson: number;
}

export const FULL_SCALE_WORKERS = 200_000;
export const MAX_WORKERS = 2_000_000;

export function nationalSizes(workers: number, topRegions: number): NationalSizes {
  if (!Number.isInteger(workers) || workers < 100 || workers > MAX_WORKERS) {
    throw new Error(`--workers must be a whole number from 100 to ${MAX_WORKERS}: ${workers}`);
  }
  const scale = workers / FULL_SCALE_WORKERS;
  const counties = Math.max(topRegions, Math.round(200 * scale));
  return {
    workers,
    counties,
    facilities: Math.max(counties, Math.round(9_000 * scale)),
    plans: Math.max(1, Math.round(50_000 * scale)),
    creditsPerWorker: 10,
    lessonsPerWorker: 5,
    eventsPerLesson: 20,
  };
}

/** `--workers N` from the command line (default: the full national size). */
export function workersArgument(argv: string[]): number {
  const at = argv.indexOf('--workers');
  if (at === -1) return FULL_SCALE_WORKERS;
  const value = argv[at + 1];
  if (!value || !/^\d+$/.test(value.replace(/[_,]/g, ''))) throw new Error('usage: npm run seed:national -- --workers <number>');
  return Number(value.replace(/[_,]/g, ''));
}

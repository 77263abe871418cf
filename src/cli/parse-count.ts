import { UsageError } from '../core/errors.js';

/**
 * A commander argument parser for a whole number of at least `min` (`--workers 2`, `--shard-size 100`):
 * anything else is a `UsageError` naming the option (exit 2).
 * @example
 * parseCount('--workers', 1)('2'); //=> 2
 * parseCount('--workers', 1)('0'); // throws UsageError E_USAGE: --workers must be a whole number ≥ 1, got "0"
 */
export function parseCount(option: string, min: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new UsageError('E_USAGE', `${option} must be a whole number ≥ ${min}, got "${value}"`);
    }
    return n;
  };
}

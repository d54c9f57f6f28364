/**
 * The `TIMING` table, as ESLint prints it: the rules that took longest (ten; `TIMING=all` for
 * all, a number above ten for that many), then the stages the rules stand on. On standard error, so that a report on
 * standard output stays what its format says.
 */
export declare function timingTable(setting: string | undefined): string;

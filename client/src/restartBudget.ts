/**
 * How many times a crashed language server is restarted: `limit` crashes within `windowMs`, then
 * none until `reset` (the user asked for a restart). A crash loop must not spin forever.
 */
export class RestartBudget {
  private crashes: number[] = [];

  constructor(
    readonly limit = 5,
    readonly windowMs = 3 * 60_000,
  ) {}

  /** Counts a crash at `now`: the restart's number (1 to `limit`), or undefined when spent. */
  crashed(now: number): number | undefined {
    this.crashes = this.crashes.filter((at) => now - at < this.windowMs);
    this.crashes.push(now);
    return this.crashes.length <= this.limit ? this.crashes.length : undefined;
  }

  reset(): void {
    this.crashes = [];
  }
}

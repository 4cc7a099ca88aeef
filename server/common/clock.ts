/** The platform's notion of now; tests move it forward to drive reminders, deadlines and jobs. */
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves time forward (tests only). */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Sets now to a given instant, earlier or later (tests only: a fresh platform replaying a dated calendar). */
  setNow(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

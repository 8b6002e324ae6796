// Renderings first. One process answers cache hits and renders the pages a change made stale
// on one event loop, and under a crowd of readers the loop is always full of hits: a
// rendering, which needs tens of steps through the loop, then gets a sliver of each turn and
// takes ten times its own CPU time to finish — past the cache's stale window, after which
// readers of that page wait for it. So while this process renders such a page (the response
// cache says which renderings count, response-cache.ts), the hits it would answer wait their
// turn, at most `maxWaitMs`, then are answered all together; and the rendering has the loop
// to itself in between. A hit waits a little once in a while rather than a reader of a stale
// page waiting long.
export class RenderPriority {
  private rendering = 0;
  private waiting: Array<() => void> = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly maxWaitMs: number) {}

  /** Runs `render` as a rendering that hits give way to. */
  async rendered<T>(render: () => Promise<T>): Promise<T> {
    this.rendering += 1;
    try {
      return await render();
    } finally {
      this.rendering -= 1;
      if (this.rendering === 0) this.release();
    }
  }

  /** Resolves when a hit may be answered: at once unless a rendering is under way. */
  turn(): Promise<void> | undefined {
    if (this.rendering === 0 || this.maxWaitMs <= 0) return undefined;
    this.timer ??= setTimeout(() => this.release(), this.maxWaitMs);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release() {
    clearTimeout(this.timer);
    this.timer = undefined;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}

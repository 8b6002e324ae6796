// Hits give way to renderings (lib/cache/render-priority.ts): while one runs, a hit waits
// until it ends or until the longest wait allowed, whichever comes first.
import { describe, expect, it } from "vitest";
import { RenderPriority } from "@/lib/cache/render-priority";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A rendering that runs until `finish()`. */
function rendering(priority: RenderPriority) {
  let finish!: () => void;
  const done = priority.rendered(() => new Promise<void>((resolve) => (finish = resolve)));
  return { finish: () => finish(), done };
}

describe("hits while this process renders", () => {
  it("are answered at once when nothing renders", () => {
    expect(new RenderPriority(100).turn()).toBeUndefined();
  });

  it("wait for the renderings under way to end", async () => {
    const priority = new RenderPriority(10_000);
    const first = rendering(priority);
    const second = rendering(priority);
    let answered = false;
    const hit = priority.turn()!.then(() => (answered = true));
    first.finish();
    await first.done;
    await sleep(10);
    expect(answered).toBe(false); // the second still renders
    second.finish();
    await hit;
    expect(answered).toBe(true);
    expect(priority.turn()).toBeUndefined();
  });

  it("wait no longer than the longest wait allowed, together", async () => {
    const priority = new RenderPriority(50);
    const long = rendering(priority);
    const started = Date.now();
    await Promise.all([priority.turn(), priority.turn()]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(Date.now() - started).toBeLessThan(1_000);
    long.finish();
    await long.done;
  });

  it("are not held up by a rendering that failed", async () => {
    const priority = new RenderPriority(10_000);
    await expect(priority.rendered(() => Promise.reject(new Error("the database went away")))).rejects.toThrow("went away");
    expect(priority.turn()).toBeUndefined();
  });

  it("are never held when the wait is off", () => {
    const priority = new RenderPriority(0);
    rendering(priority);
    expect(priority.turn()).toBeUndefined();
  });
});

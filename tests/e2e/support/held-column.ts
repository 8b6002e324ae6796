// Keyboard focus in a table that scrolls sideways with its row headers held at the left:
// every focused element must show whole, clear of the held header and of the region's edges.
import type { Locator } from "@playwright/test";

/**
 * Focuses the last link in `region`, then moves back through the region with Shift+Tab
 * until focus leaves it; returns each focused element that was partly hidden, and how.
 */
export async function focusHiddenWhileTabbingBack(region: Locator): Promise<string[]> {
  await region.getByRole("link").last().focus();
  const page = region.page();
  const hidden: string[] = [];
  for (let step = 0; step < 500; step++) {
    const where = await region.evaluate((frameEl) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === frameEl || !frameEl.contains(el)) return { inside: false, problem: null };
      const box = el.getBoundingClientRect();
      const frame = frameEl.getBoundingClientRect();
      const header = el.closest("tr")?.querySelector<HTMLElement>(":scope > th");
      const held = header && !header.contains(el) && getComputedStyle(header).position === "sticky";
      const left = held ? header.getBoundingClientRect().right : frame.left + frameEl.clientLeft;
      const right = frame.left + frameEl.clientLeft + frameEl.clientWidth;
      const name = (el.textContent ?? "").trim().slice(0, 60);
      if (box.left < left - 0.5) return { inside: true, problem: `${name}: ${Math.round(left - box.left)} px hidden at the left` };
      if (box.right > right + 0.5) return { inside: true, problem: `${name}: ${Math.round(box.right - right)} px past the right edge` };
      return { inside: true, problem: null };
    });
    if (!where.inside) break;
    if (where.problem) hidden.push(where.problem);
    await page.keyboard.press("Shift+Tab");
  }
  return hidden;
}

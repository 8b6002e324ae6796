import type { Locator } from "@playwright/test";

/**
 * The checkboxes among `boxes` that are not square or do not sit on their label's first line,
 * each described ("Name: 13×16, 20 px down"): a box beside a label that wraps must keep its
 * size and stay level with the start of the name.
 */
export function misshapenCheckboxes(boxes: Locator): Promise<string[]> {
  return boxes.evaluateAll((inputs) =>
    inputs.flatMap((input) => {
      const box = input.getBoundingClientRect();
      const label = input.closest("label")!;
      const firstLine = label.getClientRects()[0]!.top;
      const ok = Math.abs(box.width - box.height) < 0.5 && box.top - firstLine < 12;
      return ok ? [] : [`${label.textContent}: ${Math.round(box.width)}×${Math.round(box.height)}, ${Math.round(box.top - firstLine)} px down`];
    }),
  );
}

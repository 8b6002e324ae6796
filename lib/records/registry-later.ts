// The record-kind registry for the write path. The kinds import the write path, so the write
// path cannot import the registry with its own modules: it imports it when first asked, and
// once — a dynamic import costs a module lookup each time, and saves ask on every write.
let loading: Promise<typeof import("./registry")> | undefined;

export function registryLater(): Promise<typeof import("./registry")> {
  loading ??= import("./registry");
  return loading;
}

"use client";
import { useEffect } from "react";

/** Takes `saved` out of the address once its notice is shown: a reload or a shared link does not repeat it. */
export function ForgetSavedParam() {
  useEffect(() => {
    const url = new URL(window.location.href);
    if (!url.searchParams.has("saved")) return;
    url.searchParams.delete("saved");
    window.history.replaceState(window.history.state, "", url);
  }, []);
  return null;
}

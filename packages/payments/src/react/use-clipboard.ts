import { useEffect, useState } from "react";

export interface ClipboardState {
  /** True once running in a browser that offers `navigator.clipboard.writeText`: false on the server and at hydration. */
  available: boolean;
  /** Key of the value copied last, or null (none yet, or the last copy failed). */
  copied: string | null;
  /** True when the last copy failed (no permission, no focus). */
  failed: boolean;
  /** The text of the polite live region: what was just copied, or that copying failed. */
  announcement: string;
  /** Writes `value` to the clipboard and announces `success` or `failure`. */
  copy(key: string, value: string, success: string, failure: string): Promise<void>;
}

/**
 * Copying with the asynchronous Clipboard API as a progressive enhancement. `available` turns true only in an effect,
 * so the server HTML and the hydrating render agree (no buttons), and only where the API exists (secure contexts).
 */
export function useClipboard(): ClipboardState {
  const [available, setAvailable] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    setAvailable(typeof navigator !== "undefined" && typeof navigator.clipboard?.writeText === "function");
  }, []);

  async function copy(key: string, value: string, success: string, failure: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(key);
      setFailed(false);
      setAnnouncement((previous) => alternate(previous, success));
    } catch {
      setCopied(null);
      setFailed(true);
      setAnnouncement((previous) => alternate(previous, failure));
    }
  }

  return { available, copied, failed, announcement, copy };
}

/**
 * A live region announces only when its text changes. Copying the same field twice gives the same message, so every
 * other message ends in a no-break space: the text differs, screen readers say the same words.
 */
function alternate(previous: string, next: string): string {
  return previous === next ? `${next}\u00a0` : next;
}

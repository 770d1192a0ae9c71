import { type ForwardedRef, useEffect, useId, useImperativeHandle, useRef } from "react";

/**
 * The wiring of a titled `<section>` that may take focus when it appears (ErrorSummary, NotificationBanner):
 * `[id, titleId, ref]`: its id (the caller's or a generated one), its title's id for `aria-labelledby`, and a ref
 * that also reaches the caller's. A tuple, because property names survive minification and these bytes ship.
 * Focus moves only after hydration, so the server-rendered page is unaffected without JavaScript.
 */
export function useTitledRegion<T extends HTMLElement>(
  id: string | undefined,
  forwardedRef: ForwardedRef<T>,
  focusOnMount: boolean,
) {
  const generatedId = useId();
  const regionId = id ?? generatedId;
  const ref = useRef<T | null>(null);
  // The caller's ref gets the same element (null while the region renders nothing).
  useImperativeHandle(forwardedRef, () => ref.current as T);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return [regionId, `${regionId}-title`, ref] as const;
}

import type { Ref, RefCallback } from "react";

/**
 * One callback ref that fills several refs: the component's own (for focus) and the caller's forwarded ref.
 * Works with object and callback refs, in React 18 and 19.
 */
export function mergeRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === "function") ref(node);
      else if (ref) ref.current = node;
    }
  };
}

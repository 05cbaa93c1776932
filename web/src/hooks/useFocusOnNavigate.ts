import { useEffect, useRef, type RefObject } from 'react';

/**
 * After an in-app navigation (not on the first page load), moves focus to `target` (the main
 * landmark) so that keyboard and screen-reader users start at the new page's content.
 */
export function useFocusOnNavigate(path: string, target: RefObject<HTMLElement | null>): void {
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current === path) return;
    previous.current = path;
    target.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [path, target]);
}

import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Watches a part of the page the search plugin renders (outside React's
 * reach: autocomplete.js builds its own DOM) and returns the sentence a
 * screen reader should hear about it, debounced so typing is not read out
 * letter by letter. `describe` returns null for "nothing to say".
 */
export function useAnnouncer(root: RefObject<HTMLElement | null>, describe: (root: HTMLElement) => string | null, fix?: (root: HTMLElement) => void): string {
  const [message, setMessage] = useState('');
  const describeRef = useRef(describe);
  const fixRef = useRef(fix);
  describeRef.current = describe;
  fixRef.current = fix;
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      fixRef.current?.(element);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = describeRef.current(element);
        if (next !== null) setMessage(next);
      }, 400);
    };
    const observer = new MutationObserver(update);
    observer.observe(element, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-expanded'] });
    update();
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [root]);
  return message;
}

import React, { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Mermaid as MermaidApi, RenderResult } from 'mermaid';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';
import { ErrorBoundaryErrorMessageFallback, useColorMode } from '@docusaurus/theme-common';
import type { DiagramsGlobalData } from '../../index';
import styles from './styles.module.css';

let loading: Promise<MermaidApi> | undefined;
/** Mermaid's prebuilt module, imported by the browser itself (the bundler leaves it alone), once per page load. */
function loadMermaid(url: string): Promise<MermaidApi> {
  loading ??= import(/* webpackIgnore: true */ url).then(
    (m: { default: MermaidApi }) => m.default,
    (e: unknown) => {
      loading = undefined; // a failed download is tried again by the next diagram, not remembered
      throw e;
    },
  );
  return loading;
}

let queue: Promise<unknown> = Promise.resolve();
/**
 * Renders one diagram after the previous render has finished: Mermaid is one
 * mutable singleton (initialize() is the only way to set the theme), and a
 * colour-mode switch during the first render would otherwise interleave two.
 */
let renders = 0;
function renderDiagram(url: string, diagramId: string, text: string, theme: 'default' | 'dark'): Promise<RenderResult> {
  // A fresh id per render: Mermaid removes any element with the id it draws under, which would be the diagram on screen.
  const id = `${diagramId}-${++renders}`;
  const next = queue.then(async () => {
    const mermaid = await loadMermaid(url);
    mermaid.initialize({ startOnLoad: false, theme });
    try {
      return await mermaid.render(id, text);
    } catch (e) {
      // On a syntax error Mermaid leaves its error drawing in the body.
      document.querySelector(`#d${id}`)?.remove();
      throw e;
    }
  });
  queue = next.catch(() => undefined);
  return next;
}

let counter = 0;

function Diagram({ value }: { value: string }): ReactNode {
  const { mermaidModule } = usePluginData('site-diagrams') as DiagramsGlobalData;
  const url = useBaseUrl(`/${mermaidModule}`, { forcePrependBaseUrl: true });
  const { colorMode } = useColorMode();
  // Mermaid wants an id that is a valid CSS selector (React's useId is not).
  const [id] = useState(() => `mermaid-svg-${++counter}`);
  const [result, setResult] = useState<RenderResult | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    renderDiagram(url, id, value, colorMode === 'dark' ? 'dark' : 'default')
      .then(
        (r) => current && setResult(r),
        (e: unknown) =>
          current &&
          setResult(() => {
            throw e; // surfaces in the error boundary below
          }),
      );
    return () => {
      current = false;
    };
  }, [url, id, value, colorMode]);

  useEffect(() => {
    if (result && ref.current) result.bindFunctions?.(ref.current);
  }, [result]);

  if (!result) return null;
  // Stable class name: the site's CSS and tests address the rendered diagram by it.
  return <div ref={ref} className={`docusaurus-mermaid-container ${styles.diagram}`} dangerouslySetInnerHTML={{ __html: result.svg }} />;
}

/** A ```mermaid block of a Markdown page, drawn in the browser. */
export default function Mermaid(props: { value: string }): ReactNode {
  return (
    <ErrorBoundary fallback={(params) => <ErrorBoundaryErrorMessageFallback {...params} />}>
      <Diagram {...props} />
    </ErrorBoundary>
  );
}

import React, { Children, isValidElement, type ReactElement, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import { usePluralForm } from '@docusaurus/theme-common';
import { answerText } from './answerText';
import styles from './styles.module.css';

interface ItemProps {
  /** Anchor of the question, kebab-case; other pages link to `faq/#<id>`. */
  id: string;
  question: string;
  children: ReactNode;
}

/** One question and its answer (Markdown between the tags). */
export function FAQItem({ id, question, children }: ItemProps) {
  // The theme's heading adds the anchor link and registers the anchor for the broken-anchor check.
  return (
    <section className={styles.item} aria-labelledby={id}>
      <Heading as="h2" id={id} className={styles.question}>
        {question}
      </Heading>
      <div className={styles.answer}>{children}</div>
    </section>
  );
}

/**
 * A list of questions: renders an index of the questions, the questions
 * themselves, and a schema.org FAQPage JSON-LD built from the very same
 * items, so search engines see exactly what readers see.
 */
export function FAQ({ children }: { children: ReactNode }) {
  const { selectMessage } = usePluralForm();
  const items = Children.toArray(children).filter((c): c is ReactElement<ItemProps> => isValidElement(c) && c.type === FAQItem);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map(({ props }) => ({
      '@type': 'Question',
      name: props.question,
      acceptedAnswer: { '@type': 'Answer', text: answerText(props.children, selectMessage) },
    })),
  };
  return (
    <>
      <Head>
        <script type="application/ld+json">{JSON.stringify(jsonLd)}</script>
      </Head>
      <nav className={styles.index} aria-labelledby="faq-index-title">
        <p id="faq-index-title" className={styles.indexTitle}>
          <Translate id="faq.index.title">本页问题</Translate>
        </p>
        <ol>
          {items.map(({ props }) => (
            <li key={props.id}>
              <a href={`#${props.id}`}>{props.question}</a>
            </li>
          ))}
        </ol>
      </nav>
      {items}
    </>
  );
}

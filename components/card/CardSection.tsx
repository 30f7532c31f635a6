import type { ComponentChildren } from 'preact';

/** A titled part of the card (and the term's page), named for assistive technology by its heading. */
export function CardSection({ id, title, class: className, children }: { id: string; title: string; class?: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} class={className}>
      <h3 id={id} class="section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

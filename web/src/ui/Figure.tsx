import type { FigureProps } from '@dari/markdown/react';

/** A figure of a lesson: the image keeps its alt for screen readers; the visible caption repeats it. */
export function Figure({ src, alt }: FigureProps) {
  return (
    <figure className="figure">
      <img src={src} alt={alt} />
      <figcaption aria-hidden="true">{alt}</figcaption>
    </figure>
  );
}

import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureDialog, scrollToMiddle } from './FigureDialog';
import { useLowData } from './lowData';
import { useReadableWidth } from './readableWidth';

interface FigureProps {
  src: string;
  alt: string;
}

/**
 * An image with its alt text as a visible caption. Figures are drawn with text in them: the image is never
 * shown so small that its text falls under 12 px (on a phone it scrolls sideways instead), and a tap, click,
 * Enter or Space opens it enlarged.
 */
export function Figure({ src, alt }: FigureProps) {
  const lowData = useLowData();
  const [shown, setShown] = useState(false);
  if (lowData && !shown) return <DeferredFigure alt={alt} onShow={() => setShown(true)} />;
  return <LoadedFigure src={src} alt={alt} />;
}

/** Low-data mode: nothing is downloaded until the reader asks; the alt text says what the figure shows. */
function DeferredFigure({ alt, onShow }: { alt: string; onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <figure className="figure figure--deferred">
      <p className="figure__placeholder">{alt}</p>
      {/* `data-ui`: interface text, not part of the content (the content fidelity checks leave it out). */}
      <button type="button" className="button" onClick={onShow} data-ui="">
        {t('figure.show')}
      </button>
    </figure>
  );
}

function LoadedFigure({ src, alt }: FigureProps) {
  const { t } = useTranslation();
  const readableWidth = useReadableWidth(src);
  const [enlarged, setEnlarged] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const scrollBox = useRef<HTMLDivElement>(null);
  const hintId = useId();
  useLayoutEffect(() => scrollToMiddle(scrollBox.current), [readableWidth]);

  return (
    <figure className="figure">
      <div className="figure__frame">
        <div ref={scrollBox} className="figure__scroll">
          <button
            ref={opener}
            type="button"
            className="figure__open"
            aria-haspopup="dialog"
            aria-describedby={hintId}
            onClick={() => setEnlarged(true)}
          >
            <img src={src} alt={alt} style={readableWidth ? { minWidth: readableWidth } : undefined} />
          </button>
        </div>
        {/* Stays in the corner however far the figure is scrolled; taps go through it to the figure.
            `data-ui`: interface text, not part of the content (the content fidelity checks leave it out). */}
        <span id={hintId} className="figure__hint" aria-hidden="true" data-ui="">
          {t('figure.enlarge')}
        </span>
      </div>
      {/* The image keeps its alt for screen readers; the visible caption repeats it, so it is hidden from them. */}
      <figcaption aria-hidden="true">{alt}</figcaption>
      {enlarged && (
        <FigureDialog src={src} alt={alt} readableWidth={readableWidth} onClose={() => setEnlarged(false)} returnFocusTo={opener} />
      )}
    </figure>
  );
}

import { useEffect, useEffectEvent, useRef, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

interface FigureDialogProps {
  src: string;
  alt: string;
  /** The figure's smallest readable width, if known; the dialog shows it half as large again. */
  readableWidth?: number;
  onClose: () => void;
  /** Gets the focus back once the dialog is gone (it cannot while the page behind is inert). */
  returnFocusTo: RefObject<HTMLElement | null>;
}

const ENLARGEMENT = 1.5;

/** Figures are mostly drawn around their middle: a box narrower than its figure starts scrolled to it. */
export function scrollToMiddle(box: HTMLElement | null): void {
  if (box) box.scrollLeft = (box.scrollWidth - box.clientWidth) / 2;
}

/** Marks everything in <body> except `keep` inert while a modal is open; returns the undo. */
function inertOutside(keep: Element): () => void {
  const others = [...document.body.children].filter((element) => element !== keep && !element.hasAttribute('inert'));
  others.forEach((element) => element.setAttribute('inert', ''));
  return () => others.forEach((element) => element.removeAttribute('inert'));
}

/** A figure filling the screen, scrollable both ways; Escape or the close button closes it. */
export function FigureDialog({ src, alt, readableWidth, onClose, returnFocusTo }: FigureDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const closeOnEscape = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  });

  useEffect(() => {
    closeButton.current?.focus();
    scrollToMiddle(body.current);
    const undoInert = dialog.current ? inertOutside(dialog.current) : () => undefined;
    // The page behind must not scroll under the reader's finger.
    const { overflow } = document.documentElement.style;
    document.documentElement.style.overflow = 'hidden';
    const onKeyDown = (event: globalThis.KeyboardEvent) => closeOnEscape(event);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.documentElement.style.overflow = overflow;
      undoInert();
      returnFocusTo.current?.focus();
    };
  }, [returnFocusTo]);

  // Keeps Tab inside the dialog where `inert` is not supported: its only stops are the button and the image box.
  const trapTab = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab') return;
    const stops = [...(dialog.current?.querySelectorAll<HTMLElement>('button, [tabindex="0"]') ?? [])];
    const edge = event.shiftKey ? stops[0] : stops[stops.length - 1];
    if (document.activeElement !== edge) return;
    event.preventDefault();
    (event.shiftKey ? stops[stops.length - 1] : stops[0])?.focus();
  };

  const width = readableWidth ? Math.round(readableWidth * ENLARGEMENT) : undefined;
  return createPortal(
    <div ref={dialog} className="figure-dialog" role="dialog" aria-modal="true" aria-label={alt} onKeyDown={trapTab}>
      <div className="figure-dialog__bar">
        <p className="figure-dialog__title" aria-hidden="true">
          {alt}
        </p>
        <button ref={closeButton} type="button" className="button button--primary" onClick={onClose}>
          {t('figure.close')}
        </button>
      </div>
      {/* Focusable so the keyboard can scroll a figure larger than the screen. */}
      <div ref={body} className="figure-dialog__body" tabIndex={0}>
        <img src={src} alt={alt} style={width ? { width } : undefined} />
      </div>
    </div>,
    document.body,
  );
}

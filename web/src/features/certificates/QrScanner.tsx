import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

// The Shape Detection API, where the browser has it (Chromium on Android, ChromeOS, macOS): no QR library.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorConstructor | undefined {
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** A camera and a QR detector; getUserMedia exists only on https or localhost. */
export function canScan(): boolean {
  return barcodeDetector() !== undefined && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

const INTERVAL_MS = 250;

/** Reads a QR code with the camera and hands over its text; renders nothing where that is impossible. */
export function QrScanner({ onScan }: { onScan: (text: string) => void }) {
  const { t } = useTranslation();
  const [scanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  // The latest callback, without restarting the camera whenever the parent renders.
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  });

  useEffect(() => {
    const Detector = barcodeDetector();
    if (!scanning || !Detector) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let active = true;
    const stop = () => {
      active = false;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    const detect = async (detector: BarcodeDetectorLike) => {
      if (!active || !video.current) return;
      const found = await detector.detect(video.current).catch(() => []);
      const text = found.find((code) => code.rawValue)?.rawValue;
      if (text && active) {
        stop();
        setScanning(false);
        onScanRef.current(text);
      } else if (active) {
        timer = setTimeout(() => void detect(detector), INTERVAL_MS);
      }
    };
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        if (!active || !video.current) return stop();
        video.current.srcObject = stream;
        await video.current.play();
        void detect(new Detector({ formats: ['qr_code'] }));
      } catch {
        stop();
        setFailed(true);
        setScanning(false);
      }
    })();
    return stop;
  }, [scanning]);

  if (!canScan()) return null;
  return (
    <div className="qr-scanner">
      <Button
        variant="quiet"
        onClick={() => {
          setFailed(false);
          setScanning(!scanning);
        }}
      >
        {scanning ? t('verify.scanStop') : t('verify.scan')}
      </Button>
      {failed && (
        <p className="alert" role="alert">
          {t('verify.cameraFailed')}
        </p>
      )}
      {scanning && (
        <>
          <p>{t('verify.scanning')}</p>
          <video ref={video} className="qr-scanner__video" muted playsInline />
        </>
      )}
    </div>
  );
}

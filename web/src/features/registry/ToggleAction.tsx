import { type ReactNode, useState } from 'react';
import { Button } from '../../ui/Button';
import { ActionDone } from './ActionPanel';

export interface PanelControls {
  onCancel: () => void;
  onDone: (message: string) => void;
}

/** A button that opens an action's panel, and the outcome line the panel reports when it is done. */
export function ToggleAction({ label, children }: { label: string; children: (controls: PanelControls) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="worker-action">
      <Button
        variant="quiet"
        aria-expanded={open}
        onClick={() => {
          setDone(null);
          setOpen(!open);
        }}
      >
        {label}
      </Button>
      {open &&
        children({
          onCancel: () => setOpen(false),
          onDone: (message) => {
            setOpen(false);
            setDone(message);
          },
        })}
      <ActionDone message={done} />
    </div>
  );
}

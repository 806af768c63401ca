import { useEffect, useRef, useState } from 'react';

interface TwoStepProps {
  /** The first button's text, e.g. "Delete". */
  label: string;
  /** Words after the label in the accessible name, e.g. the playbook's name ("Delete Northwind sales playbook"). */
  srLabel?: string;
  /** Asked before acting: "Delete “X” from this device?" */
  question: string;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => void;
  /** When false, the first click acts at once (e.g. Cancel with nothing to lose). */
  ask?: boolean;
}

/**
 * A destructive action with a confirm step in place (no modal): the first
 * click asks, focus goes to the safe choice, and "keep" puts focus back.
 */
export function TwoStep({ label, srLabel, question, confirmLabel, keepLabel, onConfirm, ask = true }: TwoStepProps) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);

  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (returning.current) {
      returning.current = false;
      first.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={first} aria-label={srLabel ? `${label} ${srLabel}` : undefined} onClick={() => (ask ? setAsking(true) : onConfirm())}>
        {label}
      </button>
    );
  }
  return (
    <span className="pb-confirm" role="group" aria-label={question}>
      <span className="pb-confirm-q">{question}</span>{' '}
      <button type="button" className="pb-danger" onClick={onConfirm}>
        {confirmLabel}
      </button>{' '}
      <button
        type="button"
        ref={keep}
        onClick={() => {
          returning.current = true;
          setAsking(false);
        }}
      >
        {keepLabel}
      </button>
    </span>
  );
}

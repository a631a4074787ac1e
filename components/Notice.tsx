interface Props {
  ok: boolean;
  message: string;
  onDismiss?: () => void;
  class?: string;
}

/** A one-line outcome (done, or what went wrong) that the user can dismiss. */
export function Notice({ ok, message, onDismiss, class: extra }: Props) {
  return (
    <p class={`notice notice-row ${ok ? 'notice-ok' : 'notice-error'}${extra ? ` ${extra}` : ''}`} role={ok ? 'status' : 'alert'}>
      <span>{message}</span>
      {onDismiss && (
        <button type="button" class="notice-dismiss" aria-label="Dismiss" onClick={onDismiss}>
          ×
        </button>
      )}
    </p>
  );
}

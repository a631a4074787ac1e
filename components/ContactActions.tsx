import { useMemo, useState } from 'preact/hooks';
import { clipboardText, draftContact, gmailComposeUrl, mailtoUrl } from '../lib/contact';
import type { Evaluation, Posting, Profile } from '../lib/model';
import { webHref } from './links';

interface Props {
  posting: Posting;
  evaluation: Evaluation;
  profile: Profile;
  /** Called by every contact action: the job moves to "contacted". */
  onContacted: () => void;
  copy: (text: string) => Promise<void>;
}

export function ContactActions({ posting, evaluation, profile, onContacted, copy }: Props) {
  const [recipient, setRecipient] = useState<string | undefined>(undefined);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const draft = useMemo(
    () => draftContact(posting, evaluation, profile, recipient),
    [posting, evaluation, profile, recipient],
  );
  const applyUrl = webHref(posting.applyUrl) ?? webHref(posting.url);

  if (!draft) {
    return (
      <section class="contact-box" aria-label="Contact">
        <p class="muted">This posting gives no email address.</p>
        {applyUrl && (
          <a class="btn" href={applyUrl} target="_blank" rel="noreferrer noopener">
            Apply on the employer's site ↗
          </a>
        )}
      </section>
    );
  }

  const recipients = [draft.to, ...draft.alternatives.filter((address) => address !== draft.to)];
  return (
    <section class="contact-box" aria-label="Contact">
      <div class="row contact-actions">
        <a class="btn btn-primary" href={mailtoUrl(draft)} onClick={onContacted} aria-label={`Email ${draft.to}`}>
          ✉ Email
        </a>
        <a class="btn" href={gmailComposeUrl(draft)} target="_blank" rel="noreferrer noopener" onClick={onContacted}>
          Gmail
        </a>
        <button
          type="button"
          class="btn"
          onClick={async () => {
            try {
              await copy(clipboardText(draft));
              setCopied('done');
              onContacted();
            } catch {
              setCopied('failed');
            }
          }}
        >
          {copied === 'done' ? 'Copied ✓' : 'Copy'}
        </button>
      </div>
      {recipients.length > 1 ? (
        <label class="row contact-recipient muted">
          To
          <select value={draft.to} onChange={(event) => setRecipient(event.currentTarget.value)}>
            {recipients.map((address) => (
              <option key={address} value={address}>{address}</option>
            ))}
          </select>
        </label>
      ) : (
        <p class="contact-recipient muted">To {draft.to}</p>
      )}
      {copied === 'failed' && <p class="field-error">The clipboard refused the text; use the email link instead.</p>}
      <details class="contact-preview">
        <summary>Preview the email</summary>
        <p class="contact-subject"><strong>{draft.subject}</strong></p>
        <pre class="contact-body">{draft.body}</pre>
      </details>
    </section>
  );
}

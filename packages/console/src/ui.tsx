// Small building blocks every page uses: loading, error and empty states, a confirmation
// dialog, a copy button, and a hook that loads data (optionally polling).
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "./api.js";
import type { MessageKey } from "./i18n/index.js";

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function Loading({ text }: { text: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      {text}
    </p>
  );
}

export function ErrorBox({ text, onRetry, retryLabel }: { text: string; onRetry?: () => void; retryLabel?: string }) {
  return (
    <div className="error" role="alert">
      <span>{text}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}

export function Empty({ text }: { text: string }) {
  return <p className="empty">{text}</p>;
}

export const messageOf = (err: unknown): string => (err instanceof ApiError || err instanceof Error ? err.message : String(err));

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

/** Loads once, and again every `pollMs` when given (live state without reloading the page). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], pollMs?: number): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const live = useRef(true);
  // The latest load function, called by the effect below; `deps` say when to load again.
  const loadRef = useRef(load);
  loadRef.current = load;
  const run = useCallback(async () => {
    try {
      const d = await loadRef.current();
      if (!live.current) return;
      setData(d);
      setError(undefined);
    } catch (err) {
      if (live.current) setError(messageOf(err));
    } finally {
      if (live.current) setLoading(false);
    }
  }, []);
  const key = JSON.stringify(deps);
  // biome-ignore lint/correctness/useExhaustiveDependencies: key (the caller's deps) decides when to load again
  useEffect(() => {
    live.current = true;
    setLoading(true);
    void run();
    const timer = pollMs ? setInterval(() => void run(), pollMs) : undefined;
    return () => {
      live.current = false;
      clearInterval(timer);
    };
  }, [run, pollMs, key]);
  return { data, error, loading, reload: run };
}

/** What a page shows while its data loads, when it failed, or when there is none. */
export function States<T>({
  loaded,
  t,
  empty,
  isEmpty,
  children,
}: {
  loaded: Loaded<T>;
  t: Translate;
  empty: string;
  isEmpty: (d: T) => boolean;
  children: (d: T) => ReactNode;
}) {
  if (loaded.data === undefined && loaded.loading) return <Loading text={t("common.loading")} />;
  if (loaded.data === undefined)
    return <ErrorBox text={t("common.error", { message: loaded.error ?? "" })} onRetry={() => void loaded.reload()} retryLabel={t("common.retry")} />;
  return (
    <>
      {loaded.error && <ErrorBox text={t("common.error", { message: loaded.error })} />}
      {isEmpty(loaded.data) ? <Empty text={empty} /> : children(loaded.data)}
    </>
  );
}

export function CopyButton({ value, label, copiedLabel }: { value: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="small"
      onClick={() => {
        void navigator.clipboard?.writeText(value).then(
          () => setCopied(true),
          () => setCopied(false),
        );
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}

/** A modal confirmation (native <dialog>: focus trapped, Escape cancels). */
export function Confirm({
  title,
  body,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
  onCancel,
  children,
}: {
  title: string;
  body?: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="confirm-title" onCancel={onCancel} className="dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <h2 id="confirm-title">{title}</h2>
        {body && <p>{body}</p>}
        {children}
        <div className="row end">
          <button type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="submit" className={danger ? "danger" : "primary"}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

export function Pager({ page, pages, onPage, t }: { page: number; pages: number; onPage: (p: number) => void; t: Translate }) {
  if (pages <= 1) return null;
  return (
    <div className="row pager">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t("common.prev")}
      </button>
      <span>{t("common.page", { page, pages })}</span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t("common.next")}
      </button>
    </div>
  );
}

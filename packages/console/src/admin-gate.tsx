// Pages on the operator API (/admin) ask for the admin token once; it stays in memory only.
import { type FormEvent, type ReactNode, useState } from "react";
import { admin, hasAdminToken, setAdminToken } from "./api.js";
import { useApp } from "./app.js";
import { ErrorBox, messageOf } from "./ui.js";

export function AdminGate({ children }: { children: ReactNode }) {
  const { t } = useApp();
  const [ready, setReady] = useState(hasAdminToken());
  const [token, setToken] = useState("");
  const [error, setError] = useState<string>();
  if (ready) return <>{children}</>;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAdminToken(token);
    try {
      // Any cheap admin call proves the token.
      await admin("GET", "/products");
      setToken("");
      setReady(true);
    } catch (err) {
      setAdminToken(null);
      setError(`${t("gate.refused")} ${messageOf(err)}`);
    }
  };
  return (
    <section aria-labelledby="gate-title" className="card narrow">
      <h2 id="gate-title">{t("gate.title")}</h2>
      <p>{t("gate.intro")}</p>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label htmlFor="admin-token">{t("gate.label")}</label>
        <input id="admin-token" type="password" autoComplete="off" required value={token} onChange={(e) => setToken(e.target.value)} />
        {error && <ErrorBox text={error} />}
        <button type="submit" className="primary">
          {t("gate.submit")}
        </button>
      </form>
    </section>
  );
}

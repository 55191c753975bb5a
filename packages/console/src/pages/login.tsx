// Username and password; the session comes back as an HttpOnly cookie plus an in-memory token.
import { type FormEvent, type ReactNode, useState } from "react";
import { login } from "../api.js";
import { ErrorBox, messageOf, type Translate } from "../ui.js";

export function LoginPage({ t, langSwitch, onLoggedIn }: { t: Translate; langSwitch: ReactNode; onLoggedIn: () => Promise<void> }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login(username, password);
      setPassword("");
      await onLoggedIn();
    } catch (err) {
      setError(t("login.failed", { message: messageOf(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login">
      <div className="card narrow">
        <p className="brand">{t("app.title")}</p>
        <h1>{t("login.title")}</h1>
        <form onSubmit={(e) => void submit(e)}>
          <label htmlFor="login-username">{t("login.username")}</label>
          <input id="login-username" name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
          <label htmlFor="login-password">{t("login.password")}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {error && <ErrorBox text={error} />}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t("common.working") : t("login.submit")}
          </button>
        </form>
        {langSwitch}
      </div>
    </main>
  );
}

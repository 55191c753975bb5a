// Operators: the users (platform API, platform admins only), created here too.
import { type FormEvent, useState } from "react";
import { platform, platformList } from "../api.js";
import { useApp } from "../app.js";
import { ErrorBox, messageOf, States, useLoad } from "../ui.js";

interface User {
  id: number;
  username: string;
  email: string | null;
  platform_admin: boolean;
  disabled: boolean;
}

export default function Users() {
  const { t } = useApp();
  const loaded = useLoad(() => platformList<User>("/users?limit=100"), []);
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await platform("POST", "/users", { username, password });
      setUsername("");
      setPassword("");
    } catch (err) {
      setError(messageOf(err));
    }
    await loaded.reload();
  };
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("users.title")}</h1>
      <form className="row wrap" onSubmit={(e) => void create(e)}>
        <label htmlFor="user-name">{t("login.username")}</label>
        <input id="user-name" required maxLength={64} autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
        <label htmlFor="user-password">{t("login.password")}</label>
        <input id="user-password" type="password" required autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="primary">
          {t("users.create")}
        </button>
      </form>
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      <States loaded={loaded} t={t} empty={t("common.empty")} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("login.username")}</th>
                  <th scope="col">{t("users.email")}</th>
                  <th scope="col">{t("common.status")}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((u) => (
                  <tr key={u.id}>
                    <td>{u.username}</td>
                    <td>{u.email ?? ""}</td>
                    <td>
                      {u.platform_admin && <span className="badge">{t("users.admin")}</span>}
                      {u.disabled && <span className="badge warn">{t("users.disabled")}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
    </section>
  );
}

// Operators: the users (platform API, platform admins only), created here too.
import { type FormEvent, useState } from "react";
import { admin, platform, platformList } from "../api.js";
import { AdminGate } from "../admin-gate.js";
import { useApp } from "../app.js";
import { ErrorBox, messageOf, States, useLoad } from "../ui.js";

interface User {
  id: number;
  username: string;
  email: string | null;
  platform_admin: boolean;
  disabled: boolean;
  balance: string;
}

/** Money in: the operator API (admin token), with an Idempotency-free single call per click. */
function Recharge({ users, onDone }: { users: User[]; onDone: () => Promise<void> }) {
  const { t } = useApp();
  const [username, setUsername] = useState(users[0]?.username ?? "");
  const [amount, setAmount] = useState("");
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await admin<{ balance: string }>("POST", `/users/${encodeURIComponent(username)}/recharge`, { amount });
      setResult({ ok: true, text: t("users.recharged", { name: username, balance: r.balance }) });
      setAmount("");
    } catch (err) {
      setResult({ ok: false, text: t("common.error", { message: messageOf(err) }) });
    }
    await onDone();
  };
  return (
    <form className="row wrap" onSubmit={(e) => void submit(e)}>
      <label htmlFor="recharge-user">{t("login.username")}</label>
      <select id="recharge-user" value={username} onChange={(e) => setUsername(e.target.value)}>
        {users.map((u) => (
          <option key={u.id} value={u.username}>
            {u.username}
          </option>
        ))}
      </select>
      <label htmlFor="recharge-amount">{t("users.amount")}</label>
      <input id="recharge-amount" required inputMode="decimal" pattern="[0-9]+(\.[0-9]{1,2})?" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <button type="submit" className="primary">
        {t("users.recharge")}
      </button>
      {result && (
        <span className={result.ok ? "ok" : "error"} role="status">
          {result.text}
        </span>
      )}
    </form>
  );
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
                  <th scope="col">{t("dash.balance")}</th>
                  <th scope="col">{t("common.status")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((u) => (
                  <tr key={u.id}>
                    <td>{u.username}</td>
                    <td>{u.email ?? ""}</td>
                    <td className="num">{u.balance}</td>
                    <td>
                      {u.platform_admin && <span className="badge">{t("users.admin")}</span>}
                      {u.disabled && <span className="badge warn">{t("users.disabled")}</span>}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="small"
                        onClick={() =>
                          void platform("PATCH", `/users/${u.id}`, { disabled: !u.disabled }).then(
                            () => loaded.reload(),
                            (err: unknown) => setError(messageOf(err)),
                          )
                        }
                      >
                        {u.disabled ? t("users.enable") : t("users.disable")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
      <h2>{t("users.recharge")}</h2>
      {loaded.data && (
        <AdminGate>
          <Recharge users={loaded.data.items} onDone={loaded.reload} />
        </AdminGate>
      )}
    </section>
  );
}

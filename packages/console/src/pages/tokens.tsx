// Rental API tokens: generate (the full token shown once, to copy), list masked, delete.
import { type FormEvent, useState } from "react";
import { platform } from "../api.js";
import { useApp } from "../app.js";
import { Confirm, CopyButton, ErrorBox, messageOf, States, useLoad } from "../ui.js";

interface Token {
  name: string;
  token: string;
  status: string;
  create_at: string | null;
}

export default function Tokens() {
  const { t } = useApp();
  const loaded = useLoad(() => platform<Token[]>("GET", "/tokens"), []);
  const [name, setName] = useState("");
  const [fresh, setFresh] = useState<string>();
  const [error, setError] = useState<string>();
  const [deleting, setDeleting] = useState<Token>();

  const generate = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const made = await platform<Token>("POST", "/tokens", { name });
      setFresh(made.token);
      setName("");
    } catch (err) {
      setError(messageOf(err));
    }
    await loaded.reload();
  };

  const remove = async (tok: Token) => {
    setDeleting(undefined);
    try {
      await platform("DELETE", `/tokens/${encodeURIComponent(tok.token)}`);
      setFresh(undefined);
    } catch (err) {
      setError(messageOf(err));
    }
    await loaded.reload();
  };

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("tok.title")}</h1>
      <p className="muted">{t("tok.intro")}</p>
      <form className="row wrap" onSubmit={(e) => void generate(e)}>
        <label htmlFor="token-name">{t("tok.name")}</label>
        <input id="token-name" required maxLength={64} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="primary">
          {t("tok.generate")}
        </button>
      </form>
      {error && <ErrorBox text={t("common.error", { message: error })} />}
      {fresh && (
        <div className="notice" role="status">
          <p>{t("tok.shownOnce")}</p>
          <p className="row">
            <code data-testid="new-token">{fresh}</code>
            <CopyButton value={fresh} label={t("common.copy")} copiedLabel={t("common.copied")} />
          </p>
        </div>
      )}
      <States loaded={loaded} t={t} empty={t("tok.none")} isEmpty={(d) => d.length === 0}>
        {(list) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("common.name")}</th>
                  <th scope="col">{t("tok.token")}</th>
                  <th scope="col">{t("tok.created")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((tok) => (
                  <tr key={tok.token} data-token={tok.token}>
                    <td>{tok.name}</td>
                    <td className="mono">{tok.token}</td>
                    <td>{tok.create_at}</td>
                    <td>
                      <button type="button" className="small danger" onClick={() => setDeleting(tok)}>
                        {t("common.delete")}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </States>
      {deleting && (
        <Confirm
          title={t("tok.confirmDelete", { token: deleting.token })}
          confirmLabel={t("common.delete")}
          cancelLabel={t("common.cancel")}
          danger
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void remove(deleting)}
        />
      )}
    </section>
  );
}

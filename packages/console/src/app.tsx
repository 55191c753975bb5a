// The console's shell: session, language, navigation and the page of the current path. Pages
// are loaded on first use (their own chunks), so the first load stays small.
import { createContext, lazy, type ReactNode, Suspense, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { logout, platform, refresh, whenSignedOut } from "./api.js";
import { DICTIONARIES, type Lang, type MessageKey, translate } from "./i18n/index.js";
import { LoginPage } from "./pages/login.js";
import { Loading } from "./ui.js";

export interface Me {
  id: number;
  username: string;
  email: string | null;
  platform_admin: boolean;
  workspaces: { id: string; name: string; role: string; personal: boolean }[];
}

interface AppContext {
  lang: Lang;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  me: Me;
  path: string;
  navigate: (to: string) => void;
  reloadMe: () => Promise<void>;
}

const Ctx = createContext<AppContext | null>(null);
export const useApp = (): AppContext => useContext(Ctx)!;

/** Translation without a session (the login page). */
export function useT(lang: Lang) {
  return useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang]);
}

const Dashboard = lazy(() => import("./pages/dashboard.js"));
const Instances = lazy(() => import("./pages/instances.js"));
const Buy = lazy(() => import("./pages/buy.js"));
const Images = lazy(() => import("./pages/images.js"));
const Tokens = lazy(() => import("./pages/tokens.js"));
const Ledger = lazy(() => import("./pages/ledger.js"));
const Workspace = lazy(() => import("./pages/workspace.js"));
const Fleet = lazy(() => import("./pages/fleet.js"));
const Host = lazy(() => import("./pages/host.js"));
const Users = lazy(() => import("./pages/users.js"));
const Audit = lazy(() => import("./pages/audit.js"));
const Catalog = lazy(() => import("./pages/catalog.js"));
const OpsAudit = lazy(() => import("./pages/ops-audit.js"));
const ArtifactList = lazy(() => import("./pages/artifacts.js").then((m) => ({ default: m.ArtifactList })));
const ArtifactPage = lazy(() => import("./pages/artifacts.js").then((m) => ({ default: m.ArtifactPage })));
const TaskList = lazy(() => import("./pages/tasks.js").then((m) => ({ default: m.TaskList })));
const TaskPage = lazy(() => import("./pages/tasks.js").then((m) => ({ default: m.TaskPage })));
const Train = lazy(() => import("./pages/train.js"));
const Experiments = lazy(() => import("./pages/experiments.js").then((m) => ({ default: m.Experiments })));
const RunPage = lazy(() => import("./pages/experiments.js").then((m) => ({ default: m.RunPage })));
const Lineage = lazy(() => import("./pages/experiments.js").then((m) => ({ default: m.Lineage })));

interface Route {
  path: string;
  label: MessageKey;
  operator?: boolean;
}

const NAV: Route[] = [
  { path: "/", label: "nav.dashboard" },
  { path: "/instances", label: "nav.instances" },
  { path: "/buy", label: "nav.buy" },
  { path: "/images", label: "nav.images" },
  { path: "/tokens", label: "nav.tokens" },
  { path: "/ledger", label: "nav.ledger" },
  { path: "/datasets", label: "nav.datasets" },
  { path: "/models", label: "nav.models" },
  { path: "/train", label: "nav.train" },
  { path: "/tasks", label: "nav.tasks" },
  { path: "/experiments", label: "nav.experiments" },
  { path: "/workspace", label: "nav.workspace" },
  { path: "/audit", label: "nav.audit" },
  { path: "/fleet", label: "nav.fleet", operator: true },
  { path: "/users", label: "nav.users", operator: true },
  { path: "/catalog", label: "nav.catalog", operator: true },
  { path: "/operator-audit", label: "nav.opsAudit", operator: true },
];

function pageFor(path: string, admin: boolean): ReactNode {
  const operatorPage = (node: ReactNode) => (admin ? node : <Forbidden />);
  if (path === "/") return <Dashboard />;
  if (path === "/instances") return <Instances />;
  if (path === "/buy") return <Buy />;
  if (path === "/images") return <Images />;
  if (path === "/tokens") return <Tokens />;
  if (path === "/ledger") return <Ledger />;
  if (path === "/workspace") return <Workspace />;
  if (path === "/datasets") return <ArtifactList kind="dataset" />;
  if (path === "/models") return <ArtifactList kind="model" />;
  const artifact = /^\/(dataset|model)s\/([\w-]{1,64})$/.exec(path);
  if (artifact) return <ArtifactPage key={path} kind={artifact[1] as "dataset" | "model"} id={artifact[2]!} />;
  if (path === "/train") return <Train />;
  if (path === "/tasks") return <TaskList />;
  const task = /^\/tasks\/([\w-]{1,64})$/.exec(path);
  if (task) return <TaskPage key={path} id={task[1]!} />;
  if (path === "/experiments") return <Experiments />;
  const run = /^\/experiments\/([\w.-]{1,64})$/.exec(path);
  if (run) return <RunPage key={path} id={run[1]!} />;
  const lineage = /^\/lineage\/([^/]{1,400})\/v(\d{1,9})$/.exec(path);
  if (lineage) return <Lineage key={path} name={safeDecode(lineage[1]!)} version={Number(lineage[2])} />;
  if (path === "/fleet") return operatorPage(<Fleet />);
  const host = /^\/fleet\/([\w.-]{1,128})$/.exec(path);
  if (host) return operatorPage(<Host hostId={host[1]!} />);
  if (path === "/users") return operatorPage(<Users />);
  if (path === "/audit") return <Audit />;
  if (path === "/catalog") return operatorPage(<Catalog />);
  if (path === "/operator-audit") return operatorPage(<OpsAudit />);
  return <NotFound />;
}

/** A path segment as typed, when it is not valid percent-encoding. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function Forbidden() {
  const { t } = useApp();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("forbidden.title")}</h1>
      <p>{t("forbidden.body")}</p>
    </section>
  );
}

function NotFound() {
  const { t } = useApp();
  return <h1 id="page-title">{t("notFound.title")}</h1>;
}

function initialLang(): Lang {
  const saved = localStorage.getItem("rg_lang");
  if (saved === "en" || saved === "zh") return saved;
  return navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [me, setMe] = useState<Me | null | undefined>(undefined); // undefined: checking the cookie
  const [path, setPath] = useState(location.pathname);

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = translate(lang, "app.title");
    localStorage.setItem("rg_lang", lang);
  }, [lang]);

  const loadMe = useCallback(async () => setMe(await platform<Me>("GET", "/auth/me")), []);

  useEffect(() => {
    whenSignedOut(() => setMe(null));
    // A reload keeps the session: the HttpOnly cookie gives a new access token. The readable
    // rg_session hint (no secret) says whether there is one to ask for.
    if (!/(^|;\s*)rg_session=1(;|$)/.test(document.cookie)) {
      setMe(null);
    } else
      refresh()
        .then((ok) => (ok ? loadMe() : setMe(null)))
        .catch(() => setMe(null));
    const onPop = () => setPath(location.pathname);
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, [loadMe]);

  const navigate = useCallback((to: string) => {
    history.pushState(null, "", to);
    setPath(to);
    document.getElementById("main")?.focus();
  }, []);

  const t = useT(lang);
  const ctx = useMemo(() => (me ? { lang, t, me, path, navigate, reloadMe: loadMe } : null), [lang, t, me, path, navigate, loadMe]);

  const langSwitch = (
    <div className="lang">
      <label htmlFor="lang-select">{t("lang.label")}</label>
      <select id="lang-select" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {(Object.keys(DICTIONARIES) as Lang[]).map((l) => (
          <option key={l} value={l}>
            {l === "en" ? "English" : "简体中文"}
          </option>
        ))}
      </select>
    </div>
  );

  if (me === undefined)
    return (
      <main id="main" className="center">
        <Loading text={t("common.loading")} />
      </main>
    );
  if (!ctx) return <LoginPage t={t} langSwitch={langSwitch} onLoggedIn={loadMe} />;

  return (
    <Ctx.Provider value={ctx}>
      <a className="skip" href="#main">
        {t("app.skip")}
      </a>
      <header className="top">
        <span className="brand">{t("app.title")}</span>
        {langSwitch}
        <span className="who">{t("user.signedInAs", { name: ctx.me.username })}</span>
        <button type="button" onClick={() => void logout()}>
          {t("user.logout")}
        </button>
        <button type="button" onClick={() => void logout(true)}>
          {t("user.logoutEverywhere")}
        </button>
      </header>
      <div className="layout">
        <nav aria-label={t("nav.main")} className="side">
          <ul>
            {NAV.filter((r) => !r.operator || ctx.me.platform_admin).map((r) => (
              <li key={r.path}>
                <a
                  href={r.path}
                  aria-current={path === r.path || (r.path !== "/" && path.startsWith(`${r.path}/`)) ? "page" : undefined}
                  onClick={(e) => {
                    if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                    e.preventDefault();
                    navigate(r.path);
                  }}
                >
                  {t(r.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          <Suspense fallback={<Loading text={t("common.loading")} />}>{pageFor(path, ctx.me.platform_admin)}</Suspense>
        </main>
      </div>
    </Ctx.Provider>
  );
}

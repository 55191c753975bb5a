// Access tokens of the platform API: JWTs (HS256) signed with keys every replica shares from the
// database (jwt_keys). The newest key signs; every key not yet retired verifies, so a rotation
// logs nobody out. The key secrets are stored sealed with the server key (services/secrets.ts).
// Only this module imports jose. (docs/decisions/0025-platform-tokens.md)
import { randomBytes } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { insertJwtKey, jwtKeys, replaceJwtKeySecret, retireReplacedJwtKeys } from "../../db/queries/platform/auth.js";
import type { Db } from "../../db/knex.js";
import { AppError } from "../../errors.js";
import { clock } from "../clock.js";
import { jwtKeyNeedsSealing, openJwtKey, sealJwtKey } from "../secrets.js";

/** 24 hours: long enough for a working day without a refresh, short enough to bound a leak. */
export const ACCESS_TOKEN_TTL_S = 24 * 3600;
const ISSUER = "remotegpu";
const AUDIENCE = "remotegpu-platform";
/** Keys are re-read this often, so a rotation on one replica reaches the others within it. */
const KEY_REFRESH_MS = 60_000;
/** An unknown kid makes a replica re-read the keys, at most this often (bad tokens cannot hammer the database). */
const UNKNOWN_KID_RELOAD_MS = 1_000;

export interface AccessClaims {
  userId: number;
  sessionId: string;
}

export class JwtKeyring {
  private keys = new Map<string, Uint8Array>();
  private signingKid: string | undefined;
  private loadedAt = 0;
  private loading: Promise<void> | undefined;

  constructor(private readonly db: Db) {}

  /** Makes sure a signing key exists (the first start of a database makes one). */
  async ensure(): Promise<void> {
    const rows = await jwtKeys(this.db);
    if (rows.length === 0) await insertJwtKey(this.db, newKid(), sealJwtKey(randomBytes(32)));
    // Keys stored in clear (before sealing) or sealed with a key rotated out of first place are
    // sealed with the current server key; ones no held key opens are left alone (and unused).
    for (const r of rows) {
      if (!jwtKeyNeedsSealing(r.secret)) continue;
      const plain = openJwtKey(r.secret);
      if (plain) await replaceJwtKeySecret(this.db, r.kid, r.secret, sealJwtKey(plain));
    }
    await retireReplacedJwtKeys(this.db);
    await this.load();
  }

  /** A new signing key; the old ones verify until every token they signed has expired. */
  async rotate(): Promise<string> {
    const kid = newKid();
    await insertJwtKey(this.db, kid, sealJwtKey(randomBytes(32)));
    await retireReplacedJwtKeys(this.db);
    await this.load();
    return kid;
  }

  private load(): Promise<void> {
    this.loading ??= (async () => {
      try {
        const rows = await jwtKeys(this.db);
        const opened = rows.flatMap((r) => {
          const secret = openJwtKey(r.secret);
          return secret ? [[r.kid, new Uint8Array(secret)] as const] : [];
        });
        this.keys = new Map(opened);
        // The newest key that opens signs (rows come newest first).
        this.signingKid = opened[0]?.[0];
        this.loadedAt = Date.now();
      } finally {
        this.loading = undefined;
      }
    })();
    return this.loading;
  }

  private async fresh(): Promise<void> {
    if (Date.now() - this.loadedAt > KEY_REFRESH_MS) await this.load();
  }

  async sign(claims: AccessClaims): Promise<string> {
    await this.fresh();
    const kid = this.signingKid;
    if (!kid) throw new Error("no JWT signing key (JwtKeyring.ensure was not run)");
    const now = Math.floor(clock.now().getTime() / 1000);
    return new SignJWT({ sid: claims.sessionId, typ: "access" })
      .setProtectedHeader({ alg: "HS256", kid, typ: "JWT" })
      .setSubject(String(claims.userId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + ACCESS_TOKEN_TTL_S)
      .sign(this.keys.get(kid)!);
  }

  /** The claims of a valid access token, or UNAUTHORIZED (bad signature, unknown key, alg none, expired, wrong type). */
  async verify(token: string): Promise<AccessClaims> {
    await this.fresh();
    const refused = (why: string) => new AppError("UNAUTHORIZED", `invalid access token: ${why}`);
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(
        token,
        async (header) => {
          const kid = header.kid;
          if (typeof kid !== "string") throw refused("no key id");
          if (!this.keys.has(kid)) {
            // A key made on another replica moments ago: re-read the keys, at most once a
            // second (a token naming a key made within a second of the last read waits for it).
            const wait = this.loadedAt + UNKNOWN_KID_RELOAD_MS - Date.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            if (!this.keys.has(kid) && Date.now() - this.loadedAt >= UNKNOWN_KID_RELOAD_MS) await this.load();
          }
          const key = this.keys.get(kid);
          if (!key) throw refused("unknown signing key");
          return key;
        },
        { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE, currentDate: clock.now() },
      ));
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (err instanceof joseErrors.JWTExpired) throw refused("expired");
      throw refused("not a token signed by this platform");
    }
    const userId = Number(payload["sub"]);
    const sid = payload["sid"];
    if (payload["typ"] !== "access" || !Number.isSafeInteger(userId) || typeof sid !== "string") throw refused("not an access token");
    return { userId, sessionId: sid };
  }
}

function newKid(): string {
  return `k${clock.now().toISOString().slice(0, 10).replaceAll("-", "")}_${randomBytes(6).toString("base64url")}`;
}

// The client's address for limits and logs: the socket's, or X-Forwarded-For as far as
// TRUST_PROXY says (domain/client-address.ts), and the group a limit counts by (IPv6: its /64).
import type { Context, Next } from "koa";
import { addressGroup, clientAddress, type TrustProxy } from "../../domain/client-address.js";

export function clientAddressOf(trust: TrustProxy) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const address = clientAddress(ctx.req.socket.remoteAddress ?? "", ctx.get("x-forwarded-for") || undefined, trust);
    ctx.state["clientAddress"] = address;
    ctx.state["clientGroup"] = addressGroup(address);
    await next();
  };
}

/** The key rate limits use for this request's client (an IPv4 address or an IPv6 /64). */
export const clientGroup = (ctx: Context): string => (ctx.state["clientGroup"] as string | undefined) ?? ctx.req.socket.remoteAddress ?? "";

/** This request's client address (TRUST_PROXY applied), for sessions and audit records. */
export const clientAddressOfRequest = (ctx: Context): string => (ctx.state["clientAddress"] as string | undefined) ?? ctx.req.socket.remoteAddress ?? "";

// The client's address, as rate limits see it (docs/decisions/0020-abuse-limits.md):
// - behind a reverse proxy (TRUST_PROXY), read from X-Forwarded-For, but only as far as the
//   proxies we trust: everything left of them is whatever the client chose to send;
// - grouped: an IPv6 client gets a whole /64 (one customer line, billions of addresses), so
//   IPv6 addresses are limited per /64; IPv4 per address (IPv4-mapped IPv6 is IPv4).
// Pure: no node:net, so that it is tested and reasoned about alone.

/** TRUST_PROXY: off; a number of proxy hops in front of us; or the proxies' addresses/CIDRs. */
export type TrustProxy = { kind: "off" } | { kind: "hops"; hops: number } | { kind: "addresses"; ranges: AddressRange[] };

export interface AddressRange {
  /** 16 bytes (IPv4 as IPv4-mapped IPv6). */
  bytes: Uint8Array;
  prefix: number;
}

/** More hops than any real chain of proxies (CDN, balancer, ingress); a larger number is a mistake. */
export const MAX_PROXY_HOPS = 10;

/** Parses TRUST_PROXY; throws Error with a message naming the bad part. */
export function parseTrustProxy(text: string | undefined): TrustProxy {
  const t = (text ?? "").trim();
  if (t === "" || t === "off" || t === "false" || t === "0") return { kind: "off" };
  if (/^\d+$/.test(t)) {
    const hops = Number(t);
    if (hops > MAX_PROXY_HOPS) throw new Error(`at most ${MAX_PROXY_HOPS} hops, got ${hops}`);
    return { kind: "hops", hops };
  }
  const ranges = t.split(",").map((part) => {
    const p = part.trim();
    const m = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(p);
    const bytes = m ? parseIp(m[1]!) : undefined;
    if (!m || !bytes) throw new Error(`"${p.slice(0, 64)}" is not an IP address or CIDR range`);
    const v4 = isMappedV4(bytes) && !m[1]!.includes(":");
    const max = v4 ? 32 : 128;
    const prefix = m[2] === undefined ? max : Number(m[2]);
    if (prefix > max) throw new Error(`"${p.slice(0, 64)}": prefix over /${max}`);
    return { bytes, prefix: v4 ? prefix + 96 : prefix };
  });
  return { kind: "addresses", ranges };
}

/**
 * The client's address: `peer` is the socket's remote address, `forwardedFor` the
 * X-Forwarded-For header ("client, proxy1, proxy2": each proxy appends the address it got the
 * request from). Walking from the right: with `hops`, that many proxies are skipped; with
 * addresses, every trusted one is. A header that cannot be read gives the last trusted hop's
 * view (the proxy's address), never an address the client wrote.
 */
export function clientAddress(peer: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  if (trust.kind === "off") return normalize(peer);
  const chain = [
    peer,
    ...(forwardedFor ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .reverse(),
  ];
  let i = 0;
  if (trust.kind === "hops") {
    while (i < trust.hops && i + 1 < chain.length && parseIp(chain[i + 1]!)) i++;
  } else {
    while (i + 1 < chain.length && trusted(chain[i]!, trust.ranges) && parseIp(chain[i + 1]!)) i++;
  }
  return normalize(chain[i]!);
}

/** The key a limit counts by: an IPv4 address, or the /64 of an IPv6 one ("2001:db8:0:1::/64"). */
export function addressGroup(address: string): string {
  const b = parseIp(address);
  if (!b) return address;
  if (isMappedV4(b)) return `${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  const words: string[] = [];
  for (let i = 0; i < 8; i += 2) words.push(((b[i]! << 8) | b[i + 1]!).toString(16));
  return `${words.join(":")}::/64`;
}

function trusted(address: string, ranges: readonly AddressRange[]): boolean {
  const b = parseIp(address);
  return b !== undefined && ranges.some((r) => inRange(b, r));
}

function inRange(b: Uint8Array, r: AddressRange): boolean {
  for (let bit = 0; bit < r.prefix; bit += 8) {
    const n = Math.min(8, r.prefix - bit);
    const mask = (0xff << (8 - n)) & 0xff;
    if ((b[bit / 8]! & mask) !== (r.bytes[bit / 8]! & mask)) return false;
  }
  return true;
}

/** IPv4-mapped IPv6 ("::ffff:1.2.3.4", as dual-stack sockets report IPv4 peers) becomes IPv4. */
function normalize(address: string): string {
  const b = parseIp(address);
  if (b && isMappedV4(b)) return `${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  return address.replace(/%.*$/, "").toLowerCase();
}

const isMappedV4 = (b: Uint8Array) => b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;

function parseV4(s: string): number[] | undefined {
  const parts = s.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number);
}

/** 16 bytes for an IPv4 or IPv6 address (a zone id is ignored); undefined when it is neither. */
export function parseIp(text: string): Uint8Array | undefined {
  const s = text.replace(/%[\w.-]*$/, "");
  const v4 = parseV4(s);
  if (v4) return Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4]);
  if (!s.includes(":") || s.length > 45) return undefined;
  const halves = s.split("::");
  if (halves.length > 2) return undefined;
  const words = (h: string): number[] | undefined => {
    if (h === "") return [];
    const out: number[] = [];
    const parts = h.split(":");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (i === parts.length - 1 && p.includes(".")) {
        const x = parseV4(p);
        if (!x) return undefined;
        out.push((x[0]! << 8) | x[1]!, (x[2]! << 8) | x[3]!);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) out.push(Number.parseInt(p, 16));
      else return undefined;
    }
    return out;
  };
  const head = words(halves[0]!);
  const tail = halves.length === 2 ? words(halves[1]!) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  all.forEach((w, i) => {
    bytes[2 * i] = w >> 8;
    bytes[2 * i + 1] = w & 0xff;
  });
  return bytes;
}

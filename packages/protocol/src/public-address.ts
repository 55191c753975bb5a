// What Inventory.public_address may hold. The agent checks its --public-address with this at
// start and the control plane checks every inventory with it, so that the two sides can never
// disagree on what a valid address is.

/** The longest DNS name (RFC 1035: 255 octets on the wire, 253 characters written out). */
export const MAX_PUBLIC_ADDRESS_LENGTH = 253;

// Dotted quad, each part 0-255 without leading zeros ("010" could be read as octal).
const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
// RFC 1123 label: letters, digits and hyphens, 1-63 characters, no hyphen at either end.
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

function isIPv6(v: string): boolean {
  // Only hex digits, colons and the dots of an embedded IPv4 tail: nothing that could end the
  // brackets below early. Zone ids ("%eth0") mean nothing off the host and are refused.
  if (!/^[0-9A-Fa-f:.]+$/.test(v) || !v.includes(":")) return false;
  try {
    // The WHATWG URL parser implements the IPv6 address grammar exactly (and is pure).
    new URL(`http://[${v}]/`);
    return true;
  } catch {
    return false;
  }
}

function isHostname(v: string): boolean {
  const labels = v.split(".");
  if (!labels.every((l) => LABEL.test(l))) return false;
  // An all-numeric last label is a malformed IPv4 address ("10.0.0.256"), never a name.
  return !/^\d+$/.test(labels[labels.length - 1]!);
}

/**
 * Why `value` is not a valid public address, or undefined when it is one: an IPv4 literal
 * ("203.0.113.7"), an IPv6 literal without brackets ("2001:db8::7"), or a DNS hostname
 * ("gpu-7.example.com"). The empty string is valid and means "not configured".
 */
export function publicAddressProblem(value: string): string | undefined {
  if (value === "") return undefined;
  if (value.length > MAX_PUBLIC_ADDRESS_LENGTH) return `must be at most ${MAX_PUBLIC_ADDRESS_LENGTH} characters, got ${value.length}`;
  if (IPV4.test(value) || isIPv6(value) || isHostname(value)) return undefined;
  return `must be an IPv4 or IPv6 address or a DNS hostname, got ${JSON.stringify(value.slice(0, 64))}`;
}

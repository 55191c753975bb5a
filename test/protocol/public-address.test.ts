// The one definition of a valid Inventory.public_address, used by the agent's configuration and
// by the control plane's inventory check.
import t from "tap";
import { MAX_PUBLIC_ADDRESS_LENGTH, publicAddressProblem } from "@remotegpu/protocol";

const label63 = "a".repeat(63);
// 63 + 1 + 63 + 1 + 63 + 1 + 61 = 253 characters: the longest name there is.
const longest = `${label63}.${label63}.${label63}.${"b".repeat(61)}`;

t.test("accepted: IPv4, IPv6, DNS names, and empty (not configured)", async (t) => {
  t.equal(longest.length, MAX_PUBLIC_ADDRESS_LENGTH);
  for (const ok of [
    "",
    "203.0.113.7",
    "0.0.0.0",
    "255.255.255.255",
    "10.0.0.1",
    "2001:db8::7",
    "::1",
    "::",
    "2001:DB8:0:0:0:0:0:7",
    "::ffff:203.0.113.7",
    "fe80::1:2:3:4",
    "gpu-7.example.com",
    "GPU-7.Example.COM",
    "gpu7",
    "a",
    "1host.example",
    "xn--bcher-kva.example",
    "host.123abc",
    longest,
  ]) {
    t.equal(publicAddressProblem(ok), undefined, `${JSON.stringify(ok)} is accepted`);
  }
});

t.test("refused, with a reason", async (t) => {
  for (const bad of [
    "203.0.113.256",
    "203.0.113",
    "1.2.3.4.5",
    "01.2.3.4",
    "999",
    "10.0.0.300",
    "host.123",
    "2001:db8:::7",
    "2001:db8::7::8",
    "1:2:3:4:5:6:7:8:9",
    "[2001:db8::7]",
    "fe80::1%eth0",
    "::1]:80/x[",
    "gpu_7.example.com",
    "-gpu.example.com",
    "gpu-.example.com",
    "gpu..example.com",
    ".example.com",
    "example.com.",
    "gpu 7",
    " 203.0.113.7",
    "203.0.113.7 ",
    "203.0.113.7:22",
    "http://203.0.113.7",
    "host/path",
    "gpu\u0000.example.com",
    "gpü.example.com",
    `${"a".repeat(64)}.example.com`,
    `${longest}c`,
    "x".repeat(10_000),
  ]) {
    t.match(publicAddressProblem(bad), /must be/, `${JSON.stringify(bad.slice(0, 40))} is refused`);
  }
  t.match(publicAddressProblem(`${longest}c`), /at most 253 characters, got 254/);
  t.match(publicAddressProblem("gpu_7"), /IPv4 or IPv6 address or a DNS hostname, got "gpu_7"/);
});

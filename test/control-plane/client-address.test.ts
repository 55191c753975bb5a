import t from "tap";
import { addressGroup, clientAddress, parseIp, parseTrustProxy } from "../../packages/control-plane/src/domain/client-address.js";

t.test("IPv6 is grouped by /64, IPv4 by address, IPv4-mapped is IPv4", async (t) => {
  t.equal(addressGroup("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), "2001:db8:1:2::/64");
  t.equal(addressGroup("2001:db8:1:2::1"), "2001:db8:1:2::/64");
  t.equal(addressGroup("2001:0db8:0001:0002:ffff::9"), "2001:db8:1:2::/64", "the same /64 however it is written");
  t.not(addressGroup("2001:db8:1:3::1"), addressGroup("2001:db8:1:2::1"));
  t.equal(addressGroup("203.0.113.7"), "203.0.113.7");
  t.equal(addressGroup("::ffff:203.0.113.7"), "203.0.113.7");
  t.equal(addressGroup("fe80::1%eth0"), "fe80:0:0:0::/64");
  t.equal(parseIp("1::2::3"), undefined);
  t.equal(parseIp("1:2:3:4:5:6:7:8:9"), undefined);
  t.equal(parseIp("999.1.1.1"), undefined);
  t.equal(parseIp("evil"), undefined);
  t.same([...parseIp("::1")!], [...new Array(15).fill(0), 1]);
});

t.test("TRUST_PROXY: off ignores X-Forwarded-For; hops and addresses walk from the right", async (t) => {
  const off = parseTrustProxy(undefined);
  t.equal(clientAddress("::ffff:10.0.0.5", "198.51.100.1", off), "10.0.0.5", "off: the socket's address, whatever the header says");
  const one = parseTrustProxy("1");
  t.equal(clientAddress("10.0.0.5", "198.51.100.1", one), "198.51.100.1");
  t.equal(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.1", one), "198.51.100.1", "a client-written entry left of the proxy's is ignored");
  t.equal(clientAddress("10.0.0.5", undefined, one), "10.0.0.5", "no header: the peer");
  t.equal(clientAddress("10.0.0.5", "junk", one), "10.0.0.5", "an unreadable entry is not taken");
  const two = parseTrustProxy("2");
  t.equal(clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.1, 10.0.0.9", two), "198.51.100.1");
  const listed = parseTrustProxy("10.0.0.0/8, 2001:db8::/32");
  t.equal(
    clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.1, 10.1.2.3", listed),
    "198.51.100.1",
    "trusted proxies are skipped, the first untrusted is the client",
  );
  t.equal(clientAddress("192.0.2.1", "198.51.100.1", listed), "192.0.2.1", "a peer that is not a trusted proxy is the client");
  t.equal(clientAddress("2001:db8::7", "2001:db9::1", listed), "2001:db9::1");
  t.throws(() => parseTrustProxy("11"), /at most 10 hops/);
  t.throws(() => parseTrustProxy("10.0.0.0/33"), /prefix over \/32/);
  t.throws(() => parseTrustProxy("proxy.example.com"), /not an IP address or CIDR/);
  t.same(parseTrustProxy("off"), { kind: "off" });
});

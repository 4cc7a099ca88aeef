import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** The client address of a request: what the audit log and sessions record. */
export type ClientAddress = (req: IncomingMessage) => string;

const unmapped = (ip: string) => (ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip);

/** Parses `QIFU_TRUSTED_PROXIES` entries (addresses or CIDRs, IPv4 or IPv6); throws on a malformed one. */
export function trustedProxies(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of cidrs) {
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    if (!family) throw new Error(`QIFU_TRUSTED_PROXIES: "${entry}" is not an address or CIDR`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    const prefix = bits === undefined ? (family === 4 ? 32 : 128) : Number(bits);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) throw new Error(`QIFU_TRUSTED_PROXIES: bad prefix in "${entry}"`);
    list.addSubnet(address, prefix, type);
  }
  return list;
}

/**
 * The socket's peer, unless that peer is a trusted proxy: then X-Forwarded-For is read from the right, past
 * every trusted hop, and the first address no trusted proxy vouches for is the client. Nobody else's header
 * is believed, so a client cannot name its own address; behind the TLS proxy the real one is recorded.
 */
export function clientAddressOf(cidrs: readonly string[]): ClientAddress {
  const trusted = trustedProxies(cidrs);
  const isTrusted = (ip: string) => {
    const family = isIP(ip);
    return family !== 0 && trusted.check(ip, family === 4 ? 'ipv4' : 'ipv6');
  };
  return (req) => {
    const peer = unmapped(req.socket.remoteAddress ?? '');
    if (!cidrs.length || !isTrusted(peer)) return peer;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((h) => unmapped(h.trim()))
      .filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      if (!isIP(hops[i])) return peer; // a malformed hop: trust nothing further left
      if (!isTrusted(hops[i])) return hops[i];
    }
    return hops[0] ?? peer;
  };
}

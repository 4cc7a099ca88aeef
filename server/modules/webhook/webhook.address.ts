import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * SSRF guard of webhook sends: an endpoint must not reach the platform's own network. Every address the host
 * name resolves to is checked at connect time (the socket's own lookup, so a DNS answer that changes between a
 * check and the connection — rebinding — is checked too), and IP literals before connecting.
 */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

/** IPv4-mapped IPv6 (::ffff:127.0.0.1) is checked as the IPv4 address it is. */
const unmapped = (address: string) => /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;

export function isPrivateAddress(address: string): boolean {
  const a = unmapped(address);
  const family = isIP(a);
  if (!family) return true;
  return PRIVATE.check(a, family === 4 ? 'ipv4' : 'ipv6');
}

/** Whether the configured allowance (`*`, addresses, CIDRs) admits this address. */
export function allowedPrivate(address: string, allow: readonly string[]): boolean {
  if (allow.includes('*')) return true;
  const a = unmapped(address);
  const family = isIP(a) === 6 ? 'ipv6' : 'ipv4';
  const list = new BlockList();
  for (const entry of allow) {
    const [net, bits] = entry.split('/');
    const f = isIP(net);
    if (!f) continue;
    if (bits === undefined) list.addAddress(net, f === 4 ? 'ipv4' : 'ipv6');
    else list.addSubnet(net, Number(bits), f === 4 ? 'ipv4' : 'ipv6');
  }
  return list.check(a, family);
}

export class AddressRefused extends Error {
  constructor(address: string) {
    super(`回调地址解析到内网、本机或保留地址（${address}），已拒绝`);
  }
}

/** Throws AddressRefused when the address may not be reached. */
export function checkAddress(address: string, allow: readonly string[]): void {
  if (isPrivateAddress(address) && !allowedPrivate(address, allow)) throw new AddressRefused(address);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses private addresses (unless allowed). */
export function guardedLookup(allow: readonly string[]) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      try {
        for (const a of list) checkAddress(a.address, allow);
      } catch (refused) {
        return callback(refused as NodeJS.ErrnoException, []);
      }
      if (options.all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    });
  };
}

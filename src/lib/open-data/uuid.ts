// Name-based UUIDs (RFC 9562 version 5, SHA-1): the same name always gives the same id, so an
// exported record keeps its id from build to build and consumers can update what they hold.
import { createHash } from 'node:crypto';

/**
 * The project's own namespace: every open-data id is derived inside it. Never change it, or
 * every published id changes at once.
 */
export const PROJECT_NAMESPACE = '53b7cce6-3b7e-447d-912f-d811fa67a89f';

const HEX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidv5(name: string, namespace: string = PROJECT_NAMESPACE): string {
  if (!HEX.test(namespace)) throw new Error(`Not a UUID namespace: ${namespace}`);
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC variant
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

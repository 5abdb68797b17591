import { describe, expect, it } from 'vitest';
import { PROJECT_NAMESPACE, uuidv5 } from './uuid';

// RFC 4122's DNS namespace; the expected values are Python's uuid.uuid5 for the same names.
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidv5', () => {
  it('matches other implementations of UUID version 5', () => {
    expect(uuidv5('python.org', DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidv5('www.example.com', DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it('is stable, distinct per name and namespaced to the project by default', () => {
    expect(uuidv5('service:tuolijumppa')).toBe(uuidv5('service:tuolijumppa', PROJECT_NAMESPACE));
    expect(uuidv5('service:tuolijumppa')).not.toBe(uuidv5('service:tuolijumppa', DNS));
    expect(uuidv5('service:a')).not.toBe(uuidv5('service:b'));
    expect(uuidv5('ä')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidv5('x', 'palvelutori')).toThrow(/namespace/);
  });
});

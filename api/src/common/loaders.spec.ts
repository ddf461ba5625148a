import { manyEach, oneEach, PerRequest } from './loaders';

describe('loaders', () => {
  it('makes one set of loaders per request, with the arguments of its first use', () => {
    const made: string[] = [];
    const loaders = new PerRequest((user: string) => (made.push(user), { user }));
    const [a, b] = [{}, {}];
    expect(loaders.for(a, 'kim')).toBe(loaders.for(a, 'kim'));
    expect(loaders.for(b, 'ri')).not.toBe(loaders.for(a, 'kim'));
    expect(made).toEqual(['kim', 'ri']);
  });

  it('answers a batch in key order: one row or none, and every row of each key', () => {
    const rows = [
      { id: 'b', of: 'x' },
      { id: 'a', of: 'y' },
      { id: 'c', of: 'x' },
    ];
    expect(oneEach(['a', 'z', 'b'], rows, (r) => r.id).map((r) => r?.id)).toEqual(['a', undefined, 'b']);
    expect(manyEach(['x', 'w', 'y'], rows, (r) => r.of).map((list) => list.map((r) => r.id))).toEqual([['b', 'c'], [], ['a']]);
  });
});

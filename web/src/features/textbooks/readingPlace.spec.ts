import { describe, expect, it } from 'vitest';
import { readingPlace, rememberPlace } from './readingPlace';

describe('readingPlace', () => {
  it('keeps one place per textbook', () => {
    rememberPlace('a', { sectionId: 'a-1', scrollY: 120 });
    rememberPlace('b', { sectionId: 'b-3', scrollY: 0 });

    expect(readingPlace('a')).toEqual({ sectionId: 'a-1', scrollY: 120 });
    expect(readingPlace('b')).toEqual({ sectionId: 'b-3', scrollY: 0 });
    expect(readingPlace('c')).toBeNull();
  });

  it.each(['not json', '[]', '{"sectionId":1,"scrollY":0}', '{"sectionId":"x","scrollY":-5}', 'null'])(
    'ignores a stored value it cannot use: %s',
    (stored) => {
      localStorage.setItem('dari.readingPlace.a', stored);
      expect(readingPlace('a')).toBeNull();
    },
  );
});

import { describe, expect, it } from 'vitest';
import en from './en.json';
import ko from './ko.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('have the same keys in Korean and English', () => {
    expect(keys(en).sort()).toEqual(keys(ko).sort());
  });

  // South Korean forms that North Korean readers would notice; see README.md for the reasoning.
  it.each(['비밀번호', '로그인', '로그아웃', '한국어', '이용', '노동', '연결', '페이지', '파일'])(
    'avoid the South Korean form %s',
    (word) => {
      expect(JSON.stringify(ko)).not.toContain(word);
    },
  );
});

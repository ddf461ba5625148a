import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderChecklistPdf } from './checklist-pdf';

const longStep = '아이의 입과 코를 마스크로 덮고 턱을 들어올려 공기가 새지 않게 한 다음 가슴이 오르는지 보면서 주머니를 고르게 누른다.';

describe('renderChecklistPdf', () => {
  it('prints the longest checklist the format allows (20 long steps in groups) on one A4 page', async () => {
    const pdf = await renderChecklistPdf({
      id: 'long-skill',
      title: '아주 긴 실기점검표',
      titleEn: 'A very long skills checklist',
      version: 3,
      equipment: ['갓난아이 모형', '주머니와 마스크', '시계', '기록지'],
      steps: Array.from({ length: 20 }, (_, i) => ({
        number: i + 1,
        group: i % 5 === 0 ? `묶음 ${i / 5 + 1}` : null,
        text: `${longStep} ${longStep}`,
        critical: i % 3 === 0,
      })),
    });
    const dir = mkdtempSync(join(tmpdir(), 'dari-checklist-spec-'));
    const file = join(dir, 'c.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true });
    expect(info).toMatch(/Pages:\s+1\n[\s\S]*\(A4\)/);
    expect(text).toContain('20.');
    expect(text).toContain('묶음 4');
    expect(text).toContain('수표');
  });
});

import { text } from './markdown-model';
import { drawLines, type FlowContext, type Setting } from './text-block';
import { COLOR, CONTENT, SIZE } from './theme';

export function chapterLabel(index: number): string {
  return `제${index + 1}장`;
}

/** A chapter (or the preface, or a part at the end of the book) starts a new page with its running title. */
export function openChapter(setting: Setting, label: string | null, title: string): void {
  setting.flow.setRunningTitle(label ? `${label} ${title}` : title);
  setting.flow.addPage();
}

export function drawChapterTitle(setting: Setting, label: string | null, title: string): void {
  const { flow, type } = setting;
  const ctx: FlowContext = { x: CONTENT.left, width: CONTENT.width, quoteBars: [] };
  flow.y += 24;
  if (label) {
    drawLines(setting, type.breakLines([text(label)], CONTENT.width, SIZE.chapterLabel), ctx, {
      size: SIZE.chapterLabel,
      lineHeight: SIZE.chapterLabel * 1.6,
      color: COLOR.muted,
    });
  }
  drawLines(setting, type.breakLines([text(title, { bold: true })], CONTENT.width, SIZE.chapter), ctx, {
    size: SIZE.chapter,
    lineHeight: SIZE.chapter * 1.3,
  });
  flow.y += 10;
  flow.doc.moveTo(CONTENT.left, flow.y).lineTo(CONTENT.right, flow.y).lineWidth(1.2).stroke(COLOR.text);
  flow.y += 26;
}

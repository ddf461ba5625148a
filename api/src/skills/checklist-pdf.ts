import PDFDocument from 'pdfkit';
import { FONT, registerFonts } from '../textbooks/pdf/fonts';

/** What the printed checklist shows: plain data, so it crosses to the PDF worker thread as it is. */
export interface PrintableChecklist {
  id: string;
  title: string;
  titleEn: string;
  version: number;
  equipment: string[];
  steps: { number: number; group: string | null; text: string; critical: boolean }[];
}

const MARGIN = 36;
const BOX = 9;
const FOOTER = 118;
/** Font sizes tried for the steps, largest first, until the whole checklist fits one page. */
const STEP_SIZES = [11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7];

/**
 * One A4 page: title, equipment, the numbered steps each with a "done" and a "not done" box (critical ones
 * marked), then the outcome, date, facility, worker and the supervisor's signature. Step text shrinks until it
 * fits, so a 20-step checklist with long steps still prints on one sheet.
 */
export function renderChecklistPdf(checklist: PrintableChecklist): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `${checklist.title} / ${checklist.titleEn}`, Author: 'Dari' } });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const width = doc.page.width - 2 * MARGIN;
  doc.font(FONT.bold).fontSize(15).fillColor('#000').text(checklist.title, MARGIN, MARGIN, { width });
  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor('#444')
    .text(`${checklist.titleEn} · 실기점검표 ${checklist.id} (판 ${checklist.version})`, { width });
  doc.moveDown(0.4).font(FONT.bold).fontSize(9).fillColor('#000').text('준비물: ', { continued: true, width });
  doc.font(FONT.regular).text(checklist.equipment.join(', '), { width });
  doc
    .moveDown(0.3)
    .font(FONT.regular)
    .fontSize(8)
    .fillColor('#444')
    .text('각 단계를 보고 《함》 또는 《못함》에 표시한다. [중요] 단계를 모두 바르게 하면 합격, 하나라도 못하면 재련습이다.', { width });

  const top = doc.y + 8;
  const bottom = doc.page.height - MARGIN - FOOTER;
  const size = STEP_SIZES.find((s) => stepsHeight(doc, checklist, s, width) <= bottom - top) ?? STEP_SIZES[STEP_SIZES.length - 1];
  drawSteps(doc, checklist, size, width, top);
  drawFooter(doc, width, bottom + 10);
  doc.end();
  return done;
}

const textWidth = (width: number) => width - 34 - 2 * 34;

function rowHeight(doc: PDFKit.PDFDocument, text: string, size: number, width: number): number {
  doc.font(FONT.regular).fontSize(size);
  return Math.max(doc.heightOfString(text, { width: textWidth(width) }), BOX) + size * 0.45;
}

function stepsHeight(doc: PDFKit.PDFDocument, checklist: PrintableChecklist, size: number, width: number): number {
  const header = size + 6;
  return checklist.steps.reduce((h, step) => h + (step.group ? size + 6 : 0) + rowHeight(doc, label(step), size, width), header);
}

const label = (step: PrintableChecklist['steps'][number]) => (step.critical ? `[중요] ${step.text}` : step.text);

function drawSteps(doc: PDFKit.PDFDocument, checklist: PrintableChecklist, size: number, width: number, top: number) {
  const doneX = MARGIN + width - 2 * 34 + 12;
  const notDoneX = doneX + 34;
  let y = top;
  doc
    .font(FONT.bold)
    .fontSize(size - 1)
    .fillColor('#000');
  doc.text('함', doneX - 6, y, { width: 24, align: 'center', lineBreak: false });
  doc.text('못함', notDoneX - 6, y, { width: 24, align: 'center', lineBreak: false });
  y += size + 6;
  for (const step of checklist.steps) {
    if (step.group) {
      doc.font(FONT.bold).fontSize(size).fillColor('#1f4e79').text(step.group, MARGIN, y, { width });
      y += size + 6;
    }
    const height = rowHeight(doc, label(step), size, width);
    doc
      .font(step.critical ? FONT.bold : FONT.regular)
      .fontSize(size)
      .fillColor('#000');
    doc.text(`${step.number}.`, MARGIN, y, { width: 28, align: 'right' });
    doc.text(label(step), MARGIN + 34, y, { width: textWidth(width) });
    doc
      .lineWidth(0.8)
      .strokeColor('#000')
      .rect(doneX, y + 1, BOX, BOX)
      .stroke()
      .rect(notDoneX, y + 1, BOX, BOX)
      .stroke();
    doc
      .lineWidth(0.3)
      .strokeColor('#bbb')
      .moveTo(MARGIN, y + height - 2)
      .lineTo(MARGIN + width, y + height - 2)
      .stroke();
    y += height;
  }
}

function drawFooter(doc: PDFKit.PDFDocument, width: number, top: number) {
  const line = (label: string, x: number, y: number, w: number) => {
    doc.font(FONT.regular).fontSize(9.5).fillColor('#000').text(label, x, y, { lineBreak: false });
    doc
      .lineWidth(0.6)
      .strokeColor('#000')
      .moveTo(x + doc.widthOfString(label) + 4, y + 11)
      .lineTo(x + w, y + 11)
      .stroke();
  };
  doc
    .lineWidth(1)
    .strokeColor('#000')
    .moveTo(MARGIN, top)
    .lineTo(MARGIN + width, top)
    .stroke();
  let y = top + 10;
  doc.font(FONT.bold).fontSize(10).text('결과:', MARGIN, y, { lineBreak: false });
  doc
    .lineWidth(0.8)
    .rect(MARGIN + 40, y + 1, BOX, BOX)
    .stroke();
  doc.font(FONT.regular).text('합격', MARGIN + 54, y, { lineBreak: false });
  doc.rect(MARGIN + 100, y + 1, BOX, BOX).stroke();
  doc.text('재련습', MARGIN + 114, y, { lineBreak: false });
  const half = width / 2;
  y += 24;
  line('평가한 날:', MARGIN, y, half - 12);
  line('병원:', MARGIN + half, y, half);
  y += 24;
  line('평가받은 사람:', MARGIN, y, half - 12);
  line('등록번호:', MARGIN + half, y, half);
  y += 24;
  line('실기감독:', MARGIN, y, half - 12);
  line('수표:', MARGIN + half, y, half);
}

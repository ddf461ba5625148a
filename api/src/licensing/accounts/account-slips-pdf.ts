import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { FONT, registerFonts } from '../../textbooks/pdf/fonts';

export interface Slip {
  name: string;
  facilityName: string;
  username: string;
  oneTimePassword: string;
}

const COLUMNS = 2;
const ROWS = 4;
const MARGIN = 24;

/** A4 pages of 8 slips (2 × 4) with dashed cut lines: who, where, the username, the one-time password, the address and its QR code. */
export async function renderAccountSlipsPdf(slips: Slip[], address: string): Promise<Buffer> {
  const qr = await QRCode.toBuffer(address, { errorCorrectionLevel: 'M', margin: 1, scale: 4 });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { Title: '계정 쪽지 / Account slips', Author: 'Dari' },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  slips.forEach((slip, i) => {
    const place = i % (COLUMNS * ROWS);
    if (place === 0) {
      doc.addPage();
      cutLines(doc);
    }
    const width = (doc.page.width - 2 * MARGIN) / COLUMNS;
    const height = (doc.page.height - 2 * MARGIN) / ROWS;
    drawSlip(doc, slip, address, qr, MARGIN + (place % COLUMNS) * width, MARGIN + Math.floor(place / COLUMNS) * height, width, height);
  });
  doc.end();
  return done;
}

function cutLines(doc: PDFKit.PDFDocument) {
  const { width, height } = doc.page;
  doc.save().lineWidth(0.5).dash(4, { space: 3 }).strokeColor('#888');
  for (let c = 0; c <= COLUMNS; c++) {
    const x = MARGIN + (c * (width - 2 * MARGIN)) / COLUMNS;
    doc
      .moveTo(x, MARGIN / 2)
      .lineTo(x, height - MARGIN / 2)
      .stroke();
  }
  for (let r = 0; r <= ROWS; r++) {
    const y = MARGIN + (r * (height - 2 * MARGIN)) / ROWS;
    doc
      .moveTo(MARGIN / 2, y)
      .lineTo(width - MARGIN / 2, y)
      .stroke();
  }
  doc.undash().restore();
}

function drawSlip(doc: PDFKit.PDFDocument, slip: Slip, address: string, qr: Buffer, x: number, y: number, width: number, height: number) {
  const pad = 14;
  const qrSize = 84;
  const text = width - 2 * pad - qrSize - 8;
  const left = x + pad;
  doc
    .font(FONT.bold)
    .fontSize(10)
    .fillColor('#1f4e79')
    .text('다리 학습체계 계정 · Dari account', left, y + pad, { width: text });
  doc
    .font(FONT.bold)
    .fontSize(15)
    .fillColor('#000')
    .text(slip.name, left, y + pad + 18, { width: text });
  doc.font(FONT.regular).fontSize(9).fillColor('#333').text(slip.facilityName, { width: text });
  doc.moveDown(0.6).font(FONT.regular).fontSize(9).fillColor('#555').text('사용자이름 (username)', { width: text });
  doc.font(FONT.bold).fontSize(13).fillColor('#000').text(slip.username, { width: text });
  doc.font(FONT.regular).fontSize(9).fillColor('#555').text('첫 암호 (one-time password)', { width: text });
  doc.font(FONT.bold).fontSize(13).fillColor('#000').text(slip.oneTimePassword, { width: text });
  doc.image(qr, x + width - pad - qrSize, y + pad + 18, { width: qrSize, height: qrSize });
  doc
    .font(FONT.regular)
    .fontSize(7.5)
    .fillColor('#333')
    .text(address, x + width - pad - qrSize - 10, y + pad + 22 + qrSize, { width: qrSize + 10, align: 'center' });
  doc
    .font(FONT.regular)
    .fontSize(7.5)
    .fillColor('#555')
    .text(
      '처음 들어갈 때 자기 암호를 새로 정해야 합니다. 이 쪽지는 본인에게만 주십시오. · Set your own password at first sign-in.',
      left,
      y + height - pad - 22,
      { width: width - 2 * pad },
    );
}

import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { FONT, registerFonts } from '../../textbooks/pdf/fonts';
import type { Certificate } from './certificate.entity';

export interface CertificatePrint {
  certificate: Certificate;
  holderName: string;
  qrText: string;
  verifyUrl: string;
  issuerName: string;
  details: string[];
}

/** A one-page A4 certificate: the facts in Korean, the short code, and a QR code carrying the signed credential. */
export async function renderCertificatePdf(print: CertificatePrint): Promise<Buffer> {
  const qr = await QRCode.toBuffer(print.qrText, { errorCorrectionLevel: 'M', margin: 2, scale: 6 });
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: print.certificate.title, Author: 'Dari' } });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 112;

  doc
    .rect(36, 36, doc.page.width - 72, doc.page.height - 72)
    .lineWidth(2)
    .stroke('#1f4e79');
  doc.font(FONT.bold).fontSize(30).fillColor('#1f4e79').text('증  서', 56, 96, { width, align: 'center' });
  doc.font(FONT.regular).fontSize(12).fillColor('#333').text('Certificate', { width, align: 'center' });
  doc.moveDown(2).font(FONT.bold).fontSize(22).fillColor('#000').text(print.holderName, { width, align: 'center' });
  doc.moveDown(1).font(FONT.regular).fontSize(16).text(print.certificate.title, { width, align: 'center' });
  doc.moveDown(1).fontSize(11).fillColor('#333');
  for (const line of print.details) doc.text(line, { width, align: 'center' });
  doc.moveDown(1).text(`발급: ${print.issuerName} · ${print.certificate.issuedAt.toISOString().slice(0, 10)}`, { width, align: 'center' });

  const size = 210;
  const top = doc.page.height - 96 - size - 70;
  doc.image(qr, (doc.page.width - size) / 2, top, { width: size, height: size });
  doc
    .font(FONT.bold)
    .fontSize(14)
    .fillColor('#000')
    .text(`확인번호 ${print.certificate.shortCode}`, 56, top + size + 12, { width, align: 'center' });
  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor('#555')
    .text(`${print.verifyUrl} 에서 QR코드나 확인번호로 진위를 확인할수 있습니다 (망에 련결되지 않아도 됩니다).`, {
      width,
      align: 'center',
    });
  doc.end();
  return done;
}

import { servePdfJobs } from '../../common/pdf-thread';
import { renderAccountSlipsPdf, type Slip } from './account-slips-pdf';

// Runs in the AccountSlipsRenderer's worker thread: 500 slips with QR codes take seconds of CPU.
servePdfJobs<{ slips: Slip[]; address: string }>(({ slips, address }) => renderAccountSlipsPdf(slips, address));

import { Logger } from '@nestjs/common';
import type { DomainEvents } from '../common/domain-events';
import type { CertificatesService } from './certificates/certificates.service';
import type { LicencesService } from './licences.service';
import { LicensingJobs } from './licensing-jobs.service';
import type { RemindersService } from './reminders.service';

describe('LicensingJobs', () => {
  const calls: string[] = [];
  let lapseExpired: jest.Mock;
  let runReminders: jest.Mock;
  let issueDue: jest.Mock;
  let jobs: LicensingJobs;
  let logged: jest.SpyInstance;
  let failed: jest.SpyInstance;

  beforeEach(() => {
    calls.length = 0;
    lapseExpired = jest.fn(async () => (calls.push('lapse'), 2));
    runReminders = jest.fn(async () => (calls.push('reminders'), 5));
    issueDue = jest.fn(async () => (calls.push('certificates'), 0));
    jobs = new LicensingJobs(
      { lapseExpired } as unknown as LicencesService,
      { issueDue } as unknown as CertificatesService,
      { run: runReminders } as unknown as RemindersService,
      {} as DomainEvents,
    );
    logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    failed = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('lapses expired licences, then creates the reminders, and logs what it changed', async () => {
    expect(await jobs.daily()).toEqual({ lapsed: 2, reminders: 5 });
    expect(calls).toEqual(['lapse', 'reminders']);
    expect(logged).toHaveBeenCalledWith('Daily licensing job: 2 licences lapsed, 5 reminders created');
    expect(failed).not.toHaveBeenCalled();
  });

  it('logs a failing step with its error and still runs the other; the run itself never fails', async () => {
    lapseExpired.mockRejectedValue(new Error('could not serialize access'));
    expect(await jobs.daily()).toEqual({ lapsed: null, reminders: 5 });
    expect(failed).toHaveBeenCalledWith(
      'Licensing job: lapsing expired licences failed: could not serialize access',
      expect.stringContaining('Error: could not serialize access'),
    );
    expect(logged).toHaveBeenCalledWith('Daily licensing job: failed licences lapsed, 5 reminders created');

    runReminders.mockRejectedValue('database gone');
    expect(await jobs.daily()).toEqual({ lapsed: null, reminders: null });
    expect(failed).toHaveBeenLastCalledWith('Licensing job: creating reminders failed: database gone', undefined);
  });

  it('catches up after a start: due certificates first, then the daily run, even when the first step fails', async () => {
    issueDue.mockRejectedValueOnce(new Error('lost connection'));
    await jobs.catchUp();
    expect(issueDue).toHaveBeenCalledWith();
    expect(calls).toEqual(['lapse', 'reminders']);
    expect(failed).toHaveBeenCalledWith('Licensing job: issuing due certificates failed: lost connection', expect.any(String));
  });
});

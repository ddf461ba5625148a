import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Page } from '../../common/paging/page';
import { Licence } from '../licence.entity';
import { Worker } from '../worker.entity';
import { WorkerAccountCreated } from '../accounts/worker-accounts.model';

@ObjectType({ description: 'An active licence that expires within the asked number of days, with its holder' })
export class ExpiringLicence {
  @Field(() => Licence)
  licence: Licence;

  @Field(() => Worker)
  worker: Worker;

  @Field(() => Int, { description: 'Days from today to expiry (negative: expired, not yet marked lapsed)' })
  daysLeft: number;
}

@ObjectType()
export class ExpiringLicencePage extends Page(ExpiringLicence) {}

@ObjectType()
export class WorkerPage extends Page(Worker) {}

@ObjectType({ description: 'One problem of one CSV row: the row is refused until it is fixed' })
export class WorkerImportProblem {
  @Field(() => Int, { description: 'Line of the file (the header is line 1)' })
  line: number;

  @Field({ description: 'CSV column the problem is in' })
  field: string;

  @Field({ description: 'Stable code, e.g. UNKNOWN_FACILITY, DUPLICATE_IN_FILE, ALREADY_REGISTERED' })
  code: string;

  @Field()
  messageKo: string;

  @Field()
  messageEn: string;
}

@ObjectType({ description: 'A CSV row as it would be imported' })
export class WorkerImportRow {
  @Field(() => Int)
  line: number;

  @Field()
  registrationNumber: string;

  @Field()
  name: string;

  @Field()
  cadre: string;

  @Field()
  facilityCode: string;

  @Field(() => String, { nullable: true, description: 'The facility the code names, when it is known and in scope' })
  facilityName: string | null;

  @Field(() => String, { nullable: true })
  licenceType: string | null;

  @Field(() => String, { nullable: true })
  licenceNumber: string | null;

  @Field(() => String, { nullable: true })
  licenceIssuedOn: string | null;

  @Field({ description: 'The account column said yes: a trainee account is made with the worker' })
  account: boolean;

  @Field(() => [WorkerImportProblem])
  problems: WorkerImportProblem[];
}

@ObjectType()
export class WorkerImportPreview {
  @Field({ description: 'True when every row is valid: the import may be committed' })
  valid: boolean;

  @Field(() => Int)
  rowCount: number;

  @Field(() => Int)
  problemCount: number;

  @Field(() => [WorkerImportRow])
  rows: WorkerImportRow[];
}

@ObjectType()
export class WorkerImportResult {
  @Field(() => [WorkerAccountCreated], {
    description: 'Accounts made for rows with account=yes; passwords shown this once (print: POST /accounts/slips.pdf)',
  })
  accounts: WorkerAccountCreated[];

  @Field(() => Int)
  imported: number;

  @Field(() => Int)
  licencesIssued: number;

  @Field(() => [Worker])
  workers: Worker[];
}

// Names the feature's components use for the shapes its generated documents return (see web/codegen.ts).
import type { MyLicensingQuery } from './myLicensing.generated';

export type MyLicensing = NonNullable<MyLicensingQuery['myLicensing']>;
export type MyLicence = MyLicensing['licences'][number];
export type MyRetrainingPlan = MyLicensing['retrainingPlans'][number];

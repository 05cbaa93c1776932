import { formatNumber } from '../../format';
import type { processingRecordSv } from './processingRecord.sv';

export const processingRecordEn: typeof processingRecordSv = {
  title: 'Record of processing activities',
  intro:
    'The record (article 30) for each party that leads interventions and is controller of their participants’ data. It is made from the system’s settings: interventions, processing agreements, retention and protection. The record’s own texts are in Swedish.',
  controller: 'Controller (party)',
  recordFor: (name: string): string => `Processing of participant data – ${name}`,
  processor: (name: string, org: string): string => `Processor: ${name} (${org}), under a processing agreement.`,
  purposes: 'Purposes',
  subjects: 'Categories of data subjects',
  data: 'Categories of personal data',
  recipients: 'Recipients',
  transfers: 'Transfers to third countries',
  retention: 'Retention',
  security: 'Security measures',
  insatser: (n: number): string => `The party’s interventions (${formatNumber(n)})`,
  insats: 'Intervention',
  startsOn: 'Starts',
  endsOn: 'Ends',
  untilFurther: 'until further notice',
  agreements: (n: number): string => `Processing agreements (${formatNumber(n)})`,
  documentReference: 'Reference',
  signedOn: 'Signed',
  validity: 'Valid',
};

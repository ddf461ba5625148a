import { buildCredential, type CredentialInput, type SignedCredential } from '../credential.js';
import { issueCredential } from '../linked-data.js';
import type { KeyPair } from '../keys.js';
import { publicKeyOf } from '../keys.js';
import { signCredential } from '../verify.js';

export const ISSUER = { id: 'https://dari.example/issuer', name: '다리 보건일군 교육망' };
export const REVOCATION_LIST = 'https://dari.example/credentials/revocations.json';
export const STATUS_LIST = 'https://dari.example/certificates/status/1';
export const STATUS_INDEX = 94_567;

/** Fixed keys, so that proofValues and short codes are the same on every run. */
export function testKeyPair(seed: number): KeyPair {
  const privateKey = new Uint8Array(32).fill(seed);
  return { privateKey, publicKey: publicKeyOf(privateKey) };
}

/** A realistic Korean certificate of completion, with the length of the texts Dari prints. */
export function completionInput(overrides: Partial<CredentialInput> = {}): CredentialInput {
  return {
    id: '3f8e2c1a-7b4d-4e9f-a2c6-5d1b8e0f9a37',
    issuer: ISSUER,
    validFrom: '2026-11-22T09:00:00Z',
    holder: { name: '리영희', licenceNumber: '평양-의-2019-004417', creditHours: 24 },
    achievement: {
      id: 'https://dari.example/achievements/curricula/tb-primary',
      type: 'CertificateOfCompletion',
      name: '결핵 1차 진료 과정 수료',
      description:
        '리 진료소와 군 병원 의사, 준의, 간호원을 위한 결핵 1차 진료 과정이다. 결핵 의심 환자를 찾아내고 ' +
        '가래검사와 신속진단으로 확진하며, 1차 약물에 의한 직접관찰치료(DOT)를 조직하고, 약물 부작용과 ' +
        '치료 중단을 관리하며, 접촉자 검진과 예방치료를 하는 방법을 배운다.',
      criteria:
        '과정의 모든 강의를 끝까지 학습하고, 매 강의 뒤의 평가 문제를 80점 이상으로 통과하여야 한다. ' + '평가는 봉사기에서 채점한다.',
      topic: '결핵',
      code: 'tb-primary',
    },
    status: { listCredential: STATUS_LIST, index: STATUS_INDEX },
    ...overrides,
  };
}

const CREATED = '2026-11-22T09:00:05Z';

/** With a single eddsa-jcs-2022 proof: what the browser's checks read. */
export function signedCompletion(keyPair: KeyPair = testKeyPair(1)) {
  return signCredential(buildCredential(completionInput()), { privateKey: keyPair.privateKey, created: CREATED });
}

/** As the API issues it: the proof set of eddsa-rdfc-2022 and eddsa-jcs-2022. */
export function securedCompletion(keyPair: KeyPair = testKeyPair(1), overrides: Partial<CredentialInput> = {}): Promise<SignedCredential> {
  return issueCredential(buildCredential(completionInput(overrides)), { privateKey: keyPair.privateKey, created: CREATED });
}

/** A certificate as issued before the status list: one eddsa-jcs-2022 proof, status a DariRevocationList. */
export function legacyCompletion(keyPair: KeyPair = testKeyPair(1)): SignedCredential {
  const unsigned = {
    ...buildCredential(completionInput()),
    credentialStatus: { id: REVOCATION_LIST, type: 'DariRevocationList' as const },
  };
  return signCredential(unsigned, { privateKey: keyPair.privateKey, created: CREATED });
}

/** encodeForQr(legacyCompletion()) as the first version of the QR format wrote it: printed codes must decode. */
export const GOLDEN_QR_V1 =
  'DARI1:5/P:/RWE3$32-+IZ-U0Z9AZP-/4EUV EAS:QWZ6FSBBLA3E5/H15RIUUH023BSJWYR*PHLKGUZ54BE2D1WPJF.7U3K67FB' +
  'Q30W95GR7TT44B7:4+6T*HJK6QU2FNAT6 H7%7%JR5GRXY1L1AF LK:UOQRUBB1NFOH04U0NH5P18.OTOG16Y6PQK+H7--CYWVJ.' +
  '7:Q4U258GRUL3FNL5K5%H8B%AVOHA.1P5VB8SSTT7T8TVSLF5T8T%1N3W4.EKSNG583K1F1EAI639%D7$GZBEU30SSG/Z8M*LSJJ' +
  'AZEUL2B-L7GR5HTOD3M%S4$5 674B27%MQRNEKT0$0ZMJ*BO YO7%7IS4B7N-I8*IFIOO:RLEZCJ8A5KUXOG6RP1MFU:6ZKI1Q2Q' +
  'N0:UV7-CI*D*RGJYDQAI3B32/DH:K$XOA+6QCAHJKQRCFJG2J3%HJ+.MLU1T0J2GBB0A*ZHJNINTDF5N.C64+T/BOKMGZ4DA$JRY' +
  '6:833NVBJ3Y L+JKKWC91J3I943EPCK1BESICY:12AK//3:TO0FDXVRWBOKF9S:9%QPI77VRC5%KPCGJ5T.8AO32VCIE/F+M01$K' +
  '  J*KH8*PMZTX5U5:LKQE7D8HX5ZFGY8LK79CYHOD3:/EVCN+23OIC*MPRWTI9NOCHP31F+UB60YCJNBO2R532D-HI**GM8M77P2' +
  '8SYNG$1NHP0PABB17PM4WYSMMGK+T8MJ5J9JM7.%4TJS*D7KFCQDE3XUC4Q% E%KV3 R0*IGTTCFRZ%N5T16W3D2QOMUPD7V$2JH' +
  'EY36MVEDZLT5IF4DJARRQRCJ11RJZ2K*KPT0J:VMO8K.EKHEC2$K0QE.T7G:MY7OLFU6Z5-+1%FH%JT8BF6XMN+VG1AW.ACT9*5U' +
  'E07CB6PNEG1TEHT:/8O:9U8I3QB0/FUP73Q244CI.269K$39 KLSEMMUB0+B97IEZS%BI*JP F6Y+4SD7I+Q+ OR7A*6LT82%+PM' +
  '*ETT0JJ2+:345FWU0O+OB97D9OIQ3D:M0Y8RGC.-R$JEII355PH*6VGCA7T/27R/U%G0IKJ**I37AA21- 0YFAQRQ7WRV*R-FRR/' +
  'T TP8SJ';

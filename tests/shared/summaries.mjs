// Cases typed in with "I don't know" to the questions whose "no" and "don't know" used to be
// confused (issue 16): the asylum claim and another relative (2019, a child of 15), the Dublin
// request (a claim lodged in France a month before), the UK application (a child just 18: an
// application made earlier, while a child, would count). Shared by the Chromium and WebKit suites.
// `dontKnow`: the question keys (q.<key>.title) answered "I don't know".
const brother = { relation: 'sibling', adult: null, status: 'protection', able_to_care: null, family_before_flight: null, written_consent: null };
const child = (dob) => ({ date_of_birth: dob, location: 'FR' });

export const DONT_KNOW_CASES = [
  {
    name: 'the asylum claim and another relative (2019)',
    c: { assessed_on: '2019-06-01', child: child('2004-01-01'), asylum_claim: null, take_charge_request: null, uk_application: null, more_uk_relatives: null, uk_relatives: [brother] },
    dontKnow: ['claim', 'another'],
  },
  {
    name: 'the Dublin request (2019, a claim lodged in France)',
    c: {
      assessed_on: '2019-06-01', child: child('2004-01-01'), asylum_claim: { status: 'lodged', country: 'FR', lodged_on: '2019-05-01' },
      take_charge_request: null, uk_application: null, more_uk_relatives: false, uk_relatives: [brother],
    },
    dontKnow: ['request'],
  },
  {
    name: 'the UK application (2026, a child just 18)',
    c: { assessed_on: '2026-02-01', child: child('2007-06-15'), asylum_claim: null, take_charge_request: null, uk_application: null, more_uk_relatives: false, uk_relatives: [brother] },
    dontKnow: ['application'],
  },
];

/** The check page's title of question `key` ("another relative?" after relative 1 has its own row title). */
export function rowTitle(t, key) {
  return key === 'another' ? t('check.another').replace('{n}', '1') : t(`q.${key}.title`);
}

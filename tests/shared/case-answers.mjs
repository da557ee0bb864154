// What to answer on a question screen, from a scenario case's facts, as data. Written once for
// both end-to-end suites: each driver (tests/e2e/drive.mjs with Playwright, tests/webkit/drive.mjs
// with WebDriver) performs the answer with its own API. Browser-independent.
//
// An answer is one of:
//   { kind: 'radio', label }               choose the radio button labelled `label`, then Continue
//   { kind: 'unknown-button' }             press "I don't know" (a date, country or time not known)
//   { kind: 'date', iso }                  type the Day, Month and Year of `iso`, then Continue
//   { kind: 'country', code, question }    pick country `code` in the list labelled `question`, then Continue
//   { kind: 'time', hhmm, question }       type `hhmm` in the field labelled `question`, then Continue
//   { kind: 'dob', dob, confirm }          the date of birth screen: `dob` is { date } | { age } | null
//                                          (don't know); `confirm`: tick "Yes, this is right" when asked
import { t, ageOn } from './catalog.mjs';

const bool = (v) => (v === true || v === false ? v : null);

/** Yes, No or (null) "I don't know". */
const yesNo = (value) => ({ kind: 'radio', label: value === true ? t('opt.yes') : value === false ? t('opt.no') : t('opt.unknown') });

/** The option `id` of the group `group` (opt.<group>.<id>), or (null) "I don't know". */
const choice = (group, id) => ({ kind: 'radio', label: id == null ? t('opt.unknown') : t(`opt.${group}.${id}`) });

const unknown = { kind: 'unknown-button' };
const date = (iso) => (iso == null ? unknown : { kind: 'date', iso });
const country = (question, code) => (code == null ? unknown : { kind: 'country', code, question });
const time = (question, hhmm) => (hhmm == null ? unknown : { kind: 'time', hhmm, question });

/** The date of birth answer for a case's child. */
function dobOf(child) {
  if (child.date_of_birth) return { date: child.date_of_birth };
  if (child.age_years != null) return { age: child.age_years };
  return null;
}

/**
 * The date of birth answer for case `c`: the app asks to confirm an age over 25 (given, or on the
 * assessment date).
 */
function dob(c) {
  const d = dobOf(c.child || {});
  return { kind: 'dob', dob: d, confirm: d?.age > 25 || (d?.date != null && ageOn(d.date, c.assessed_on) > 25) };
}

/**
 * Records in the running `state` what a later question needs to know: `state.relative`, the
 * number of the relative question `q` asks about (for "Does the child have another relative in
 * the UK?"). Call it for every question asked.
 */
export function noteAsked(state, q) {
  if (q.n != null) state.relative = q.n;
}

/**
 * The answer to question `q` ({ key, n }: the QUESTIONS entry of the screen's title `question`)
 * from case `c`'s facts, given the running `state` (see noteAsked). Changes nothing. Throws on a
 * question it does not know, or one about a relative the case does not have.
 */
export function caseAnswer(c, q, question, state = {}) {
  const child = c.child || {};
  const claim = c.asylum_claim;
  const tcr = c.take_charge_request;
  const app = c.uk_application;
  const rels = c.uk_relatives;
  const rel = q.n != null ? (rels || [])[q.n - 1] : null;
  if (q.n != null && !rel && q.key !== 'another') throw new Error(`asked "${question}" but the case has no relative ${q.n}`);
  switch (q.key) {
    case 'dob': return dob(c);
    case 'location': return country(question, child.location ?? null);
    case 'nationality': return country(question, child.nationality ?? null);
    case 'relatives': return yesNo(rels == null ? null : rels.length > 0);
    case 'relation': return choice('relation', rel.relation ?? null);
    case 'status': return choice('status', rel.status ?? null);
    case 'adult': return yesNo(bool(rel.adult));
    case 'can_care': return yesNo(bool(rel.able_to_care));
    case 'family_before': return yesNo(bool(rel.family_before_flight));
    case 'consent': return yesNo(bool(rel.written_consent));
    case 'another': {
      const n = q.n ?? state.relative;
      if (n == null) throw new Error('asked for another relative before any relative');
      // After the last relative listed: whether there are others (`more_uk_relatives`, null: don't know).
      return yesNo((rels || []).length > n ? true : bool(c.more_uk_relatives));
    }
    case 'unaccompanied': return yesNo(bool(child.unaccompanied));
    case 'age_disputed': return yesNo(bool(child.age_disputed));
    case 'married': return yesNo(bool(child.married));
    case 'claim': return choice('claim', claim?.status ?? null);
    case 'claim_country': return country(question, claim?.country ?? null);
    case 'claim_date': return date(claim?.lodged_on ?? null);
    case 'request': return choice('request', tcr?.status ?? null);
    case 'request_date': return date(tcr?.sent_on ?? null);
    case 'request_received': return yesNo(bool(tcr?.received_before_cutoff_time));
    case 'request_decision': return choice('request_decision', tcr?.uk_decision ?? null);
    case 'request_decision_date': return date(tcr?.decided_on ?? null);
    case 'arrived': return date(child.arrived_in_europe_on ?? null);
    case 'calais_camp': return yesNo(bool(child.in_calais_camp_on_2016_10_24));
    case 'high_risk': return yesNo(bool(child.referred_as_high_risk_of_exploitation));
    case 'sibling': return yesNo(bool(child.accompanying_sibling_of_eligible_child));
    case 'referred': return yesNo(bool(child.referred_by_authorities));
    case 'best_interests': return yesNo(bool(child.best_interests_against_uk));
    // `{"status": "none"}`: no application; null: not known; any other object: one was made.
    case 'application': return yesNo(app == null ? null : app.status !== 'none');
    case 'application_date': return date(app?.submitted_on ?? null);
    case 'application_time': return time(question, app?.submitted_at ?? null);
    default: throw new Error(`no answer for question "${question}" (q.${q.key}.title)`);
  }
}

// Drives one whole case through the question screens, for the end-to-end tests that need a case
// completed (offline, privacy, embed). Works on a Page or on a FrameLocator (the embedded app).
//
//   await completeCase(page)                       // "I don't know" everywhere
//   await completeCase(page, { answers: REAL })    // typed answers where a screen allows them
//   await completeCase(page, { onStep })           // called once on every screen, after it shows
//
// It waits for conditions (the heading changes, or an error summary appears), never for time.

export const START_TITLE = 'Find the routes that may bring a child to family in the UK';
export const CHECK_TITLE = 'Check your answers';
export const RESULT_TITLE = 'Routes for this child';

/** Answers that are typed in rather than "I don't know" (used to look for leaks of real input). */
export const REAL = {
  date: { day: '14', month: '3', year: '2011' },
  laterDate: { day: '9', month: '7', year: '2024' },
  country: 'ER',
  time: '13:37',
  // Radio questions: the first option that is not "I don't know" (usually "Yes").
  choice: 'first',
};

/** Polls `fn` until it returns something other than undefined (deterministic: no fixed sleep). */
export async function until(fn, { timeout = 15000, interval = 25, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? ': ' + last.message : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

const heading = (scope) => scope.locator('h1').first();

export async function headingText(scope) {
  const h1 = heading(scope);
  await h1.waitFor();
  return (await h1.innerText()).trim();
}

/** Waits for the start page, then presses "Start now" and waits for the first question. */
export async function start(scope) {
  await scope.getByRole('heading', { name: START_TITLE }).waitFor();
  // The app has taken over the start page written at build time.
  await scope.locator('#app:not(.prerendered)').waitFor({ state: 'attached', timeout: 30000 });
  await scope.getByRole('button', { name: 'Start now' }).click();
  await until(async () => (await headingText(scope)) !== START_TITLE || undefined, { what: 'the first question' });
}

/** Submits the current screen with "I don't know" (the radio, or the button). */
async function answerUnknown(scope) {
  const radio = scope.locator('main input[type=radio][value=unknown]');
  if (await radio.count()) {
    await radio.check();
    await scope.getByRole('button', { name: 'Continue', exact: true }).click();
  } else {
    await scope.getByRole('button', { name: "I don't know", exact: true }).click();
  }
}

/** Submits the current screen with a typed answer where it has one; returns false if it cannot. */
async function answerReal(scope, answers, title) {
  const main = scope.locator('main');
  const date = title.startsWith("What is the child's date of birth") ? answers.date : answers.laterDate;
  if (await main.locator('#field-day').count()) {
    const dob = main.locator('input[type=radio][name=mode][value=date]');
    if (await dob.count()) await dob.check();
    await main.locator('#field-day').fill(date.day);
    await main.locator('#field-month').fill(date.month);
    await main.locator('#field-year').fill(date.year);
  } else if (await main.locator('select#field-country').count()) {
    await main.locator('select#field-country').selectOption(answers.country);
  } else if (await main.locator('input#field-time').count()) {
    await main.locator('input#field-time').fill(answers.time);
  } else if (await main.locator('input[type=radio][name=answer]').count()) {
    await main.locator('input[type=radio][name=answer]').first().check();
  } else {
    return false;
  }
  await scope.getByRole('button', { name: 'Continue', exact: true }).click();
  return true;
}

/**
 * From the first question to "Check your answers", then "See the result". Returns the list of
 * question titles seen. `onStep({ title, step })` runs on every screen once its heading shows
 * (questions, the check page and the result page).
 */
export async function completeCase(scope, { answers = null, onStep = async () => {}, maxSteps = 80 } = {}) {
  const titles = [];
  for (let step = 0; ; step++) {
    if (step > maxSteps) throw new Error('the case did not end after ' + maxSteps + ' screens: ' + titles.join(' | '));
    const title = await headingText(scope);
    await onStep({ title, step });
    if (title === CHECK_TITLE) break;
    titles.push(title);
    let real = answers ? await answerReal(scope, answers, title) : false;
    if (!real) await answerUnknown(scope);
    let outcome = await until(async () => {
      if ((await headingText(scope)) !== title) return 'next';
      if (await scope.locator('.error-summary').count()) return 'error';
      return undefined;
    }, { what: `the screen after "${title}"` });
    if (outcome === 'error') {
      // A typed answer was refused (for example a date out of order): fall back to "I don't know".
      await answerUnknown(scope);
      outcome = await until(async () => ((await headingText(scope)) !== title ? 'next' : undefined), { what: `the screen after "${title}"` });
    }
  }
  await scope.getByRole('button', { name: 'See the result', exact: true }).click();
  await scope.getByRole('heading', { name: RESULT_TITLE }).waitFor();
  await onStep({ title: RESULT_TITLE, step: titles.length + 1 });
  return titles;
}

/** The result cards as [{ pathway, verdict }]. */
export async function verdicts(scope) {
  return scope.locator('section[data-pathway]').evaluateAll((all) => all.map((s) => ({ pathway: s.dataset.pathway, verdict: s.dataset.verdict })));
}

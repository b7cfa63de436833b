import { expect, test, type Page } from '@playwright/test';
import { SEED, SEED_NACOS_SECRETS } from '@portico/cloud-emulator/services/apigateway/seed';
import { createPerson, emulatorCalls, resetEmulator, shotsAtWidths, signIn, shot } from './support.ts';

const HTTP = SEED.backends.catalogHttp;
const NACOS = SEED.backends.identityNacos;
const OSS = SEED.backends.imagesOss;
const OLD_ADDRESS = 'http://catalog-test.internal.portico.example:8080';
const NEW_ADDRESS = 'http://catalog-moved.internal.portico.example:9090';

test.beforeEach(async () => {
  await resetEmulator();
});

async function openTestModelEditor(page: Page, backendName: string) {
  await page.getByRole('link', { name: 'Backend models' }).first().click();
  await page.getByRole('table', { name: 'Backend services' }).getByRole('link', { name: backendName, exact: true }).click();
  await page.getByRole('tab', { name: 'TEST' }).click();
  await expect(page.getByRole('tab', { name: 'TEST' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Edit model' }).click();
  await expect(page.getByRole('heading', { name: 'Edit the TEST model' })).toBeVisible();
}

test('given the HTTP backend, when an operator changes its TEST address and confirms the diff, then the task finishes and the new address stays after a reload', async ({
  page,
  baseURL,
}) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await openTestModelEditor(page, HTTP.name);

  const json = page.getByRole('textbox', { name: 'Model JSON' });
  await expect(json).toContainText(OLD_ADDRESS);
  const address = page.getByLabel('Service address');
  await expect(address).toHaveValue(OLD_ADDRESS);
  await address.fill(NEW_ADDRESS);
  // The field writes into the JSON text, which is the editor's one state.
  await expect(json).toContainText(NEW_ADDRESS);
  await expect(json).not.toContainText(OLD_ADDRESS);
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Model errors' })).toContainText('No errors');

  const modifies = await emulatorCalls('ModifyBackendModel');
  await page.getByRole('button', { name: 'Review changes' }).click();
  const review = page.getByRole('dialog', { name: 'Review changes to the TEST model' });
  await expect(review.getByText('1 change:')).toBeVisible();
  await expect(review.getByRole('listitem')).toHaveText(['ServiceAddress']);
  const diff = review.getByRole('region', { name: 'Model diff' });
  const before = diff.getByRole('textbox', { name: 'Current model in TEST' });
  const after = diff.getByRole('textbox', { name: 'New model in TEST' });
  await expect(before).toContainText(OLD_ADDRESS);
  await expect(before).not.toContainText(NEW_ADDRESS);
  await expect(after).toContainText(NEW_ADDRESS);
  await expect(after).not.toContainText(OLD_ADDRESS);
  // Side by side, and only the address line is marked as changed on each side.
  const [left, right] = [await before.boundingBox(), await after.boundingBox()];
  expect(left && right && right.x > left.x + left.width - 1).toBe(true);
  await expect(before.locator('.cm-changedLine')).toHaveCount(1);
  await expect(after.locator('.cm-changedLine')).toHaveCount(1);
  await expect(after.locator('.cm-changedLine')).toContainText('ServiceAddress');
  await expect(review.getByRole('table', { name: 'APIs published in TEST this change reaches' }).getByRole('row')).toHaveCount(HTTP.publishedApiCount.TEST + 1);
  await shot(page, 'backend-models-review');
  await review.getByRole('button', { name: 'Confirm and save' }).click();

  await expect(page).toHaveURL(/[?&]task=/);
  const task = page.getByRole('region', { name: 'Batch update' });
  await expect(task.getByRole('progressbar', { name: 'Task progress' })).toBeVisible();
  await expect(task.getByText('Completed', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(task.getByRole('progressbar', { name: 'Task progress' })).toHaveAttribute('aria-valuenow', '100');
  await expect(task.getByRole('table', { name: 'APIs in this task' }).locator('[data-status="succeeded"]')).toHaveCount(HTTP.publishedApiCount.TEST);
  await expect(page.getByLabel('Model data in TEST')).toContainText(NEW_ADDRESS);
  await shot(page, 'backend-models-task', { fullPage: true });
  expect(await emulatorCalls('ModifyBackendModel')).toBe(modifies + 1);

  await page.reload();
  await expect(page.getByRole('tab', { name: 'TEST' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Model data in TEST')).toContainText(NEW_ADDRESS);
  await expect(page.getByLabel('Model data in TEST')).not.toContainText(OLD_ADDRESS);
  // The other stages keep their own address.
  await page.getByRole('tab', { name: 'PRE' }).click();
  await expect(page.getByLabel('Model data in PRE')).toContainText('http://catalog-pre.internal.portico.example:8080');
});

test('given the model editor, when the JSON loses a comma, then the error names its line and the review stays disabled until it is fixed', async ({ page, baseURL }) => {
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await openTestModelEditor(page, HTTP.name);
  const reviewButton = page.getByRole('button', { name: 'Review changes' });
  await expect(reviewButton).toBeEnabled();

  // The keys come sorted: line 3 is `"ServiceAddress": "…",`, line 4 `"ServiceTimeout": 10000,`.
  // From the end, up to the start of line 4 (lines 4 to 7 are short: no wrapping), one step
  // left to the end of line 3, and its comma goes.
  const json = page.getByRole('textbox', { name: 'Model JSON' });
  await json.click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await expect(json).toContainText(`"ServiceAddress": "${OLD_ADDRESS}"  "ServiceTimeout"`);

  const errors = page.getByRole('region', { name: 'Model errors' });
  await expect(errors).toContainText('1 error');
  await expect(errors.getByRole('listitem')).toHaveText(['line 4: expected “,” or “}” after the value of “ServiceAddress”, found “"”']);
  await expect(reviewButton).toBeDisabled();
  await expect(page.getByText('Fix the JSON syntax to review.')).toBeVisible();
  // The form waits for JSON that parses.
  await expect(page.getByText('The JSON does not parse: fix it to edit with the form again.')).toBeVisible();
  await expect(page.getByLabel('Service address')).toBeDisabled();
  // The editor marks the place too (its lint gutter, on line 4).
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);
  await shot(page, 'backend-models-invalid-json', { fullPage: true });

  // Choosing the error puts the cursor where the comma is missing; typing it there fixes the JSON.
  await errors.getByRole('button', { name: /line 4/ }).click();
  await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText('4');
  await page.keyboard.type(',');
  await expect(errors).toContainText('No errors: the model fits the HTTP schema.');
  await expect(reviewButton).toBeEnabled();
  await expect(page.getByLabel('Service address')).toBeEnabled();
});

test('given the Nacos backend, when its model is shown and edited, then its secrets show masked and never reach the page', async ({ page, baseURL }) => {
  const secrets = Object.values(SEED_NACOS_SECRETS);
  const answers: string[] = [];
  page.on('response', async (response) => {
    if (response.url().includes('/api/backend')) answers.push(await response.text().catch(() => ''));
  });
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/backend-models/${NACOS.backendId}?stage=TEST`);

  const model = page.getByLabel('Model data in TEST');
  await expect(model).toContainText('"Password": "******"');
  await expect(model).toContainText('"AccessKey": "******"');
  await expect(model).toContainText('"SecretKey": "******"');
  await expect(model).toContainText('"UserName": "apigateway"');
  await expect(page.getByText('Secrets are write-only: they show as ****** and are never sent to the browser.')).toBeVisible();
  for (const secret of secrets) expect(await page.content()).not.toContain(secret);

  await page.getByRole('button', { name: 'Edit model' }).click();
  const json = page.getByRole('textbox', { name: 'Model JSON' });
  await expect(json).toContainText('"Password": "******"');
  await expect(page.getByText('Secrets are write-only: leave ****** to keep the current value')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Model errors' })).toContainText('No errors');
  // The review shows both sides masked, too.
  await page.getByRole('button', { name: 'Review changes' }).click();
  const review = page.getByRole('dialog', { name: 'Review changes to the TEST model' });
  await expect(review.getByText('Nothing changed: saving applies the same model again.')).toBeVisible();
  const after = review.getByRole('textbox', { name: 'New model in TEST' });
  await after.getByText(/unchanged lines/).click();
  await expect(after).toContainText('"SecretKey": "******"');
  await expect(review.getByRole('textbox', { name: 'Current model in TEST' })).toContainText('"Password": "******"');

  const html = await page.content();
  for (const secret of secrets) expect(html).not.toContain(secret);
  expect(answers.length).toBeGreaterThan(0);
  for (const answer of answers) for (const secret of secrets) expect(answer).not.toContain(secret);
});

/** Replaces one line of the model JSON (found by its key) as a person would: select it, type the new one. */
async function replaceJsonLine(page: Page, key: string, value: string) {
  const line = page.getByRole('textbox', { name: 'Model JSON' }).locator('.cm-line', { hasText: `"${key}"` });
  const comma = (await line.innerText()).trimEnd().endsWith(',') ? ',' : '';
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText(`"${key}": ${JSON.stringify(value)}${comma}`);
}

test('given the Nacos backend, when its server address changes with the secrets left masked, then the editor asks for each secret again and saves once they are typed', async ({
  page,
  baseURL,
}) => {
  const attacker = 'http://nacos.elsewhere.example:8848';
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.goto(`/backend-models/${NACOS.backendId}?stage=TEST`);
  await page.getByRole('button', { name: 'Edit model' }).click();
  await expect(page.getByRole('heading', { name: 'Edit the TEST model' })).toBeVisible();

  await replaceJsonLine(page, 'ServerAddress', attacker);
  const errors = page.getByRole('region', { name: 'Model errors' });
  for (const key of ['Password', 'AccessKey', 'SecretKey']) {
    await expect(errors).toContainText(`DiscoveryConfig.NacosConfig.${key} must be typed again: the server address changed`);
  }
  const review = page.getByRole('button', { name: 'Review changes' });
  await expect(review).toBeDisabled();
  await shot(page, 'backend-models-nacos-secrets-again');

  const modifies = await emulatorCalls('ModifyBackendModel');
  for (const key of ['Password', 'AccessKey', 'SecretKey']) await replaceJsonLine(page, key, `typed-again-${key}`);
  await expect(errors).toContainText('No errors');
  await review.click();
  const dialog = page.getByRole('dialog', { name: 'Review changes to the TEST model' });
  await expect(dialog.getByRole('textbox', { name: 'New model in TEST' })).not.toContainText('typed-again');
  await dialog.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByLabel('Model data in TEST')).toContainText(attacker, { timeout: 30_000 });
  expect(await emulatorCalls('ModifyBackendModel')).toBe(modifies + 1);
  expect(await page.content()).not.toContain('typed-again');
});

test('given a new OSS model, when nothing was touched, then no field shows an error and the placeholder stays an example; touching or Review shows them', async ({
  page,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, await createPerson(baseURL!, 'operator'));
  await page.getByRole('link', { name: 'Backend models' }).first().click();
  await page.getByRole('table', { name: 'Backend services' }).getByRole('link', { name: OSS.name, exact: true }).click();
  await page.getByRole('tab', { name: 'PRE' }).click();
  await page.getByRole('button', { name: 'Create model' }).click();
  await expect(page.getByRole('heading', { name: 'Create the PRE model' })).toBeVisible();

  const region = page.getByRole('textbox', { name: 'Region' });
  const bucket = page.getByRole('textbox', { name: 'Bucket' });
  await expect(region).toHaveAttribute('placeholder', 'cn-hangzhou');
  await expect(region).not.toHaveAttribute('aria-invalid', 'true');
  await expect(bucket).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('region', { name: 'Model errors' })).toHaveText('');
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(0);
  await shotsAtWidths(page, testInfo, 'backend-models-oss-create-untouched');

  // Visiting Region and leaving it empty: that field says so; its placeholder keeps the placeholder grey.
  await region.focus();
  await region.blur();
  await expect(region).toHaveAttribute('aria-invalid', 'true');
  await expect(bucket).not.toHaveAttribute('aria-invalid', 'true');
  const placeholderColour = (input: typeof region) => input.evaluate((el) => getComputedStyle(el, '::placeholder').color);
  const errorColour = await region.evaluate((el) => getComputedStyle(el.closest('.mantine-InputWrapper-root')!.querySelector('.mantine-InputWrapper-error')!).color);
  expect(await placeholderColour(region)).not.toBe(errorColour);

  await page.getByRole('button', { name: 'Review changes' }).click();
  await expect(bucket).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('region', { name: 'Model errors' })).toContainText('2 errors');
  await expect(page.getByRole('button', { name: 'Review changes' })).toBeDisabled();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await shotsAtWidths(page, testInfo, 'backend-models-oss-create-review-asked');
});

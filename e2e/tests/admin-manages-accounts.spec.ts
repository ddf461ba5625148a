import { expect, test, type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { UserPage, UsersPage } from '../pages/users.page';
import { graphql } from '../support/graphql';

const signIn = async (page: Page, username: string, password: string) => {
  const form = new SignInPage(page);
  await form.open();
  await form.signIn(username, password);
  await expect(page).not.toHaveURL(/\/login/);
};

const signOut = async (page: Page) => {
  await page.getByRole('button', { name: '나가기' }).click();
  await expect(page).toHaveURL(/\/login$/);
};

test('an admin makes a county registrar, who must change the initial password and lands on the registry', async ({ page }) => {
  await signIn(page, 'admin', 'dari-demo');
  await expect(page).toHaveURL(/\/users$/);
  const users = new UsersPage(page);
  await expect(users.heading).toHaveText('사용자');
  await users.create({
    username: 'Anju-Registrar',
    displayName: '안주 등록원',
    password: 'paper slip 2027',
    role: '등록원',
    province: '평안남도',
    countyIndex: 1,
  });
  const account = new UserPage(page);
  await expect(account.heading).toHaveText('안주 등록원');
  await expect(account.details).toContainText('anju-registrar');
  await expect(account.details).toContainText(/등록원 \(.+\)/);
  await expect(account.details).toContainText('처음 암호를 아직 바꾸지 않음');
  await signOut(page);

  await signIn(page, 'anju-registrar', 'paper slip 2027');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('암호 바꾸기');
  await expect(page.getByRole('navigation', { name: '기본차림표' })).toHaveCount(0);
  const form = new SignInPage(page);
  await form.changePassword('paper slip 2027', 'password1');
  await expect(page.getByRole('alert')).toContainText('흔한 암호');
  await form.changePassword('paper slip 2027', '안주군 보건 등록 2027');
  await expect(page).toHaveURL(/\/registry$/);
  await expect(page.getByRole('navigation', { name: '기본차림표' }).getByRole('link', { name: '과정 목록' })).toHaveAttribute(
    'href',
    '/learn',
  );
  await signOut(page);
  await signIn(page, 'anju-registrar', '안주군 보건 등록 2027');
  await expect(page).toHaveURL(/\/registry$/);
});

test('an admin issues a reset code, and the trainee sets a new password with it on the sign-in page', async ({ page }) => {
  await signIn(page, 'admin', 'dari-demo');
  const created = await graphql<{ createUser: { id: string } }>(
    page.request,
    `
      mutation ($input: CreateUserInput!) {
        createUser(input: $input) {
          id
        }
      }
    `,
    {
      input: { username: 'ri-sunhui', displayName: '리순희', password: 'first paper 2027', roles: [{ role: 'trainee' }], cadre: 'midwife' },
    },
  );
  const users = new UsersPage(page);
  await users.open();
  await users.search('리순희');
  await expect(users.rows).toHaveCount(1);
  await users.rows.first().getByRole('link', { name: '리순희' }).click();
  await expect(page).toHaveURL(new RegExp(`/users/${created.createUser.id}$`));
  const code = await new UserPage(page).issueResetCode();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(page.getByRole('button', { name: '인쇄' })).toBeVisible();
  await signOut(page);

  const form = new SignInPage(page);
  await form.resetWithCode('ri-sunhui', 'WRONG-CODE-0000', '순희의 새 암호 봄');
  await expect(page.getByRole('alert')).toContainText('재설정번호가 틀렸습니다');
  await page.getByRole('textbox', { name: '재설정번호' }).fill(code.toLowerCase());
  await page.getByRole('button', { name: '새 암호 정하기' }).click();
  await expect(page.getByRole('status')).toContainText('ri-sunhui의 새 암호를 정하였습니다');
  await expect(form.username).toHaveValue('ri-sunhui');
  await form.password.fill('순희의 새 암호 봄');
  await form.submit.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('나의 학습과정');

  // Logout ends the session: the home page asks to sign in again.
  await signOut(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

import { type Browser, expect, type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { graphql } from './graphql';

/** A new browser context signed in as a demo account (each person of a journey has their own). */
export async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(username, 'dari-demo');
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/**
 * A lesson the trainee journeys do not read, counted from the last lesson of the last course (0 is the last),
 * so each faculty journey revises a lesson of its own.
 */
export async function lessonToRevise(page: Page, fromEnd = 0): Promise<string> {
  const { courses } = await graphql<{ courses: { modules: { lessons: { id: string }[] }[] }[] }>(
    page.request,
    '{ courses { modules { lessons { id } } } }',
  );
  const lessons = courses.flatMap((course) => course.modules.flatMap((module) => module.lessons));
  return lessons[lessons.length - 1 - fromEnd].id;
}

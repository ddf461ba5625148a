import { expect, type Locator, type Page } from '@playwright/test';

/** The supervisor's page: find a trainee, then record a checklist for her. */
export class SkillAssessmentPage {
  readonly heading: Locator;
  readonly status: Locator;
  private readonly main: Locator;

  constructor(page: Page) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1, name: '실기평가 기록' });
    this.status = this.main.getByRole('status');
  }

  /** Searches by registration number and picks that worker. */
  async pickWorker(registrationNumber: string, name: string) {
    await this.main.getByLabel('이름이나 등록번호').fill(registrationNumber);
    await this.main.getByRole('button', { name: '찾기' }).click();
    await this.main.getByRole('button', { name: `${name} (${registrationNumber}) 선택` }).click();
    await expect(this.main.getByRole('heading', { level: 2, name: `${name} (${registrationNumber})의 실기평가` })).toBeVisible();
  }

  async chooseChecklist(title: string) {
    await this.main.getByLabel('실기점검표').selectOption({ label: title });
  }

  notDone(step: number): Locator {
    return this.main.getByRole('checkbox', { name: `${step}번 못함` });
  }

  outcome(label: '합격' | '재련습'): Locator {
    return this.main.getByRole('radio', { name: label });
  }

  async record(assessedOn: string) {
    await this.main.getByLabel('평가한 날').fill(assessedOn);
    await this.main.getByRole('button', { name: '기록하기' }).click();
  }
}

/** A curriculum on the trainee's home: its progress line and required skills. */
export class CurriculumOnHome {
  readonly region: Locator;
  readonly progress: Locator;

  constructor(page: Page, title: string) {
    this.region = page.getByRole('main').getByRole('region', { name: title });
    this.progress = this.region.locator('.curriculum-skills__progress');
  }

  skill(title: string): Locator {
    return this.region.getByRole('listitem').filter({ has: this.region.page().getByRole('link', { name: title }) });
  }
}

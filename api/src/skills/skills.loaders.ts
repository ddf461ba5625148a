import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Checklist } from '../curricula/checklist.entity';
import type { Curriculum } from '../curricula/curriculum.entity';
import { ChecklistsService } from './checklists.service';
import type { CurriculumProgress, SkillStatus } from './skills.model';

/** Per request: checklists and the signed-in user's skills of a list of curricula cost one query per field, not per row. */
export class SkillsLoaders {
  constructor(
    private readonly checklists: ChecklistsService,
    private readonly userId: string,
  ) {}

  readonly checklist = new DataLoader<string, Checklist | undefined>(async (ids) => {
    const found = new Map((await this.checklists.byIds(ids)).map((c) => [c.id, c]));
    return ids.map((id) => found.get(id));
  });

  readonly progress = new DataLoader<string, CurriculumProgress>((ids) => this.checklists.progressOf(this.userId, ids));

  readonly skills = new DataLoader<Curriculum, SkillStatus[], string>((curricula) => this.checklists.skillsOf(this.userId, curricula), { cacheKeyFn: (c) => c.id });
}

@Injectable()
export class SkillsLoaderFactory {
  private readonly perRequest = new WeakMap<object, SkillsLoaders>();

  constructor(private readonly checklists: ChecklistsService) {}

  for(request: object, userId: string): SkillsLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) this.perRequest.set(request, (loaders = new SkillsLoaders(this.checklists, userId)));
    return loaders;
  }
}

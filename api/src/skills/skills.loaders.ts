import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { oneEach, PerRequest } from '../common/loaders';
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

  readonly checklist = new DataLoader<string, Checklist | undefined>(async (ids) =>
    oneEach(ids, await this.checklists.byIds(ids), (c) => c.id),
  );

  readonly progress = new DataLoader<string, CurriculumProgress>((ids) => this.checklists.progressOf(this.userId, ids));

  readonly skills = new DataLoader<Curriculum, SkillStatus[], string>((curricula) => this.checklists.skillsOf(this.userId, curricula), {
    cacheKeyFn: (c) => c.id,
  });
}

@Injectable()
export class SkillsLoaderFactory {
  private readonly loaders = new PerRequest((userId: string) => new SkillsLoaders(this.checklists, userId));

  constructor(private readonly checklists: ChecklistsService) {}

  for(request: object, userId: string): SkillsLoaders {
    return this.loaders.for(request, userId);
  }
}

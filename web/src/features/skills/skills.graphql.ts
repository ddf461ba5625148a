import { gql, type TypedDocumentNode } from '@apollo/client';

export type SkillOutcome = 'PASS' | 'NEEDS_PRACTICE';

export interface ChecklistStep {
  number: number;
  group: string | null;
  text: string;
  critical: boolean;
}

export interface ChecklistRef {
  id: string;
  title: string;
  titleEn: string;
}

export interface ChecklistDetail extends ChecklistRef {
  summary: string | null;
  summaryEn: string | null;
  version: number;
  pdfPath: string;
  lessonIds: string[];
  equipment: string[];
  steps: ChecklistStep[];
}

const CHECKLIST_FIELDS = gql`
  fragment ChecklistFields on Checklist {
    id
    title
    titleEn
    summary
    summaryEn
    version
    pdfPath
    lessonIds
    equipment
    steps {
      number
      group
      text
      critical
    }
  }
`;

export const CHECKLIST: TypedDocumentNode<{ checklist: ChecklistDetail }, { id: string }> = gql`
  query Checklist($id: ID!) {
    checklist(id: $id) {
      ...ChecklistFields
    }
  }
  ${CHECKLIST_FIELDS}
`;

export const CHECKLISTS: TypedDocumentNode<{ checklists: ChecklistDetail[] }, Record<string, never>> = gql`
  query Checklists {
    checklists {
      ...ChecklistFields
    }
  }
  ${CHECKLIST_FIELDS}
`;

export interface CurriculumProgress {
  coursesTotal: number;
  coursesCompleted: number;
  skillsTotal: number;
  skillsPassed: number;
  done: boolean;
}

export interface SkillStatus {
  checklist: ChecklistRef;
  passed: boolean;
  lastOutcome: SkillOutcome | null;
  lastAssessedOn: string | null;
}

export interface MySkillsQuery {
  curricula: { id: string; myProgress: CurriculumProgress; mySkills: SkillStatus[] }[];
}

/** Personal: the signed-in user's progress per curriculum (never saved for offline, unlike `Curricula`). */
export const MY_SKILLS: TypedDocumentNode<MySkillsQuery, Record<string, never>> = gql`
  query MyCurriculumSkills {
    curricula {
      id
      myProgress {
        coursesTotal
        coursesCompleted
        skillsTotal
        skillsPassed
        done
      }
      mySkills {
        checklist {
          id
          title
          titleEn
        }
        passed
        lastOutcome
        lastAssessedOn
      }
    }
  }
`;

export interface AssessableWorker {
  id: string;
  name: string;
  registrationNumber: string;
  cadre: string;
  facilityId: string;
  facilityName: string;
}

export const ASSESSABLE_WORKERS: TypedDocumentNode<{ assessableWorkers: AssessableWorker[] }, { search: string }> = gql`
  query AssessableWorkers($search: String!) {
    assessableWorkers(search: $search) {
      id
      name
      registrationNumber
      cadre
      facilityId
      facilityName
    }
  }
`;

export interface RecordSkillAssessmentInput {
  workerId: string;
  checklistId: string;
  outcome: SkillOutcome;
  assessedOn: string;
  facilityId: string;
  missedSteps: number[];
  note?: string;
  clientId: string;
}

export const RECORD_SKILL_ASSESSMENT: TypedDocumentNode<
  { recordSkillAssessment: { id: string; outcome: SkillOutcome; assessedOn: string } },
  { input: RecordSkillAssessmentInput }
> = gql`
  mutation RecordSkillAssessment($input: RecordSkillAssessmentInput!) {
    recordSkillAssessment(input: $input) {
      id
      outcome
      assessedOn
    }
  }
`;

export interface MySkillAssessment {
  id: string;
  checklistId: string;
  outcome: SkillOutcome;
  assessedOn: string;
  missedSteps: number[];
}

/** The signed-in trainee's own assessments, newest first. */
export const MY_SKILL_ASSESSMENTS: TypedDocumentNode<{ mySkillAssessments: MySkillAssessment[] }, Record<string, never>> = gql`
  query MySkillAssessments {
    mySkillAssessments {
      id
      checklistId
      outcome
      assessedOn
      missedSteps
    }
  }
`;

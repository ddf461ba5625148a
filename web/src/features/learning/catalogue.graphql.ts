import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CourseSummary } from '../curricula/curricula.graphql';
import type { Cadre, CareLevel, Topic } from '../curricula/enums';
import { ENROLMENT_FIELDS, type Enrolment } from './enrolment.graphql';

export interface CatalogueFilter {
  cadre?: Cadre;
  careLevel?: CareLevel;
  topic?: Topic;
}

export interface CatalogueEntry {
  /** `countsForMyLicence`: its topic has a minimum in the trainee's licence type. */
  course: CourseSummary & { countsForMyLicence: boolean };
  enrolment: Enrolment | null;
  matchesMyCadre: boolean;
}

export interface CatalogueQuery {
  catalogue: CatalogueEntry[];
}

/** Unfinished enrolments first, then courses for the trainee's cadre, then the rest (the API's order). */
export const CATALOGUE: TypedDocumentNode<CatalogueQuery, { filter: CatalogueFilter }> = gql`
  query Catalogue($filter: CatalogueFilter) {
    catalogue(filter: $filter) {
      matchesMyCadre
      course {
        id
        title
        titleEn
        topic
        careLevel
        creditHours
        lessonCount
        countsForMyLicence
      }
      enrolment {
        ...EnrolmentFields
      }
    }
  }
  ${ENROLMENT_FIELDS}
`;

import { useQuery } from '@apollo/client/react';
import { COURSE_REPORT } from './courseReport.graphql';

export function useCourseReport(courseId: string) {
  return useQuery(COURSE_REPORT, { variables: { courseId }, fetchPolicy: 'cache-and-network' });
}

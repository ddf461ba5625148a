import { useQuery } from '@apollo/client/react';
import { CourseReportDocument } from './courseReport.generated';

export function useCourseReport(courseId: string) {
  return useQuery(CourseReportDocument, { variables: { courseId }, fetchPolicy: 'cache-and-network' });
}

export const courseReportPath = (courseId: string) => `/courses/${encodeURIComponent(courseId)}/report`;

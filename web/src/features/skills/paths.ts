export const checklistPath = (id: string) => `/checklists/${encodeURIComponent(id)}`;
/** The supervisor's page for recording an assessment. */
export const ASSESS_PATH = '/skills/assess';

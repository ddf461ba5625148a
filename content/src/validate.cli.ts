import { contentCliArgs } from './cli-args';
import { coverageErrors, loadLicenceRequirements } from './coverage';
import { formatErrors } from './format';
import { loadContent } from './load';

// Usage: node content/dist/validate.cli.js [content-root] [--licence-types <licence-types.json>]
const { root, licenceTypes } = contentCliArgs(process.argv.slice(2));
const { curricula, textbooks, checklists, glossary, errors, warnings } = loadContent(root);
if (licenceTypes) {
  // Every cadre must be able to earn its licence's credits (and topic minimums) from the courses open to it.
  const requirements = loadLicenceRequirements(licenceTypes.path, licenceTypes.file, errors);
  errors.push(...coverageErrors(curricula, requirements));
}
if (warnings.length > 0) console.warn(`${formatErrors(warnings)}\n`);
if (errors.length > 0) {
  console.error(formatErrors(errors));
  console.error(`\n${errors.length} error(s) in ${root}`);
  process.exit(1);
}
const courses = curricula.flatMap((c) => c.courses);
const lessons = courses.flatMap((c) => c.modules.flatMap((m) => m.lessons));
const items = courses.reduce((n, c) => n + c.quizzes.reduce((k, q) => k + q.items.length, 0), 0);
console.log(
  `content ok: ${curricula.length} curricula, ${courses.length} courses, ${lessons.length} lessons, ${items} quiz items, ` +
    `${textbooks.length} textbooks, ${checklists.length} checklists, ${glossary.length} glossary terms, ${warnings.length} warning(s)`,
);

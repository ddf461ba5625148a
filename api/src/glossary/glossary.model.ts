import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Page } from '../common/paging/page';
import { GlossaryEntry, GlossaryRelation, GlossaryStatus } from './glossary-entry.entity';

@ObjectType()
export class GlossaryPage extends Page(GlossaryEntry) {}

@ObjectType({ description: 'Another North Korean term given for the same South Korean term' })
export class TerminologyAlternative {
  @Field(() => ID)
  entryId: string;

  @Field()
  northTerm: string;

  @Field(() => GlossaryStatus)
  status: GlossaryStatus;
}

@ObjectType({ description: 'A South Korean glossary term found in a text, and how to replace it' })
export class TerminologyFinding {
  @Field(() => ID, { description: 'Stable for the same text and glossary: pass it to applyTerminology' })
  id: string;

  @Field(() => ID)
  entryId: string;

  @Field(() => Int, { description: 'Offset of the South Korean term in the text (UTF-16 code units, as JavaScript strings)' })
  start: number;

  @Field(() => Int, { description: 'End of the term (exclusive)' })
  end: number;

  @Field({ description: 'The whole word found, with particles or the rest of a compound (우울증은)' })
  found: string;

  @Field(() => Int, { description: 'Offset of the whole word: the range the replacement replaces' })
  wordStart: number;

  @Field(() => Int)
  wordEnd: number;

  @Field({ description: 'The word to put in place of `found`: North Korean term with particles fitted (슬픔증은)' })
  replacement: string;

  @Field()
  southTerm: string;

  @Field()
  northTerm: string;

  @Field(() => GlossaryRelation)
  relation: GlossaryRelation;

  @Field()
  note: string;

  @Field()
  source: string;

  @Field(() => GlossaryStatus)
  status: GlossaryStatus;

  @Field()
  domain: string;

  @Field({ description: 'exact, particle or compound' })
  kind: string;

  @Field({ description: 'high (exact or with particles), medium (begins a compound), low (inside a word)' })
  confidence: string;

  @Field()
  reason: string;

  @Field(() => [TerminologyAlternative])
  alternatives: TerminologyAlternative[];
}

@ObjectType()
export class AppliedTerminology {
  @Field()
  text: string;

  @Field(() => [ID])
  applied: string[];

  @Field(() => [ID], { description: 'Findings not applied because an earlier one changed the same word' })
  skipped: string[];
}

@ObjectType()
export class GlossaryRowError {
  @Field(() => Int, { description: 'Line of the file (1 is the header)' })
  line: number;

  @Field(() => [String])
  problems: string[];
}

@ObjectType({ description: 'What an import did (or, for a dry run, would do)' })
export class GlossaryImportReport {
  @Field({ description: 'False for a dry run or when any row is invalid: then nothing was written' })
  committed: boolean;

  @Field(() => Int)
  rows: number;

  @Field(() => Int)
  added: number;

  @Field(() => Int)
  changed: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [GlossaryRowError])
  errors: GlossaryRowError[];
}

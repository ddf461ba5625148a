/**
 * A list of a schema enum's values, as the UI offers them: each value must be the enum's (`satisfies`) and,
 * through this type, every value of the enum must be listed, so a value added to or removed from
 * api/schema.gql fails typecheck where the UI lists it.
 */
export type EnumList<Enum extends string, List extends readonly Enum[]> = [Enum] extends [List[number]] ? List : never;

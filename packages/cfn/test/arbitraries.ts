import fc from "fast-check";
import type { TJson, TJsonObject } from "../src/model.ts";

/** Strings that YAML readers are known to turn into something else, or that look like structure. */
export const TRICKY_STRINGS = [
  "",
  " ",
  "yes",
  "no",
  "Yes",
  "NO",
  "on",
  "off",
  "y",
  "n",
  "Y",
  "N",
  "true",
  "False",
  "~",
  "null",
  "Null",
  "0123",
  "0o17",
  "0x1F",
  "0b101",
  "1e3",
  "1E-5",
  "1_000",
  ".5",
  "5.",
  "+1",
  "-0",
  ".inf",
  "-.Inf",
  ".nan",
  "12:30",
  "190:20:30",
  "2010-09-09",
  "2001-12-14t21:59:43.10-05:00",
  "<<",
  "=",
  "---",
  "...",
  "- item",
  "key: value",
  "a #b",
  "# comment",
  "&anchor",
  "*alias",
  "!Ref X",
  "!!str",
  "!Sub ${AWS::AccountId}",
  '{"Ref": "X"}',
  "[1, 2]",
  "{a: b}",
  "@at",
  "`tick",
  "%percent",
  "|",
  ">",
  "?",
  ":",
  ",",
  "'",
  '"',
  "\\",
  "line\nbreak",
  "trailing\n",
  "\n\nlead",
  " padded ",
  "\ttab",
  "tab\t",
  "a\r\nb",
  "\u0000nul",
  "\u0085nel",
  "\u2028ls",
  "é",
  "日本",
  "😀",
  "${AWS::Region}",
  "Fn::GetAtt",
  "Ref",
  "__proto__",
  "constructor",
];

export const arbString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,12}$/) },
);

const arbName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/);

const arbScalar: fc.Arbitrary<TJson> = fc.oneof(
  { weight: 4, arbitrary: arbString },
  { weight: 1, arbitrary: fc.integer() },
  {
    weight: 1,
    arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Template-like JSON values: plain data mixed with every intrinsic shape the emitter has a short form for. */
const arbRawValue: fc.Arbitrary<TJson> = fc.letrec<{ value: TJson }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: arbScalar },
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(arbString, tie("value"), { maxKeys: 4 }),
    arbName.map((name) => ({ Ref: name })),
    fc.tuple(arbName, arbString).map(([a, b]) => ({ "Fn::GetAtt": [a, b] })),
    fc.tuple(tie("value"), arbName).map(([a, b]) => ({ "Fn::GetAtt": [a, b] })),
    arbString.map((text) => ({ "Fn::GetAtt": text })),
    arbString.map((text) => ({ "Fn::Sub": text })),
    fc
      .tuple(arbString, fc.dictionary(arbName, tie("value"), { maxKeys: 3 }))
      .map(([a, b]) => ({ "Fn::Sub": [a, b] })),
    fc.tuple(arbName, tie("value"), tie("value")).map(([c, a, b]) => ({ "Fn::If": [c, a, b] })),
    fc.array(arbName, { minLength: 1, maxLength: 3 }).map((names) => ({
      "Fn::And": names.map((name) => ({ Condition: name })),
    })),
    arbName.map((name) => ({ "Fn::Not": [{ Condition: name }] })),
    fc.constant({ "Fn::GetAZs": "" }),
    arbScalar.map((value) => ({ "Fn::Base64": value })),
    fc
      .tuple(arbString, fc.array(tie("value"), { maxLength: 3 }))
      .map(([sep, list]) => ({ "Fn::Join": [sep, list] })),
    fc.dictionary(arbName, tie("value"), { maxKeys: 2 }).map((parameters) => ({
      "Fn::Transform": { Name: "AWS::Include", Parameters: parameters },
    })),
    arbName.map((name) => ({ Condition: name })),
  ),
})).value;

/** Generated dictionaries have no prototype; a JSON copy makes them the plain objects a parser returns. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export const arbValue: fc.Arbitrary<TJson> = arbRawValue.map(plain);

/** A template body: known sections in random order plus arbitrary extra keys. */
export const arbTemplateBody: fc.Arbitrary<TJsonObject> = fc
  .record(
    {
      AWSTemplateFormatVersion: fc.constant("2010-09-09"),
      Description: arbString,
      Parameters: fc.dictionary(
        arbName,
        fc.record(
          { Type: fc.constantFrom("String", "Number"), Default: arbScalar },
          { requiredKeys: ["Type"] },
        ),
        { maxKeys: 3 },
      ),
      Conditions: fc.dictionary(arbName, arbValue, { maxKeys: 2 }),
      Resources: fc.dictionary(
        arbName,
        fc.record(
          {
            Properties: fc.dictionary(arbString, arbValue, { maxKeys: 4 }),
            Type: fc.constant("AWS::S3::Bucket"),
            DependsOn: arbName,
            Condition: arbName,
          },
          { requiredKeys: ["Type"] },
        ),
        { maxKeys: 3 },
      ),
      Outputs: fc.dictionary(arbName, fc.record({ Value: arbValue }), { maxKeys: 2 }),
    },
    { requiredKeys: [] },
  )
  .chain((sections) =>
    fc
      .dictionary(arbString, arbValue, { maxKeys: 3 })
      .map((extra) => plain({ ...extra, ...sections }) as TJsonObject),
  );

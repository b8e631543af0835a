/** `stackvend-cfn` argument handling: one parseArgs per command, `--help` everywhere, exit codes from io.ts. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import {
  checkCommand,
  costCommand,
  diffCommand,
  formCommand,
  graphCommand,
  renderCommand,
} from "./commands.ts";
import { verifyCommand } from "./verify-command.ts";
import { CliExit, EXIT_OK, EXIT_USAGE, type TCliIo } from "./io.ts";

const USAGE = `Usage: stackvend-cfn <command> [options]

Commands:
  check FILE [--json]                 validate a template; exit 1 when it has errors
  form FILE                           print the order form model (JSON)
  render FILE --values VALUES.json    print the template rendered with these values
  diff OLD NEW [--json]               preview the changes an update would make
  graph FILE [--parameters]           print resources and their dependencies (JSON)
  cost FILE [--values VALUES.json]    estimate the monthly cost (JSON)
  verify BUNDLE --key PUBLIC.pem      check a downloaded export bundle offline

Exit codes: 0 ok, 1 errors in the template or values, 2 usage error or unreadable/unparsable file.
Run "stackvend-cfn <command> --help" for a command's options.
`;

interface TCommandSpec {
  usage: string;
  positionals: number;
  options: NonNullable<ParseArgsConfig["options"]>;
  run(io: TCliIo, positionals: string[], values: Record<string, string | boolean | undefined>): number;
}

const COMMANDS: Record<string, TCommandSpec> = {
  check: {
    usage: `Usage: stackvend-cfn check FILE [--json]

Validates a CloudFormation template (YAML or JSON) against the AWS resource
specification and prints findings as "file:line:col severity id message".
  --json    print the findings as a JSON array
Exit 1 when there is an error-level finding, 2 when FILE cannot be read or parsed.
`,
    positionals: 1,
    options: { json: { type: "boolean" } },
    run: (io, [file], v) => checkCommand(io, file as string, v.json === true),
  },
  form: {
    usage: `Usage: stackvend-cfn form FILE

Prints the form model built from the template's Parameters (fields, groups,
labels, constraints) as JSON.
`,
    positionals: 1,
    options: {},
    run: (io, [file]) => formCommand(io, file as string),
  },
  render: {
    usage: `Usage: stackvend-cfn render FILE --values VALUES.json [--tags TAGS.json] [--stack-name NAME] [--format yaml|json]

Renders the template with parameter values (a JSON object of name -> value)
and prints it on stdout. Invalid values are printed on stderr, exit 1.
  --values FILE       parameter values (required)
  --tags FILE         stack tags, a JSON object of key -> value
  --stack-name NAME   stack name recorded in the metadata
  --format yaml|json  output format (default yaml)
`,
    positionals: 1,
    options: {
      values: { type: "string" },
      tags: { type: "string" },
      "stack-name": { type: "string" },
      format: { type: "string" },
    },
    run: (io, [file], v) => {
      if (typeof v.values !== "string")
        throw new CliExit(EXIT_USAGE, "render: --values VALUES.json is required");
      const format = v.format ?? "yaml";
      if (format !== "yaml" && format !== "json")
        throw new CliExit(EXIT_USAGE, `render: --format must be yaml or json, not ${String(format)}`);
      return renderCommand(io, {
        file: file as string,
        values: v.values,
        format,
        ...(typeof v.tags === "string" ? { tags: v.tags } : {}),
        ...(typeof v["stack-name"] === "string" ? { stackName: v["stack-name"] } : {}),
      });
    },
  },
  diff: {
    usage: `Usage: stackvend-cfn diff OLD NEW [--json]

Compares two templates like a change set: resources added, removed and
modified (with whether each change replaces the resource), parameters and
outputs added, removed and changed.
  --json    print the diff as JSON
`,
    positionals: 2,
    options: { json: { type: "boolean" } },
    run: (io, [oldFile, newFile], v) =>
      diffCommand(io, oldFile as string, newFile as string, v.json === true),
  },
  graph: {
    usage: `Usage: stackvend-cfn graph FILE [--parameters]

Prints the resource graph as JSON: nodes (resources) and edges (Ref, GetAtt,
Sub and DependsOn dependencies).
  --parameters   include parameters as nodes
`,
    positionals: 1,
    options: { parameters: { type: "boolean" } },
    run: (io, [file], v) => graphCommand(io, file as string, v.parameters === true),
  },
  cost: {
    usage: `Usage: stackvend-cfn cost FILE [--values VALUES.json]

Prints an estimate of the monthly cost (USD, us-east-1 list prices of the
bundled table) as JSON. Values fill in parameters; otherwise their defaults
are used. An estimate only.
  --values FILE   parameter values, a JSON object of name -> value
`,
    positionals: 1,
    options: { values: { type: "string" } },
    run: (io, [file], v) =>
      costCommand(io, file as string, typeof v.values === "string" ? v.values : undefined),
  },
  verify: {
    usage: `Usage: stackvend-cfn verify BUNDLE.zip --key PUBLIC.pem

Checks an export bundle downloaded from Stackvend, offline: the signature of
its provenance with the installation's public key (from /api/signing-key),
the sha256 of each template, SHA256SUMS, and that the parameters, tags and
CodePipeline files match the signed template.
  --key FILE   the installation's Ed25519 public key, PEM (required)
Exit 1 when a check fails, 2 when a file cannot be read.
`,
    positionals: 1,
    options: { key: { type: "string" } },
    run: (io, [bundle], v) => {
      if (typeof v.key !== "string") throw new CliExit(EXIT_USAGE, "verify: --key PUBLIC.pem is required");
      return verifyCommand(io, bundle as string, v.key);
    },
  },
};

function runCommand(io: TCliIo, spec: TCommandSpec, args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...spec.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliExit(EXIT_USAGE, `${(error as Error).message}\n\n${spec.usage}`);
  }
  if (parsed.values.help) {
    io.stdout(spec.usage);
    return EXIT_OK;
  }
  if (parsed.positionals.length !== spec.positionals) throw new CliExit(EXIT_USAGE, spec.usage);
  return spec.run(io, parsed.positionals, parsed.values as Record<string, string | boolean | undefined>);
}

/** Runs one command line (without the node and script arguments) and returns the exit code. */
export function runCli(argv: readonly string[], io: TCliIo): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const spec = COMMANDS[name];
  try {
    if (!spec) throw new CliExit(EXIT_USAGE, `Unknown command "${name}".\n\n${USAGE}`);
    return runCommand(io, spec, rest);
  } catch (error) {
    if (error instanceof CliExit) {
      io.stderr(error.message.endsWith("\n") ? error.message : `${error.message}\n`);
      return error.code;
    }
    throw error;
  }
}

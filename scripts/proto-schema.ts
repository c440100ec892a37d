/**
 * Dev generator (branch amino): parses every .proto under proto/ with protobufjs and writes its
 * reflection JSON (`Root.toJSON()`, field names kept as in the .proto files) to
 * lib/cosmos/proto/gen/proto-schema.json. The simulator's amino JSON encoder reads that file as
 * data; protobufjs is a dev-time dependency only. The codegen branch's `npm run proto` produces
 * the same file in the same shape.
 *
 *   npx tsx scripts/proto-schema.ts          # write
 *   npx tsx scripts/proto-schema.ts --check  # fail when the file is stale
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PROTO_DIR = join(ROOT, "proto");
const OUT = join(ROOT, "lib/cosmos/proto/gen/proto-schema.json");
const require = createRequire(import.meta.url);
const PROTOBUFJS_DIR = dirname(require.resolve("protobufjs/package.json"));

function protoFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return protoFiles(p);
      return name.endsWith(".proto") ? [p] : [];
    });
}

export function buildSchema(): unknown {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => {
    if (target.startsWith(PROTO_DIR)) return target;
    const own = join(PROTO_DIR, target);
    try {
      statSync(own);
      return own;
    } catch {
      // google/protobuf/descriptor.proto (option definitions) ships with protobufjs
      return join(PROTOBUFJS_DIR, target);
    }
  };
  root.loadSync(protoFiles(PROTO_DIR), { keepCase: true, alternateCommentMode: false });
  root.resolveAll();
  const json = root.toJSON({ keepComments: false }) as { nested?: Record<string, unknown> };
  // descriptor.proto is only there to define options; it is not part of the schema.
  const google = (json.nested?.google as { nested?: Record<string, { nested?: Record<string, unknown> }> } | undefined)
    ?.nested?.protobuf?.nested;
  if (google) {
    for (const name of Object.keys(google)) {
      if (!["Any", "Timestamp", "Duration"].includes(name)) delete google[name];
    }
  }
  return json;
}

/** The file's expected text for the current proto/ tree. */
export function schemaText(): string {
  return `${JSON.stringify(buildSchema(), null, 2)}\n`;
}

export const SCHEMA_PATH = OUT;

function main(): void {
  const text = schemaText();
  if (process.argv.includes("--check")) {
    const current = readFileSync(OUT, "utf8");
    if (current !== text) {
      console.error(`${relative(ROOT, OUT)} is stale: run npx tsx scripts/proto-schema.ts`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${relative(ROOT, OUT)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

#!/usr/bin/env bash
# Proves that clients generated from the served contract are typed: generates a Java (native) and a TypeScript (fetch)
# client with openapi-generator 7.25.0, fails if any Java operation returns void other than those documented 204, and
# type-checks the TypeScript client with tsc. This is how a team generates its own client too (see README).
# Usage: tools/generate-clients.sh [openapi.json] [out-dir]   (default: itests/target/openapi.json, target/generated-clients)
# Needs Java, Maven (fetches the generator jar once) and Node.js (npx fetches tsc).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
doc=$(realpath "${1:-$root/itests/target/openapi.json}")
out=${2:-$root/target/generated-clients}
version=7.25.0
jar=$HOME/.m2/repository/org/openapitools/openapi-generator-cli/$version/openapi-generator-cli-$version.jar
[ -f "$jar" ] || mvn -B -q dependency:get -Dartifact=org.openapitools:openapi-generator-cli:$version
rm -rf "$out" && mkdir -p "$out"
java -jar "$jar" generate -i "$doc" -g java --library native -o "$out/java" >"$out/java.log"
java -jar "$jar" generate -i "$doc" -g typescript-fetch -o "$out/ts" >"$out/ts.log"

# every operation answering 204 may be void; any other void would lose what the server returned
no_content=$(python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
print('\n'.join(sorted(o['operationId'] for v in d['paths'].values() for o in v.values() if '204' in o['responses'])))" "$doc")
void=$(grep -h '^  public void [A-Za-z0-9]*(' "$out"/java/src/main/java/org/openapitools/client/api/*.java | sed 's/^  public void \([A-Za-z0-9]*\)(.*/\1/' | sort -u)
untyped=$(comm -23 <(echo "$void" | sed '/^$/d') <(echo "$no_content"))
if [ -n "$untyped" ]; then
  echo "generated Java methods returning void that are not 204: $untyped" >&2
  exit 1
fi
(cd "$out/ts" && npx -y -p typescript@5.6.3 tsc --noEmit --target es2020 --module esnext --moduleResolution node --lib es2020,dom index.ts)
creates=$(cat "$out"/java/src/main/java/org/openapitools/client/api/*.java | grep -o '^  public [A-Z][A-Za-z0-9<>]* [a-z][A-Za-z0-9]*Create[A-Za-z0-9]*(' \
  | grep -v 'ApiResponse<' | sort -u | wc -l || true)
echo "generated clients typed: Java void only for the $(echo "$no_content" | wc -l) documented 204s; TypeScript type-checks; $creates Java create methods return their record ($out)"

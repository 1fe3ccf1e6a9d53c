#!/usr/bin/env bash
# Lints the served OpenAPI document with Spectral (spectral:oas) and Redocly (recommended): any error or warning fails.
# Usage: tools/lint-openapi.sh [openapi.json]   (default: itests/target/openapi.json, left there by ApiContractIT)
# Needs Node.js with npx; the linters' versions are pinned here.
set -euo pipefail
doc=$(realpath "${1:-$(dirname "$0")/../itests/target/openapi.json}")
[ -s "$doc" ] || { echo "no OpenAPI document at $doc (run the integration tests first)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
echo 'extends: ["spectral:oas"]' > .spectral.yaml
npx -y @stoplight/spectral-cli@6.16.3 lint "$doc" -r .spectral.yaml --fail-severity warn
npx -y @redocly/cli@2.77.0 lint "$doc" --extends recommended --format json --max-problems 10000 > redocly.json 2>/dev/null || true
problems=$(python3 -c "import json,sys; print(len(json.load(open('redocly.json'))['problems']))")
if [ "$problems" != "0" ]; then
  npx -y @redocly/cli@2.77.0 lint "$doc" --extends recommended >&2 || true
  echo "Redocly: $problems problems" >&2
  exit 1
fi
echo "OpenAPI lint: Spectral spectral:oas and Redocly recommended, 0 errors and 0 warnings ($doc)"

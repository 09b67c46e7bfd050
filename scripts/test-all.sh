#!/usr/bin/env bash
# Every test suite of the project: the README's test command (npm test) and CI's (.ci/run).
# Installs what the suites need where it can (npm packages; LibreOffice and xmllint from Debian when
# this user may install; Chromium for the browser suite), and says plainly what it could not. Exits non-zero if any suite failed or
# could not run: a suite that did not run is never reported as passed.
set -u
cd "$(dirname "$0")/.."

failed=()
not_run=()
passed_tests=0
failed_tests=0
jest_log=$(mktemp)
trap 'rm -f "$jest_log"' EXIT
step() { printf '\n== %s\n' "$*"; }
run() {
  local name=$1
  shift
  step "$name"
  if "$@"; then echo "-- $name: ok"; else echo "-- $name: FAILED"; failed+=("$name"); fi
}

step "npm packages"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || { echo "npm ci failed"; exit 1; }
fi

# System packages: LibreOffice (headless Calc) for the recalculation suites, with its Python bridge (a
# team's own chart and pivot table are made through it), openpyxl (a file re-saved by another program)
# poppler (LibreOffice's PDF read back) and the Carlito font; xmllint for the manifest and the written parts' schemas;
# Debian's Chromium for the browser suite (the suite never downloads a browser of its own).
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
/usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || missing+=(python3-uno)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || missing+=(python3-openpyxl)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
# Carlito has Calibri's metrics: without it LibreOffice lays the sheets out in a wider font, and the
# printed pages (test/libreoffice/printedResults.test.ts) would not be the pages Excel prints.
fc-list 2>/dev/null | grep -qi carlito || missing+=(fonts-crosextra-carlito)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  step "Debian packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then as_root=(); elif sudo -n true 2>/dev/null; then as_root=(sudo -n); else as_root=(none); fi
  if [ "${as_root[0]:-}" = none ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "Cannot install ${missing[*]}: this user is not root, has no password-less sudo, or there is no apt-get."
    echo "Ask for them to be installed: apt-get install ${missing[*]}"
  else
    "${as_root[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || echo "apt-get could not install ${missing[*]}."
  fi
fi

run "types (whole project)" npx tsc --noEmit -p tsconfig.json
run "types (core: no Node, no DOM)" npx tsc --noEmit -p tsconfig.core.json
run "lint" npx eslint .
run "format" npx prettier --check .
run "build" npx webpack --mode production
run "page sizes (initial JavaScript, gzip, budget 200 KB; the file adapter loaded on demand)" npm run --silent size
# Jest's own counts, kept for the closing line.
jest_suite() {
  npx jest --selectProjects "$1" 2>&1 | tee "$jest_log"
  local status=${PIPESTATUS[0]}
  local line
  line=$(grep -E '^Tests:' "$jest_log" | tail -1)
  passed_tests=$((passed_tests + $(echo "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || echo 0)))
  failed_tests=$((failed_tests + $(echo "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 0)))
  return "$status"
}

schema=../shared/schemas/addin-manifest/OfficeAppManifestV1_1.xsd
if ! command -v xmllint >/dev/null 2>&1; then
  not_run+=("manifest schema (xmllint not installed)")
elif [ ! -f "$schema" ]; then
  not_run+=("manifest schema ($schema not found: shared/ must sit beside this checkout)")
else
  run "manifest schema" npm run --silent validate
fi
if ! command -v xmllint >/dev/null 2>&1; then
  not_run+=("written parts against the ECMA-376 schemas (xmllint not installed)")
elif [ ! -f ../shared/schemas/ooxml/sml.xsd ]; then
  not_run+=("written parts against the ECMA-376 schemas (../shared/schemas/ooxml not found: shared/ must sit beside this checkout)")
else
  run "written parts against the ECMA-376 schemas" jest_suite schemas
fi
run "unit tests" jest_suite unit
run "integration (whole workbooks, the command line, the rendered pane)" jest_suite integration
run "masking attack on 200 random follow-ups" jest_suite masking
if command -v soffice >/dev/null 2>&1; then
  run "LibreOffice recalculation" jest_suite libreoffice
else
  not_run+=("LibreOffice recalculation (soffice not installed)")
fi
if [ -x /usr/bin/chromium ] && command -v soffice >/dev/null 2>&1; then
  run "browser (web page in Chromium, download recalculated in LibreOffice)" jest_suite browser
else
  not_run+=("browser suite (needs /usr/bin/chromium and soffice)")
fi

printf '\n== Summary\n'
echo "tests: ${passed_tests} passed, ${failed_tests} failed"
[ ${#failed[@]} -eq 0 ] || printf 'FAILED: %s\n' "${failed[@]}"
[ ${#not_run[@]} -eq 0 ] || printf 'NOT RUN: %s\n' "${not_run[@]}"
if [ ${#failed[@]} -eq 0 ] && [ ${#not_run[@]} -eq 0 ]; then
  echo "All suites passed."
  exit 0
fi
exit 1

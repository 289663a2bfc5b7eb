#!/usr/bin/env bash
# Writes the pasted-text, Word and PDF copies of the labelled CVs from their sources
# (functions/talent/cv/src/test/resources/cvs/*.cv): text and Word through cv-render.js and
# the docx package, PDF typeset by groff's tbl and ghostscript. The copies are committed; run this
# only after changing a .cv file. Needs node and npm (the npm registry), groff and ghostscript.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/../../../functions/talent/cv/src/test/resources/cvs"
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
(cd "$tools" && npm install --silent --no-audit --no-fund docx@9.15.2 >/dev/null)
cp "$here/cv-render.js" "$tools/"
for source in "$corpus"/*.cv; do
  name="$(basename "$source" .cv)"
  (cd "$tools" && node cv-render.js "$source" "$corpus/$name")
  groff -k -t -Tps -P-pa4 "$corpus/$name.roff" > "$tools/$name.ps"
  ps2pdf -sPAPERSIZE=a4 "$tools/$name.ps" "$corpus/$name.pdf"
  rm "$corpus/$name.roff"
  echo "  $name: txt, docx, pdf"
done

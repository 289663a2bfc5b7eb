#!/usr/bin/env bash
# Writes the Final Draft and PDF copies of the labelled screenplays from their Fountain originals
# (functions/scripts/script-analyzer/src/test/resources/corpus): FDX through aw-parser's reading
# of the Fountain (fountain-to-fdx.js), PDF typeset by afterwriting, so neither is typeset by
# Slate's own code. The copies are committed; run this only after changing a .fountain file.
# Needs node and npm (the npm registry).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/../../../functions/scripts/script-analyzer/src/test/resources/corpus"
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
(cd "$tools" && npm install --silent --no-audit --no-fund afterwriting@1.17.3 >/dev/null)
cp "$here/fountain-to-fdx.js" "$tools/"
# Two typesettings: A4 with scene numbers both sides, and without scene numbers (the held-out pair).
echo '{"print_title_page": true, "scenes_numbers": "both", "embolden_scene_headers": true, "split_dialogue": true, "use_dual_dialogue": true, "show_page_numbers": true, "scene_continuation_bottom": true, "scene_continuation_top": true}' > "$tools/numbered.json"
echo '{"print_title_page": true, "scenes_numbers": "none", "split_dialogue": true, "use_dual_dialogue": true, "show_page_numbers": true}' > "$tools/plain.json"
for source in "$corpus"/*.fountain; do
  name="$(basename "$source" .fountain)"
  case "$name" in saltwater-academy|the-crossing) config=plain.json ;; *) config=numbered.json ;; esac
  (cd "$tools" && node fountain-to-fdx.js "$source" > "$corpus/$name.fdx")
  "$tools/node_modules/.bin/afterwriting" --source "$source" --pdf "$corpus/$name.pdf" --overwrite --config "$tools/$config" >/dev/null
  echo "  $name: fdx, pdf ($config)"
done

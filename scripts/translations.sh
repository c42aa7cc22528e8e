#!/usr/bin/env bash
# The app's translations: refresh the Qt Linguist sources from the code, then compile them.
#
#   scripts/translations.sh            lupdate: add new strings of src/ to resources/translations/
#                                      briefing_*.ts (marked unfinished), drop the vanished ones;
#                                      then lrelease: build the .qm files the app loads
#   scripts/translations.sh --release  only lrelease (after translating in Qt Linguist)
#
# qtbase_vi.ts holds our Vietnamese for Qt's own standard texts (button names, the text field's
# context menu), which Qt does not ship; it is compiled here but never updated from our code.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
folder=resources/translations
languages=(vi)

if [ "${1:-}" != "--release" ]; then
    mapfile -t sources < <(find src/briefing_app -name '*.py' | sort)
    for lang in "${languages[@]}"; do
        "$bin/pyside6-lupdate" -extensions py -no-obsolete -locations none \
            -source-language en -target-language "$lang" \
            "${sources[@]}" -ts "$folder/briefing_$lang.ts"
    done
fi
for ts in "$folder"/*.ts; do
    "$bin/pyside6-lrelease" -silent -nounfinished "$ts" -qm "${ts%.ts}.qm"
done

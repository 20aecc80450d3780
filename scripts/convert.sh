#!/usr/bin/env bash
# The main job: set up (converter only: no framework is needed to convert) and convert.
# With no arguments it converts the bundled example (the seed's AlexNet: `convert --example`) and
# prints the Jittor code.
#   bash scripts/convert.sh                       # the bundled example
#   bash scripts/convert.sh path/to/model.py      # any file, directory (-o OUT) or - for stdin
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bash "$here/setup.sh" --converter-only
venv=${T2J_VENV:-$HOME/.cache/torch2jittor/venv}
if [ $# -eq 0 ]; then
    set -- --example
fi
exec "$venv/bin/torch2jittor" convert "$@"

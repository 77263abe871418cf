#!/usr/bin/env bash
# Executes examples/seed-analysis.ipynb headlessly with the tslab TypeScript kernel, as CI does.
# Needs: Debian's Jupyter (apt-get install --no-install-recommends jupyter-nbconvert python3-ipykernel
# jupyter-client python3-nbclient), tslab in node_modules (a devDependency), and the built package
# (npm run build): the notebook imports ../dist/index.js. The executed copy goes to a temporary folder;
# the notebook in the repository keeps no outputs.
set -euo pipefail
cd "$(dirname "$0")/.."

# CI installs Debian's Jupyter (.ci/run) and must run the notebook; elsewhere a missing Jupyter only
# skips it, with a note.
if ! command -v jupyter >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "run-notebook: jupyter is not installed (apt-get install --no-install-recommends jupyter-nbconvert python3-ipykernel jupyter-client python3-nbclient)" >&2
    exit 1
  fi
  echo "run-notebook: skipped, jupyter is not installed (CI installs it and runs the notebook)"
  exit 0
fi
[ -x node_modules/.bin/tslab ] || { echo "run-notebook: tslab is not installed (npm install)" >&2; exit 1; }
[ -f dist/index.js ] || { echo "run-notebook: build first (npm run build)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python="$(command -v python3)"
[ -x /usr/bin/python3 ] && python=/usr/bin/python3
node_modules/.bin/tslab install --python="$python" --prefix="$work/jupyter" >/dev/null
PATH="$PWD/node_modules/.bin:$PATH" JUPYTER_PATH="$work/jupyter/share/jupyter" \
  jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 \
  --output-dir "$work" --output seed-analysis.executed.ipynb examples/seed-analysis.ipynb
echo "run-notebook: examples/seed-analysis.ipynb ran without error"

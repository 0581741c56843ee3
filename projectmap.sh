#!/usr/bin/env bash
# Runs the projectmap CLI, installing and building what is missing first (see scripts/setup.sh).
# Example: ./projectmap.sh demo        builds the sample district into ./demo-out
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
"$root/scripts/setup.sh" run >&2
exec dotnet "$root/src/ProjectMap.Cli/bin/Release/net10.0/projectmap.dll" "$@"

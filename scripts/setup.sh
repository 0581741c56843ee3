#!/usr/bin/env bash
# Installs what ProjectMap needs on a Debian 12 machine and builds it (Release). Idempotent and quiet when
# everything is already there. Usage: scripts/setup.sh run|test
#   run   what the CLI and the demo need (CJK fonts for maps and reports)
#   test  additionally what the tests drive for real: GDAL, exiftool, poppler, LibreOffice, Chromium, PostgreSQL+PostGIS,
#         GNU time (bench tiles measures both tools' peak memory with it)
set -euo pipefail
mode=${1:-run}
root=$(cd "$(dirname "$0")/.." && pwd)

run_packages=(fonts-wqy-microhei fontconfig nodejs)
test_packages=(gdal-bin python3-gdal time libimage-exiftool-perl poppler-utils chromium postgresql-15 postgresql-15-postgis-3 libreoffice-calc-nogui)

packages=("${run_packages[@]}")
[ "$mode" = test ] && packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK (dotnet) is not on PATH; install it from https://dotnet.microsoft.com/ and rerun" >&2
  exit 1
fi

# Front-end bundle for the web viewer: OpenLayers and our code bundled by Vite into src/ProjectMap.Web/wwwroot, which the
# .NET build embeds (nothing loads from the internet at run time). Rebuilt only when ClientApp's sources changed.
client="$root/src/ProjectMap.Web/ClientApp"
if [ -f "$client/package.json" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    # Debian ships npm apart from nodejs (NodeSource's nodejs includes it); Vite 7 needs Node 20.19 or later.
    echo "setup: installing npm (builds the web viewer's front end)" >&2
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends npm >/dev/null
  fi
  if [ ! -d "$client/node_modules" ] || [ "$client/package-lock.json" -nt "$client/node_modules/.package-lock.json" ]; then
    (cd "$client" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  bundle="$root/src/ProjectMap.Web/wwwroot/index.html"
  if [ ! -f "$bundle" ] || [ -n "$(find "$client" -path "$client/node_modules" -prune -o -type f -newer "$bundle" -print -quit)" ]; then
    echo "setup: building the web viewer's front end (vite)" >&2
    (cd "$client" && npm run --silent build >/dev/null)
  fi
fi

# Build once per change of the sources.
stamp="$root/artifacts/.build-stamp"
if [ ! -f "$stamp" ] || [ -n "$(find "$root/src" "$root/tests" "$root/Directory.Build.props" "$root/Directory.Packages.props" \
      \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.json' -o -name '*.js' -o -name '*.mjs' -o -name '*.css' -o -name '*.html' \) \
      -not -path '*/bin/*' -not -path '*/obj/*' -not -path '*/node_modules/*' -newer "$stamp" -print -quit)" ]; then
  echo "setup: building (Release)" >&2
  dotnet build "$root/ProjectMap.sln" -c Release -warnaserror -nologo -clp:ErrorsOnly -v q
  mkdir -p "$root/artifacts"
  touch "$stamp"
fi

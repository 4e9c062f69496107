#!/usr/bin/env bash
# Renders a workbook or a Word document to PNG pages for a look: LibreOffice makes a PDF,
# pdftoppm the pages. Usage: npm run render -- <file.xlsx|file.docx> [out-dir]
# (pages go to out/render/ by default).
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: npm run render -- <file.xlsx|file.docx> [out-dir]" >&2
  exit 2
fi
input="$1"
out="${2:-out/render}"
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null; then
  echo "render needs LibreOffice and poppler: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-liberation fonts-crosextra-carlito" >&2
  exit 2
fi
[ -f "$input" ] || { echo "no such file: $input" >&2; exit 2; }
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# A throw-away LibreOffice profile, so it runs as root and beside an open LibreOffice.
soffice --headless -env:UserInstallation="file://$profile" --convert-to pdf --outdir "$out" "$input" >/dev/null 2>&1
base="$(basename "${input%.*}")"
pdftoppm -png -r 80 "$out/$base.pdf" "$out/$base"
ls -1 "$out/$base"*.png

#!/bin/sh
# Print every HTML in src/ to ../documents/ with Debian's chromium.
cd "$(dirname "$0")"
for f in *.html; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="../documents/${f%.html}.pdf" "$f" 2>/dev/null
done

#!/bin/sh
# Print the four PDFs from their HTML sources with Debian's chromium.
cd "$(dirname "$0")"
for f in minutes-2008:isecg-senior-managers-minutes-2008 newsletter-2017:isecg-exchange-newsletter-2017 \
         white-paper-2021:lunar-surface-power-isru-white-paper-2021 supplement-digest-2022:ger-supplement-2022-digest; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf=../documents/${f#*:}.pdf ${f%%:*}.html 2>/dev/null
done

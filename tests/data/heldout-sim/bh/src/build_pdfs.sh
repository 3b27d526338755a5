#!/bin/sh
# Print the four PDFs of set bh from their HTML with Debian's chromium.
cd "$(dirname "$0")"
for pair in lecture-notes-2013:international-space-cooperation-lecture-notes-2013 \
            newsletter-2018:isecg-update-newsletter-2018 \
            virtual-meeting-record-2020:isecg-virtual-meeting-record-2020 \
            ger-editions-comparison-2023:ger-editions-comparison-2023; do
  in=${pair%%:*}; out=${pair##*:}
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=../documents/$out.pdf $in.html
done

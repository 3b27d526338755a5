#!/bin/sh
# Prints the four PDFs from their HTML sources, then writes gold/questions and checks evidence.
cd "$(dirname "$0")/.."
for n in isecg-annual-report-2008 memo-heads-of-agencies-2017 lunar-exploration-plans-compendium-2020 external-review-working-methods-2016; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=documents/$n.pdf src/$n.html 2>/dev/null
done
python3 src/make_gold_qa.py && /work/main/.venv/bin/python src/check_evidence.py

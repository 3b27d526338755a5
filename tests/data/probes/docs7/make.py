"""Render the docs7 probes: each NAME.html here -> NAME.pdf by headless Chromium (as the development PDFs were made).
Run from this folder: python3 make.py [NAME ...]"""
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
for html in sorted(HERE.glob("*.html")):
    if len(sys.argv) > 1 and html.stem not in sys.argv[1:]:
        continue
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={HERE / (html.stem + '.pdf')}", str(html)], check=True, capture_output=True)

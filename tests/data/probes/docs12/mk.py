"""HTML -> PDF by headless chromium for every *.html here (the PDF beside it)."""
import subprocess, sys
from pathlib import Path
here = Path(__file__).parent
for h in sorted(here.glob("*.html")) if len(sys.argv) < 2 else [Path(a) for a in sys.argv[1:]]:
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={h.with_suffix('.pdf')}", str(h)], check=True, capture_output=True)

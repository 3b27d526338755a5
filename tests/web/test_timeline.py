"""The timeline page: documents and the documents they cite, by year, at the date precision stated."""

from __future__ import annotations

import re


def test_timeline_lists_documents_by_year(client):
    response = client.get("/timeline")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    years = re.findall(r'<h2 id="y(\d{4})">', html)
    assert years == sorted(years) and len(years) >= 2
    assert "<strong><a href=\"/id/doc/isecg-annual-report-2022\">ISECG Annual Report 2022</a></strong>" in html
    assert "Global Exploration Strategy" in html and "2007" in years  # cited by the report

"""Round 26 probes of a document's body type: a table set smaller than the prose holding more characters than the
prose (p-), and a document whose prose outweighs its table (n-).  Run from this folder: python make_probes.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from print_pdf import doc, table  # noqa: E402

OUT = Path(__file__).resolve().parent
FOREWORD = ("<h2>1. A word from the outgoing chair</h2>"
            "<p>The year 2031 closed the Korean term at the head of the forum. Min-seo Park, Director of Exploration "
            "at the Korea AeroSpace Administration, led the group until the plenary in Nairobi, where the chair "
            "passed to the Kenya Space Agency. Wanjiru Otieno now leads the forum and will prepare the next plan.</p>"
            "<p>Our agencies kept aligning their lunar plans around the common scenario, and two new members were "
            "welcomed during the year.</p>")
MEMBERS = [[f"Agency {n}", f"Country {n}", str(2007 + n % 20), "Founding" if n < 6 else "Joined"] for n in range(1, 31)]
EVENTS = [[f"{n} March 2031", f"Working group plenary number {n} on surface power", f"City {n}", f"Agency {n}",
           str(20 + n)] for n in range(1, 13)]


def main():
    doc(OUT, "p-table-heavy", FOREWORD + "<h2>2. Members</h2>"
        + table(["Agency", "Country", "Member since", "Status"], MEMBERS)
        + "<h2>3. Meetings</h2>" + table(["Date", "Meeting", "Place", "Host", "Participants"], EVENTS))
    doc(OUT, "n-prose-heavy", FOREWORD + "<h2>2. Members</h2>"
        + "".join(f"<p>{sentence}</p>" for sentence in [
            "The forum counted thirty member agencies at the end of the year, two more than a year before.",
            "Its members met four times, twice online and twice in person, and agreed a common plan for the decade.",
            "The technology group finished its review of surface power and cryogenic storage in the autumn."] * 3)
        + table(["Agency", "Country", "Member since", "Status"], MEMBERS[:3]))


if __name__ == "__main__":
    main()

"""Probes (round 24): a PDF table's rows told apart when they are set alike but for rounding, and a table's edges (a
header set in another type than its rows, a line of prose below the table set left of it)."""

from isecg_kg.ingest.extract import Line, Run, _cells, _table


def _line(y: float, *cells: tuple[float, str], size: float = 9.0) -> Line:
    runs = [Run(text, size, y, x, None) for x, text in cells]
    return Line(" ".join(text for _, text in cells), size=size, y=y, runs=runs)


def _rows(lines: list[Line]) -> list[str]:
    written = _table(lines, 0, _cells(lines[0].runs))
    assert written is not None
    return [line.text for line in written[0][1:]]


def test_rows_set_apart_by_rounding_stay_rows_and_a_wrapped_cell_joins_its_row():
    lines = [_line(500.0, (60, "Task"), (300, "Lead agency"), (400, "Supporting agencies")),
             _line(485.0, (60, "Orbit survey"), (300, "AOA"), (400, "BLO")),
             _line(470.7, (60, "Launch window study"), (300, "BLO"), (400, "CIR")),
             _line(455.7, (60, "Remote sensing of the polar"), (300, "CIR"), (400, "DSB")),
             _line(444.5, (60, "regions and their ice")),
             _line(429.5, (60, "Survey calibration"), (300, "DSB"), (400, "ESC")),
             _line(415.2, (60, "Sky mapping"), (300, "ESC"), (400, "AOA"))]
    assert _rows(lines) == ["Orbit survey — Lead agency: AOA; Supporting agencies: BLO",
                            "Launch window study — Lead agency: BLO; Supporting agencies: CIR",
                            "Remote sensing of the polar regions and their ice — Lead agency: CIR; Supporting agencies: DSB",
                            "Survey calibration — Lead agency: DSB; Supporting agencies: ESC",
                            "Sky mapping — Lead agency: ESC; Supporting agencies: AOA"]


def test_a_header_set_smaller_keeps_its_first_row_and_prose_left_of_the_table_ends_it():
    lines = [_line(520.0, (310, "Person"), (420, "Lead"), (470, "Support"), size=8.0),
             _line(504.0, (310, "Ana Pereira"), (420, "PTSA"), (470, "Editor"), size=8.6),
             _line(488.0, (310, "Tom Berg"), (420, "SNSB"), (470, "Layout"), size=8.6),
             _line(472.0, (310, "Lea Kowal"), (420, "POLSA"), (470, "Figures"), size=8.6),
             _line(448.0, (50, "Printed for the members only."), size=8.5)]
    assert _rows(lines) == ["Ana Pereira — Lead: PTSA; Support: Editor", "Tom Berg — Lead: SNSB; Support: Layout",
                            "Lea Kowal — Lead: POLSA; Support: Figures"]


def test_a_row_in_another_type_than_the_rows_above_ends_the_table():
    lines = [_line(520.0, (310, "Person"), (420, "Lead"), (470, "Support"), size=8.0),
             _line(504.0, (310, "Ana Pereira"), (420, "PTSA"), (470, "Editor"), size=8.6),
             _line(488.0, (310, "Tom Berg"), (420, "SNSB"), (470, "Layout"), size=8.6),
             _line(472.0, (310, "Notes"), (420, "see"), (470, "below"), size=11.0)]
    assert _rows(lines) == ["Ana Pereira — Lead: PTSA; Support: Editor", "Tom Berg — Lead: SNSB; Support: Layout"]

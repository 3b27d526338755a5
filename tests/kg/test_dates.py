from isecg_kg.kg.dates import compatible, find_dates, join_ranges


def spans(text):
    return [(d.start, d.end) for d in find_dates(text)]


def test_day_ranges_and_month_ranges():
    assert spans("Colorado Springs/USA, 17th -23rd April 2022") == [("2022-04-17", "2022-04-23")]
    assert spans("Quito, Ecuador, 16-20th May 2022") == [("2022-05-16", "2022-05-20")]
    assert spans("meeting 30th Nov and 2nd Dec 2021") == [("2021-11-30", "2021-12-02")]
    assert spans("Nov-Dec 2021") == [("2021-11", "2021-12")]


def test_single_dates_quarters_and_years():
    assert spans("On 13th October 2022, senior") == [("2022-10-13", None)]
    assert spans("October 13, 2022") == [("2022-10-13", None)]
    assert spans("released in May 2007.") == [("2007-05", None)]
    assert spans("formed in Q3-2022") == [("2022-07", "2022-09")]
    assert spans("Portfolio (2019)") == [("2019", None)]
    assert spans("IAC-22,B3, 31st February 2022") == []  # "B3" is no day, and February has no 31st


def test_compatible():
    assert compatible("2022", "2022-09-18") and compatible("2022-09-18", "2022-09")
    assert not compatible("2021-11", "2022-10-13")


def test_iso_dates_and_dates_without_a_year():
    assert spans("Update · 2016-04-30 · digest") == [("2016-04-30", None)]
    assert spans("published 2016-04") == [("2016-04", None)]
    assert [(d.start, d.end) for d in find_dates("met on 4–5 June, online", default_year=2017)] == [
        ("2017-06-04", "2017-06-05")]
    assert find_dates("met on 4–5 June, online") == []
    assert [d.start for d in find_dates("on 4 June 2016 and 9 June", default_year=2017)] == ["2016-06-04", "2017-06-09"]


def test_ranges_written_as_two_dates_are_joined():
    text = "2021-04-20 to 2021-04-21 online; 30 Nov 2021 – 2 Dec 2021; 2019 to 2021; 3 May 2020, 9 May 2020"
    spans = [(d.start, d.end) for d in join_ranges(text, find_dates(text))]
    assert spans == [("2021-04-20", "2021-04-21"), ("2021-11-30", "2021-12-02"), ("2019", None), ("2021", None),
                     ("2020-05-03", None), ("2020-05-09", None)]


def test_month_first_ranges_and_a_comma_before_the_year():
    assert spans("met on April 20-21, 2021 in Rome") == [("2021-04-20", "2021-04-21")]
    assert spans("September 30 - October 2, 2021") == [("2021-09-30", "2021-10-02")]
    assert spans("20–21 April, 2021 and 14 June, 2022") == [("2021-04-20", "2021-04-21"), ("2022-06-14", None)]
    assert spans("from March 2019 - 2021") == [("2019-03", None), ("2021", None)]


def test_weekdays_and_the_words_around_ordinal_days_are_no_obstacle_and_open_the_span():
    assert spans("in Bonn from Tuesday 4 to Thursday 6 February 2020.") == [("2020-02-04", "2020-02-06")]
    assert spans("on the 29th and 30th of November 2016.") == [("2016-11-29", "2016-11-30")]
    assert spans("held over March 12 and 13, 2020, a few") == [("2020-03-12", "2020-03-13")]
    assert spans("Fri 21 Feb. 2020") == [("2020-02-21", None)]
    (day,) = find_dates("met in Bonn from Tuesday 4 to Thursday 6 February 2020.")
    assert "met in Bonn from Tuesday 4 to Thursday 6 February 2020."[:day.pos[0]].endswith("from ")
    assert spans("Sunday service in May 2019") == [("2019-05", None)]  # a weekday not before a day stays a word


def test_days_written_as_ordinal_words_before_a_month():
    assert [(d.start, d.end) for d in find_dates("on the twelfth and thirteenth of March 2020.")] == [
        ("2020-03-12", "2020-03-13")]
    assert [(d.start, d.end) for d in find_dates("on 10, 11 and 12 September 2019")] == [("2019-09-10", "2019-09-12")]
    assert [d.start for d in find_dates("the first March meeting of 2020")] == ["2020"]  # no "of": no day


def test_forms_and_tables_spellings():
    assert spans("signed on 12-Jun-2019 in Rome") == [("2019-06-12", None)]
    assert spans("issued June 12 2019 by") == [("2019-06-12", None)]
    assert spans("June 12 through 14, 2019") == [("2019-06-12", "2019-06-14")]
    assert spans("on 12 & 13 June 2019") == [("2019-06-12", "2019-06-13")]
    assert spans("on 12 — 13 June 2019") == [("2019-06-12", "2019-06-13")]
    assert spans("from 3 through 5 May 2020") == [("2020-05-03", "2020-05-05")]


def test_slashed_dates_are_read_where_their_order_is_plain():
    assert spans("on 2019/06/12 at") == [("2019-06-12", None)]
    assert spans("on 25/06/2019 and 06/25/2019") == [("2019-06-25", None), ("2019-06-25", None)]
    assert spans("on 12/06/2019") == [("2019", None)]  # the 12th of June or the 6th of December: the year only
    assert spans("the 2010/11 budget, page 3/4/2019x") == [("2010", None)]  # a fiscal year is no month
    assert spans("on 13/14 May 2019 and May 13/14, 2019") == [("2019-05-13", "2019-05-14")] * 2

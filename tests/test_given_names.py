"""pipeline.given_names: the name table read faster is the library's own table."""
import gender_guesser.detector as detector

import pytest

from pipeline.given_names import first_name_gender, gender_detector, is_given_name


def test_the_table_is_the_library_s_own_order_included():
    ours = gender_detector()
    theirs = detector.Detector(case_sensitive=False)
    assert list(ours.names.items()) == list(theirs.names.items())
    assert ours.get_gender("Maria") == theirs.get_gender("Maria") == "female"


def test_given_names():
    assert is_given_name("John")
    assert not is_given_name("Table")


@pytest.mark.parametrize("name, gender", [
    ("John", "male"), ("Hillary", "female"),
    ("Rand", "andy"),  # female in the table's commonest answer, male in the United States (Rand Paul)
    ("Jean", "andy"),  # male worldwide, mostly female in the United States
    ("Bernie", "andy"),
    ("Andrea", "female"),  # female and mostly female: the same leaning
    ("Xqzt", "unknown"),
])
def test_first_name_gender_is_andy_where_the_us_answer_leans_the_other_way(name, gender):
    assert first_name_gender(name) == gender

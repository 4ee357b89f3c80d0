# Type stubs of the Python package regcoop (see __init__.py for the documentation).
import datetime
from typing import Any, Iterable, Union

import numpy
import pandas

__version__: str
builtin_names: list[str]
roles: list[str]

DateLike = Union[None, str, int, datetime.date, "numpy.datetime64", "pandas.Period"]
Parties = Union[str, Iterable[str]]
Answer = Union["pandas.DataFrame", list[Any]]

class Error(ValueError):
    problems: list[tuple[str, str, str, str, str]]
    code: Union[None, str]
    place: Union[None, str]
    record: Union[None, str]
    field: Union[None, str]

class Route:
    legs: Answer
    km: float
    hours: float
    running_hours: float
    border_hours: float
    transshipment_hours: float
    ferry_wait_hours: float
    cost: float
    countries: list[str]
    crossings: Answer
    gauge_breaks: list[tuple[str, int, int]]
    ferry_legs: list[str]
    possibly_open: list[str]
    @property
    def __geo_interface__(self) -> dict[str, Any]: ...
    def totals(self) -> dict[str, float]: ...

class Dataset:
    import_summary: str
    def __add__(self, other: Dataset) -> Dataset: ...
    def counts(self) -> dict[str, int]: ...
    def party_id(self, name: str) -> str: ...
    def route(self, frm: str, to: str, on: DateLike = ..., avoid: Parties = ..., weight: str = ..., k: int = ...,
              scenario: Union[None, str, dict[str, Any]] = ..., modes: Parties = ..., certainty: str = ...,
              transshipment_hours: float = ..., customs_hours: float = ..., union_hours: float = ...,
              ferry_wait_hours: float = ...) -> list[Route]: ...
    def members(self, organisation: Parties, on: DateLike = ..., role: str = ..., certainty: str = ...,
                days: str = ...) -> Answer: ...
    def memberships(self, party: Parties, on: DateLike = ..., role: str = ..., certainty: str = ...,
                    days: str = ...) -> Answer: ...
    def shared(self, a: str, b: str, on: DateLike = ..., role: str = ..., certainty: str = ...,
               days: str = ...) -> Answer: ...
    def dyads(self, start: int, end: int, pairs: str = ..., parties: Union[None, Parties] = ...,
              role: str = ..., certainty: str = ..., organisations: bool = ...) -> Answer: ...
    def query(self, collection: str, party: Union[None, str] = ..., *, other_party: Union[None, str] = ...,
              country: Union[None, str] = ..., sector: Union[None, str] = ..., kind: Union[None, str] = ...,
              status: Union[None, str] = ..., mechanism: Union[None, str] = ..., text: Union[None, str] = ...,
              start: DateLike = ..., end: DateLike = ..., in_force_on: DateLike = ..., on: DateLike = ...,
              certainty: str = ..., through_blocs: bool = ...) -> Answer: ...
    def timeline(self, party: Parties) -> Answer: ...
    def integrity(self) -> Answer: ...
    def to_json(self) -> str: ...

def load(source: Any) -> Dataset: ...
def from_json(text: str) -> Dataset: ...
def import_table(mapping: Any, *tables: Any, kind: str = ...) -> Dataset: ...

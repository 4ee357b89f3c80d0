"""regcoop: regional cooperation data — countries, organisations, agreements, corridors — with
day-precise, three-valued answers (``certainly`` / ``possibly``), from the C++ library.

>>> import regcoop
>>> ds = regcoop.load("eurasian-organisations")
>>> ds.members("SCO", on="2017-07-01")          # a pandas DataFrame: the eight full members

Every answer is a table with the column names of the command line and its CSV export: a
``pandas.DataFrame`` when pandas is installed (roles and certainties as categoricals), else a
list of named tuples. Parties are named as on the command line: by id, ISO code or name, in
any case (``"KZ"``, ``"KAZ"``, ``"Kazakhstan"``, ``"cow:705"``). Dates are ``"2024"``,
``"2024-06"``, ``"2024-06-01"``, a ``datetime.date`` or a ``pandas.Period``; a year or a month
is read as "on some day of it" (``days="some"``, the default) or "on every day of it"
(``days="every"``). Bad input raises ``regcoop.Error`` (a ``ValueError``) whose ``problems``
list each problem as ``(code, place, record, field, message)`` (``e.code``, ``e.place``,
``e.record`` and ``e.field`` are the first problem's); a bad argument value (a role
that is not one, a year out of range) raises ``ValueError`` and a wrong type ``TypeError``.
"""

from __future__ import annotations

import collections
import csv as _csv
import datetime as _dt
import io as _io
import keyword
import numbers
from typing import Any, Iterable, Optional, Sequence, Union

from . import _regcoop as _native
from ._regcoop import Error

__all__ = ["Dataset", "Route", "Error", "load", "from_json", "import_table", "builtin_names", "roles", "__version__"]
__version__: str = _native.__version__
#: The embedded datasets, by name: ``load(name)`` reads one.
builtin_names: list = list(_native.builtin_names)
#: The membership roles, in the library's order; ``role="any"`` asks for any of them.
roles: list = list(_native.roles)

_CERTAINTY = ["possibly", "certainly"]  # the values of `sure` and `any_role` in an answer
_CATEGORIES = {
    "role": roles, "role_a": roles, "role_b": roles,
    "sure": _CERTAINTY, "any_role": _CERTAINTY,
    "mode": None, "regime": None,  # categories from the values
}
_INTEGERS = ("year", "count")
_FLOATS = ("km", "hours")

try:  # pandas is optional: without it, answers are lists of named tuples
    import pandas as _pd
except ImportError:  # pragma: no cover - exercised where pandas is absent
    _pd = None


def _date_text(on: Any, name: str = "on") -> str:
    """The date as the library reads it: "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""
    if on is None:
        return _dt.date.today().isoformat()
    if isinstance(on, _dt.datetime):
        return on.date().isoformat()
    if isinstance(on, _dt.date):
        return on.isoformat()
    if isinstance(on, numbers.Integral) and not isinstance(on, bool):  # 2017, numpy.int64(2017)
        if not 1 <= int(on) <= 9999:
            raise ValueError(f"{name}: {int(on)} is not a year in 1..9999")
        return f"{int(on):04d}"
    if type(on).__name__ == "datetime64":  # numpy.datetime64: its day
        import numpy
        return str(numpy.datetime_as_string(on, unit="D"))
    if _pd is not None and isinstance(on, _pd.Period):
        freq = on.freqstr[0]
        fmt = {"A": "%Y", "Y": "%Y", "M": "%Y-%m", "D": "%Y-%m-%d"}.get(freq)
        if fmt is None:
            raise ValueError(f"{name}: a Period of frequency '{on.freqstr}' (use a year, month or day)")
        return on.strftime(fmt)
    if isinstance(on, str):
        return on
    raise TypeError(f"{name}: expected a date (str, a year as int, datetime.date, numpy.datetime64, pandas.Period), "
                    f"got {type(on).__name__}")


def _names(who: Union[str, Iterable[str]], name: str) -> list:
    if isinstance(who, str):
        return [who]
    try:
        out = list(who)
    except TypeError:
        raise TypeError(f"{name}: expected a party name or a list of them, got {type(who).__name__}") from None
    if not out:
        raise ValueError(f"{name}: an empty list")
    for w in out:
        if not isinstance(w, str):
            raise TypeError(f"{name}: expected party names (str), got {type(w).__name__}")
    return out


def _scenario_text(scenario: Any) -> str:
    """A scenario document's JSON text from a dict, JSON text or a path."""
    import json
    import os
    if isinstance(scenario, dict):
        return json.dumps(scenario)
    if isinstance(scenario, (str, os.PathLike)):
        text = os.fspath(scenario)
        if text.lstrip().startswith("{"):
            return text
        try:
            with open(text, encoding="utf-8") as f:
                return f.read()
        except OSError as e:
            message = f"cannot open the file '{text}': {e.strerror} (a scenario is a dict, JSON text or a file name)"
            err = Error(f"io_error: scenario: {message}")
            err.problems = [("io_error", "scenario", "", "", message)]
            raise err from None
    raise TypeError(f"scenario: expected a dict, JSON text or a path, got {type(scenario).__name__}")


def _choice(value: Any, name: str, valid: Sequence[str]) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name}: expected one of {', '.join(valid)}, got {type(value).__name__}")
    if value.lower() not in valid:
        raise ValueError(f"{name}: '{value}' (one of: {', '.join(valid)})")
    return value.lower()


def _role(role: Any) -> str:
    return _choice(role, "role", ["any", *roles])


def _certainty(certainty: Any) -> str:
    return _choice(certainty, "certainty", ["certain", "possible"])


def _days(days: Any) -> str:
    return _choice(days, "days", ["some", "every"])


def _names_text(args, what: str) -> None:
    """Refuses, naming the argument, each of ``(name, value)`` that is given but not text."""
    for name, value in args:
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name}: expected {what} (str), got {type(value).__name__}")


def _tuples(name: str, columns: list, rows):
    """Named tuples; a column named by a Python keyword ("from") is the field "from_"."""
    row = collections.namedtuple(name, [c + "_" if keyword.iskeyword(c) else c for c in columns])
    return [row(*r) for r in rows]


def _answer(columns: list, rows: list, name: str):
    """A DataFrame with typed columns, or a list of named tuples without pandas."""
    if _pd is None:
        return _tuples(name, columns, rows)
    frame = _pd.DataFrame.from_records(rows, columns=columns)
    for c in columns:
        if c in _CATEGORIES:
            frame[c] = _pd.Categorical(frame[c], categories=_CATEGORIES[c])  # None: the values seen
        elif c in _INTEGERS:
            frame[c] = frame[c].astype("int64")
        elif c in _FLOATS:
            frame[c] = frame[c].astype("float64")
        elif c == "organisations":
            pass  # a list of ids per row
        else:
            frame[c] = frame[c].astype("string")
    return frame


class Route:
    """One route: ``legs`` (a table: segment, from, to, mode, km, country_from, country_to, in
    travel order), the totals (``km``, ``hours`` and its parts ``running_hours``,
    ``border_hours``, ``transshipment_hours``, ``ferry_wait_hours``; ``cost``, what was
    minimised), ``countries`` in travel order, ``crossings`` (a table: segment, from, to,
    regime, basis, hours, sure), ``gauge_breaks`` (at, from_mm, to_mm), ``ferry_legs``,
    ``possibly_open``; ``__geo_interface__`` is its GeoJSON FeatureCollection (for geopandas:
    ``geopandas.GeoDataFrame.from_features(route)``)."""

    _TOTALS = ("km", "hours", "running_hours", "border_hours", "transshipment_hours", "ferry_wait_hours", "cost")

    def __init__(self, native: dict) -> None:
        cols, rows = native["legs"]
        self.legs = _answer(cols, rows, "Leg")
        for k in self._TOTALS:
            setattr(self, k, float(native[k]))
        self.countries = list(native["countries"])
        self.crossings = _answer(["segment", "from", "to", "regime", "basis", "hours", "sure"],
                                 [tuple(c) for c in native["crossings"]], "Crossing")
        self.gauge_breaks = [tuple(g) for g in native["gauge_breaks"]]
        self.ferry_legs = list(native["ferry_legs"])
        self.possibly_open = list(native["possibly_open"])
        self._geojson = native["geojson"]

    @property
    def __geo_interface__(self) -> dict:
        import json
        return json.loads(self._geojson)

    def totals(self) -> dict:
        """The totals as a dict: km, hours and its parts, cost."""
        return {k: getattr(self, k) for k in self._TOTALS}

    def __repr__(self) -> str:
        return f"<regcoop.Route {' → '.join(self.countries)}: {self.km:.0f} km, {self.hours:.1f} h, {len(self.legs)} legs>"


class Dataset:
    """An immutable, validated dataset. Cheap to share between threads; ``a + b`` merges two."""

    __slots__ = ("_ds", "import_summary")

    def __init__(self, native: Any, import_summary: str = "") -> None:
        if not isinstance(native, _native.Dataset):
            raise TypeError("Dataset: use regcoop.load(...), regcoop.from_json(...) or regcoop.import_table(...)")
        self._ds = native
        #: For a dataset from ``import_table``: what the import read, kept and refused, in words.
        self.import_summary = import_summary

    def __add__(self, other: "Dataset") -> "Dataset":
        """The two datasets as one (countries united; clashing records raise Error)."""
        if not isinstance(other, Dataset):
            return NotImplemented
        return Dataset(self._ds.merge(other._ds))

    def __reduce__(self):
        """Pickled as its JSON text (for multiprocessing): unpickling validates it again."""
        return (from_json, (self.to_json(),))

    def __repr__(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in self.counts().items() if v)
        return f"<regcoop.Dataset: {parts}>"

    def counts(self) -> dict:
        """Records per kind: ``{"sources": 12, "parties": 40, ...}``."""
        return dict(self._ds.counts())

    def route(self, frm: str, to: str, on: Any = None, avoid: Union[str, Iterable[str]] = (), weight: str = "km",
              k: int = 1, scenario: Any = None, modes: Union[str, Iterable[str]] = (), certainty: str = "certain",
              transshipment_hours: float = 0, customs_hours: float = 0, union_hours: float = 0,
              ferry_wait_hours: float = 0) -> list:
        """The ``k`` best routes from node ``frm`` to node ``to`` (by id, name or alias), as a
        list of ``Route`` (empty when none exists under the constraints). ``on``: the date whose
        politics and segment statuses count (default: segments as recorded); ``avoid``:
        countries never entered; ``weight``: ``km``, ``hours`` or ``border_crossings``;
        ``scenario``: a scenario document as a dict, JSON text or a path to a ``.json`` file;
        the ``*_hours`` are the waiting times of ``regcoop route`` (default 0)."""
        o = _native.RouteOptions()
        if on is not None:
            o.on = _date_text(on)
        o.avoid = [] if not avoid else _names(avoid, "avoid")
        o.modes = [] if not modes else _names(modes, "modes")
        o.weight = _choice(weight, "weight", ["km", "hours", "border_crossings"])
        o.certainty = _certainty(certainty)
        if not isinstance(k, int) or isinstance(k, bool):
            raise TypeError(f"k: expected an int, got {type(k).__name__}")
        if not 1 <= k <= 1000:
            raise ValueError(f"k: {k} (1 to 1000)")
        o.k = k
        for name, h in (("transshipment_hours", transshipment_hours), ("customs_hours", customs_hours),
                        ("union_hours", union_hours), ("ferry_wait_hours", ferry_wait_hours)):
            if not isinstance(h, (int, float)) or isinstance(h, bool):
                raise TypeError(f"{name}: expected a number of hours, got {type(h).__name__}")
            if not 0 <= h <= 1e6:
                raise ValueError(f"{name}: {h} (hours, 0 or more)")
            setattr(o, name, float(h))
        if scenario is not None:
            o.scenario_json = _scenario_text(scenario)
        return [Route(r) for r in self._ds.route(frm, to, o)]

    def party_id(self, name: str) -> str:
        """The id of the party named by id, ISO code, name or alias; Error when none."""
        return self._ds.party_id(name)

    def members(self, organisation: Union[str, Iterable[str]], on: Any = None, role: str = "full_member",
                certainty: str = "certain", days: str = "some"):
        """Members of an organisation (or of each of a list) on a date: columns ``member, name,
        role, sure`` (``organisation`` first for a list; ``any_role`` with ``role="any"``).
        ``on`` defaults to today; ``role`` to full members; ``certainty="possible"`` adds the
        members that only possibly hold then."""
        orgs = _names(organisation, "organisation")
        cols, rows = self._ds.members(orgs, not isinstance(organisation, str), _date_text(on), _role(role),
                                      _certainty(certainty), _days(days))
        return _answer(cols, rows, "Member")

    def memberships(self, party: Union[str, Iterable[str]], on: Any = None, role: str = "full_member",
                    certainty: str = "certain", days: str = "some"):
        """Organisations a party (or each of a list) belongs to on a date: columns
        ``organisation, name, role, sure`` (``party`` first for a list; ``any_role`` with
        ``role="any"``)."""
        who = _names(party, "party")
        cols, rows = self._ds.memberships(who, not isinstance(party, str), _date_text(on), _role(role),
                                          _certainty(certainty), _days(days))
        return _answer(cols, rows, "Membership")

    def shared(self, a: str, b: str, on: Any = None, role: str = "full_member", certainty: str = "certain",
               days: str = "some"):
        """Organisations two parties both belong to on a date: columns ``organisation, name,
        role_a, role_b, sure``."""
        _names_text((("a", a), ("b", b)), "a party name")
        cols, rows = self._ds.shared(a, b, _date_text(on), _role(role), _certainty(certainty), _days(days))
        return _answer(cols, rows, "Shared")

    def dyads(self, start: int, end: int, pairs: str = "shared", parties: Union[None, str, Iterable[str]] = None,
              role: str = "full_member", certainty: str = "certain", organisations: bool = True):
        """The dyad-year table of joint memberships, ``start`` to ``end`` (years, inclusive):
        columns ``a, b, year, count, organisations`` (``a`` < ``b``; ``a`` and ``b`` categoricals
        of the countries' ids). ``pairs="all"`` also lists the pairs of countries that existed
        together and shared nothing (count 0); ``parties`` keeps the pairs of those countries;
        ``organisations=False`` leaves out the lists of organisations (a panel of counts, much
        faster on large data such as the whole COW table)."""
        for n, v in (("start", start), ("end", end)):
            if not isinstance(v, numbers.Integral) or isinstance(v, bool):
                raise TypeError(f"{n}: expected a year (int), got {type(v).__name__}")
            if not 1 <= int(v) <= 9999:
                raise ValueError(f"{n}: {int(v)} is not a year in 1..9999")
        start, end = int(start), int(end)
        if not isinstance(organisations, bool):
            raise TypeError(f"organisations: expected a bool, got {type(organisations).__name__}")
        mode = _choice(pairs, "pairs", ["shared", "all"])
        who = [] if parties is None else _names(parties, "parties")
        countries, a, b, year, count, orgs = self._ds.dyads(start, end, mode == "all", who, _role(role),
                                                             _certainty(certainty), organisations)
        columns = ["a", "b", "year", "count"] + (["organisations"] if organisations else [])
        if _pd is None:
            cells = [[countries[i] for i in a], [countries[i] for i in b], year.tolist(), count.tolist()]
            if organisations:
                cells.append(orgs)
            return _tuples("Dyad", columns, zip(*cells))
        frame = _pd.DataFrame({"a": _pd.Categorical.from_codes(a, categories=countries),
                               "b": _pd.Categorical.from_codes(b, categories=countries),
                               "year": year.astype("int64"), "count": count}, copy=False)
        if organisations:
            frame["organisations"] = orgs
        return frame

    def query(self, collection: str, party: Optional[str] = None, *, other_party: Optional[str] = None,
              country: Optional[str] = None, sector: Optional[str] = None, kind: Optional[str] = None,
              status: Optional[str] = None, mechanism: Optional[str] = None, text: Optional[str] = None,
              start: Any = None, end: Any = None, in_force_on: Any = None, on: Any = None,
              certainty: str = "certain", through_blocs: bool = True):
        """The records of one collection (``"projects"``, ``"agreements"``, ``"parties"``, ...)
        that every given filter keeps, as the CSV export writes them: one column per field, the
        cells as text (empty when not given; lists and structures as the CSV cells hold them),
        ``kind`` and ``status`` (where the collection has them) as categoricals. Filters:
        ``party`` (involved, through its organisations when ``through_blocs``),
        ``other_party`` (agreements: the two on different sides on
        ``on``), ``country`` (hosted in), ``sector``, ``kind`` and ``status`` (the record kind's
        names; a project's current status), ``mechanism``, ``text`` (in names and quotes, any
        case), ``start``/``end`` (dated within), ``in_force_on`` (agreements in force then),
        ``on`` (the date of an agreement's status for ``party``; default today) and
        ``certainty`` for the dated filters. Parties by id, ISO code or name; dates as for
        ``members``. The command line's ``--from``/``--to`` are ``start``/``end`` here, and its
        ``--on`` is ``in_force_on`` (with ``--party``, also ``on``). With
        ``certainty="certain"`` (the default) what only possibly holds is left out: ask again
        with ``certainty="possible"`` to see it. Unknown names (collection, party, kind,
        status, sector) raise ``regcoop.Error`` naming the argument."""
        o = _native.QueryOptions()
        names = (("party", party), ("other_party", other_party), ("country", country), ("mechanism", mechanism))
        _names_text(names, "a name")
        for name, value in names:
            if value is not None:
                setattr(o, name, value)
        for name, value in (("sector", sector), ("kind", kind), ("status", status), ("text", text)):
            if value is not None:
                setattr(o, name, str(value))
        for name, value in (("start", start), ("end", end), ("in_force_on", in_force_on), ("on", on)):
            if value is not None:
                setattr(o, name, _date_text(value, name))
        o.certainty = _certainty(certainty)
        o.through_blocs = bool(through_blocs)
        text, kinds, statuses = self._ds.query(str(collection), o)
        rows = list(_csv.reader(_io.StringIO(text)))
        columns, rows = rows[0], rows[1:]
        if _pd is None:
            return _tuples("Record", columns, rows)
        frame = _pd.DataFrame.from_records(rows, columns=columns).astype("string")
        for c, categories in (("kind", kinds), ("status", statuses)):
            if c in columns:  # every value of the collection's enumeration, as in `members`' roles
                frame[c] = _pd.Categorical(frame[c], categories=categories or None)
        return frame

    def timeline(self, party: Union[str, Iterable[str]]):
        """A party's own dated history (or each of a list's): columns ``party, date, record,
        what, through, order_note`` as the command line prints them, and with pandas
        ``first_day`` and ``last_day`` after ``date`` (a date known to the year or the month
        covers several days: "2012" is 2012-01-01 to 2012-12-31); ``through`` names the
        organisation through which an agreement binds it. Undated entries come last with
        ``date`` missing."""
        cols, rows = self._ds.timeline(_names(party, "party"))
        frame = _answer(cols, rows, "Entry")
        if _pd is not None:  # a partial date's first and last day
            periods = frame["date"].map(lambda v: _pd.Period(v) if isinstance(v, str) and v else _pd.NaT)
            frame.insert(2, "first_day", _pd.to_datetime(periods.map(lambda p: p.start_time if p is not _pd.NaT else _pd.NaT)))
            frame.insert(3, "last_day", _pd.to_datetime(periods.map(lambda p: p.end_time.normalize() if p is not _pd.NaT else _pd.NaT)))
        return frame

    def integrity(self):
        """Suspicious but valid data: columns ``record, field, message``."""
        cols, rows = self._ds.integrity()
        return _answer(cols, rows, "Finding")

    def to_json(self) -> str:
        """The dataset as JSON text, in the format ``from_json`` and the command line read."""
        return self._ds.to_json()


def load(source: str) -> Dataset:
    """An embedded dataset by name (``builtin_names``), a folder of CSV tables, a ``.geojson``
    network or a JSON dataset file. Several joined with ``+`` are merged (``a + b``; a clash
    raises Error)."""
    if not isinstance(source, str):
        try:
            import os
            source = os.fspath(source)
        except TypeError:
            raise TypeError(f"source: expected a name or a path, got {type(source).__name__}") from None
    parts = source.split("+")
    if any(not p for p in parts):
        raise ValueError(f"source: empty item in '{source}'")
    out = Dataset(_native.load(parts[0]))
    for p in parts[1:]:
        out = out + Dataset(_native.load(p))
    return out


def from_json(text: str) -> Dataset:
    """A dataset from JSON text (the format of ``to_json`` and ``data/*.json``)."""
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    head = text.lstrip()[:1]
    if head not in ("{", "["):
        import os
        if os.path.exists(text):
            raise ValueError(f"text: '{text}' is a file name, not JSON text: use regcoop.load('{text}')")
    return Dataset(_native.from_json(text))


def import_table(mapping: Any, *tables: Any, kind: str = "") -> Dataset:
    """A dataset from foreign tables (CSV files) through a mapping document, as ``regcoop
    import --map MAPPING TABLE...``: e.g. the shipped ``data/mappings/cow-igo-3.json`` with
    COW's ``state_year_formatv3.csv`` and ``igo_year_formatv3.csv``, unchanged. ``kind`` picks
    one record kind of the mapping. ``import_summary`` on the answer says what was read and
    kept. Every problem of the tables is raised at once (``Error.problems``, each with
    ``file:row:column``)."""
    import os
    if not tables:
        raise TypeError("import_table: give the mapping and at least one table")
    try:
        paths = [os.fspath(t) for t in (mapping, *tables)]
    except TypeError:
        raise TypeError("import_table: the mapping and the tables are file names or paths") from None
    if not isinstance(kind, str):
        raise TypeError(f"kind: expected str, got {type(kind).__name__}")
    native, summary = _native.import_table(paths[0], paths[1:], kind)
    return Dataset(native, summary)

"""`@record` behaves as `@dataclass(frozen=True)` does: fields, replace, equality, hashing."""

from __future__ import annotations

import dataclasses

import pytest

from pimdesk.domain.records import record


@record
class Point:
    """A point with a label that equality ignores."""

    x: int
    y: int = 0
    tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)
    label: str = dataclasses.field(default="", compare=False)


@record
class Empty:
    pass


@record
class One:
    value: str


@dataclasses.dataclass(frozen=True)
class DataclassPoint:
    x: int
    y: int = 0
    tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)
    label: str = dataclasses.field(default="", compare=False)


def test_a_record_is_a_frozen_dataclass() -> None:
    point = Point(1, 2)
    assert dataclasses.is_dataclass(point)
    assert [f.name for f in dataclasses.fields(point)] == ["x", "y", "tags", "label"]
    assert Point.__dataclass_params__.frozen  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del point.y  # type: ignore[misc]


def test_replace_and_asdict_work() -> None:
    point = Point(1, 2, ("a",), "first")
    moved = dataclasses.replace(point, y=5)
    assert (moved.x, moved.y, moved.tags, moved.label) == (1, 5, ("a",), "first")
    assert dataclasses.asdict(moved) == {"x": 1, "y": 5, "tags": ("a",), "label": "first"}
    assert Point(1).tags == ()


def test_equality_hash_and_repr_match_a_frozen_dataclass() -> None:
    for args in [(1,), (1, 2), (1, 2, ("a", "b")), (1, 2, (), "label")]:
        mine, theirs = Point(*args), DataclassPoint(*args)  # type: ignore[arg-type]
        assert hash(mine) == hash(theirs)
        assert repr(mine) == repr(theirs).replace("DataclassPoint", "Point")
    assert Point(1, 2, label="a") == Point(1, 2, label="b")  # label is not compared
    assert Point(1, 2) != Point(2, 1)
    assert Point(1) != DataclassPoint(1)  # another class is never equal
    assert len({Point(1), Point(1), Point(2)}) == 2


def test_records_of_zero_and_one_field_hash_as_tuples() -> None:
    assert Empty() == Empty()
    assert hash(Empty()) == hash(())
    assert hash(One("a")) == hash(("a",))
    assert One("a") == One("a") != One("b")
    assert repr(One("a")) == "One(value='a')"


def test_a_record_without_a_docstring_gets_its_fields_as_one() -> None:
    assert One.__doc__ == "One(value)"
    assert Point.__doc__ == "A point with a label that equality ignores."


def test_methods_the_class_writes_are_kept() -> None:
    @record
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

        def __eq__(self, other: object) -> bool:
            return isinstance(other, Named) and other.name.lower() == self.name.lower()

        def __hash__(self) -> int:
            return hash(self.name.lower())

    assert repr(Named("A")) == "<A>"
    assert Named("A") == Named("a")
    assert hash(Named("A")) == hash(Named("a"))


def test_a_plain_subclass_may_add_attributes_but_not_change_fields() -> None:
    class Annotated(Point):
        pass

    point = Annotated(1)
    point.note = "added"  # type: ignore[attr-defined]  # not a field of the record
    assert point.note == "added"  # type: ignore[attr-defined]
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Point(1).note = "x"  # type: ignore[attr-defined]


def test_the_frozen_guards_are_shared_not_compiled_per_class() -> None:
    assert Point.__setattr__ is One.__setattr__
    assert Point.__eq__ is One.__eq__
    assert dataclasses._frozen_get_del_attr.__module__ == "dataclasses"  # type: ignore[attr-defined]

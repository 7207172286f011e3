"""`@record`: an immutable record like `@dataclass(frozen=True)`, cheaper to create at start-up.

A frozen dataclass compiles six methods per class with `exec` (0.8 ms each class, ~100 classes
on the start path). A record lets `dataclasses` compile only `__init__` and the two frozen
guards; `__repr__`, `__eq__` and `__hash__` are shared functions driven by each class's field
names. `dataclasses` still reads the fields, so `fields()`, `replace()`, `asdict()`,
`is_dataclass()`, `field(default_factory=..., compare=False)` and `__dataclass_params__.frozen`
behave as before, and equal records hash as the dataclass did (the same tuple is hashed).
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # typing has it from 3.11 on; the runtime needs nothing from it
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_options: object) -> Callable[[T], T]:
        """What the type checker reads: records are frozen dataclasses."""
        return lambda decorated: decorated


T = TypeVar("T")


def _fields_getter(names: tuple[str, ...]) -> Callable[[object], tuple[Any, ...]]:
    """A function returning the tuple of those attributes (attrgetter's shape varies with n)."""
    if not names:
        return lambda _record: ()
    if len(names) == 1:
        single = attrgetter(names[0])
        return lambda record: (single(record),)
    getter: Callable[[object], tuple[Any, ...]] = attrgetter(*names)
    return getter


def _repr(self: Any) -> str:
    values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._record_repr)
    return f"{type(self).__qualname__}({values})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    key = self._record_compared
    return key(self) == key(other)


def _hash(self: Any) -> int:
    return hash(self._record_hashed(self))


def _setattr(self: Any, name: str, value: object) -> None:
    owner = self._record_class
    if type(self) is owner or name in owner._record_fields:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
    super(owner, self).__setattr__(name, value)


def _delattr(self: Any, name: str) -> None:
    owner = self._record_class
    if type(self) is owner or name in owner._record_fields:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
    super(owner, self).__delattr__(name)


_setattr.__name__, _delattr.__name__ = "__setattr__", "__delattr__"  # the names dataclass sets


def _shared_guards(
    cls: type, fields: list[dataclasses.Field[Any]], _globals: object
) -> tuple[Callable[..., None], Callable[..., None]]:
    """What dataclasses' `_frozen_get_del_attr` returns, without compiling two functions."""
    cls._record_class = cls  # type: ignore[attr-defined]
    cls._record_fields = frozenset(f.name for f in fields)  # type: ignore[attr-defined]
    return (_setattr, _delattr)


def _frozen_dataclass(cls: type[T]) -> type[T]:
    """`dataclass(frozen=True, repr=False, eq=False)`, its frozen guards shared where the
    running Python builds them in `_frozen_get_del_attr(cls, fields, globals)` (3.10-3.12)."""
    make = dataclasses.dataclass(frozen=True, repr=False, eq=False)
    builder = getattr(dataclasses, "_frozen_get_del_attr", None)
    if builder is None or sys.version_info >= (3, 13):  # 3.13 compiles all methods at once
        return make(cls)
    dataclasses._frozen_get_del_attr = _shared_guards  # type: ignore[attr-defined]
    try:
        return make(cls)
    finally:
        dataclasses._frozen_get_del_attr = builder  # type: ignore[attr-defined]
        # dataclass names a method after the class it is set on; these are everyone's.
        _setattr.__qualname__, _delattr.__qualname__ = "record.__setattr__", "record.__delattr__"


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: type[T]) -> type[T]:
    """The class as a frozen dataclass with shared `__repr__`, `__eq__` and `__hash__`."""
    documented = bool(cls.__dict__.get("__doc__"))
    if not documented:  # spares dataclasses parsing a signature for the docstring (3 ms)
        cls.__doc__ = cls.__name__
    made: Any = _frozen_dataclass(cls)
    found = dataclasses.fields(made)
    names = tuple(f.name for f in found)
    if not documented:
        made.__doc__ = f"{made.__name__}({', '.join(names)})"
    compared = tuple(f.name for f in found if f.compare)
    hashed = tuple(f.name for f in found if (f.compare if f.hash is None else f.hash))
    made._record_repr = tuple(f.name for f in found if f.repr)
    made._record_compared = staticmethod(_fields_getter(compared))
    made._record_hashed = staticmethod(_fields_getter(hashed))
    own = made.__dict__
    # As dataclass does: a method the class writes itself is kept.
    if "__repr__" not in own:
        made.__repr__ = _repr
    if "__eq__" not in own:
        made.__eq__ = _eq
    if own.get("__hash__") is None:  # absent, or None because the class wrote its own __eq__
        made.__hash__ = _hash
    # What dataclass(frozen=True) records, so code that reads the parameters sees no change.
    params = made.__dataclass_params__
    params.repr = params.eq = True
    return cls

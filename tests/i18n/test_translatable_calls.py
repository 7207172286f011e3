"""Every call to Qt's translation in the interface is one lupdate can read: the literal
`translate("Context", "text")` or `self.tr("text")`, under those names and no alias."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.i18n.ts_check import UI_SOURCES

TRANSLATE = "translate"


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    problems = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Name, ast.Attribute)):
            value = node.value
            name = value.attr if isinstance(value, ast.Attribute) else value.id
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if name == TRANSLATE and targets != [TRANSLATE]:
                problems.append(f"{where}: `translate` under another name lupdate cannot see")
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Name) and function.id == TRANSLATE:
            if len(node.args) < 2 or not all(_is_text(arg) for arg in node.args[:2]):
                problems.append(f"{where}: translate() needs a literal context and text")
        elif (
            isinstance(function, ast.Attribute)
            and function.attr == "tr"
            and (not node.args or not _is_text(node.args[0]))
        ):
            problems.append(f"{where}: tr() needs a literal text")
    return problems


def test_every_translation_call_is_visible_to_lupdate() -> None:
    problems = [p for path in sorted(UI_SOURCES.rglob("*.py")) for p in _problems(path)]
    assert problems == []


def test_an_alias_or_a_computed_text_is_found(tmp_path: Path) -> None:
    source = tmp_path / "page.py"
    source.write_text(
        "translate = QCoreApplication.translate\n"
        "tr = translate\n"
        'label = translate("Pages", name)\n'
        'fine = translate("Pages", "Back")\n'
        "other = self.tr(name)\n",
        "utf-8",
    )
    problems = _problems(source)
    assert [problem.split(":")[1] for problem in problems] == ["2", "3", "5"]

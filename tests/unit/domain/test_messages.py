"""Error messages are marked English templates plus values: the command line prints the same
English as ever, and the desktop app can translate the template (lupdate finds it by the
literal "Messages" context) and fill in the values.

The source checks read the code with `ast`, so a new unmarked message fails here rather than
showing up untranslated in the Vietnamese interface."""

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from briefing_app.domain.due import parse_due
from briefing_app.domain.enums import ActionStatus
from briefing_app.domain.errors import FieldError, UserError
from briefing_app.domain.status_rules import check_transition
from briefing_app.domain.text import clean_text
from briefing_app.services.exchange import cells
from briefing_app.services.exchange.rows import ImportRefusedError, Problem
from briefing_app.store.backup import check_file

SOURCE = Path(__file__).resolve().parents[3] / "src" / "briefing_app"
#: Qt code translates with tr() where it shows text; the CLI prints English on purpose.
NOT_CHECKED = ("ui", "cli.py")
#: Parameter names that hold a message template in a UserError subclass's __init__.
TEMPLATE_PARAMETERS = ("template", "reason")
#: Other calls that take a template, by what they are called as, with its position: the reasons
#: of a refused import.
OTHER_TEMPLATES = {"Problem": 2, "Problem.of": 2, "self.problem": 2}


# ---------------------------------------------------------------- the English stays the same


def test_a_field_error_keeps_its_template_and_values_and_its_english() -> None:
    with pytest.raises(FieldError) as caught:
        clean_text("x" * 12, field="title", max_length=10)
    error = caught.value
    assert str(error) == "title is too long (12 characters; at most 10)"
    assert error.reason == "is too long (12 characters; at most 10)"
    assert error.reason_template == "is too long ({length} characters; at most {limit})"
    assert error.reason_values == {"length": 12, "limit": 10}


def test_a_control_character_is_named_by_its_code_point() -> None:
    with pytest.raises(FieldError) as caught:
        clean_text("ab\x07c", field="title", max_length=10)
    assert str(caught.value) == "title contains a control character (U+0007) at position 3"
    assert caught.value.reason_values == {"code": "U+0007", "position": 3}


def test_quoted_user_text_reads_as_before() -> None:
    with pytest.raises(FieldError) as caught:
        parse_due("soon")
    assert str(caught.value) == (
        "due date must look like 2026-03-15, 2026-03, 2026-Q1 or 2026 (got 'soon')"
    )
    assert caught.value.reason_values == {"text": "soon"}


def test_a_status_is_passed_as_its_enum_so_the_interface_can_name_it() -> None:
    with pytest.raises(FieldError) as caught:
        check_transition(ActionStatus.PROPOSED, ActionStatus.DONE)
    assert str(caught.value) == (
        "status cannot go from proposed to done directly: "
        "an action is agreed or in progress before it is done"
    )
    assert caught.value.reason_values == {"old": ActionStatus.PROPOSED, "new": ActionStatus.DONE}
    assert all(isinstance(v, ActionStatus) for v in caught.value.reason_values.values())


def test_fixed_text_is_its_own_template() -> None:
    with pytest.raises(FieldError) as caught:
        cells.whole_number(True, "id")
    assert str(caught.value) == "id must be a whole number"
    assert caught.value.reason_template == "must be a whole number"
    assert caught.value.reason_values == {}


def test_a_user_error_keeps_the_path_as_a_value(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite3"
    with pytest.raises(UserError) as caught:
        check_file(missing)
    assert str(caught.value) == f"no such file: {missing}"
    assert caught.value.template == "no such file: {path}"
    assert caught.value.values == {"path": missing}


def test_an_import_problem_keeps_the_reason_of_its_field_error() -> None:
    with pytest.raises(FieldError) as caught:
        cells.choice(ActionStatus, "agred", "status")
    problem = Problem.from_field(3, "status", caught.value, "F3")
    assert str(problem) == (
        "row 3, column status, cell F3: unknown status 'agred' "
        "(choose from proposed, agreed, in_progress, waiting, done, blocked, cancelled)"
    )
    assert problem.reason_template == "unknown {name} '{value}' (choose from {choices})"
    assert problem.reason_values["value"] == "agred"


def test_a_refused_import_reads_as_before() -> None:
    problems = [
        Problem(2, "id", "is not an object"),
        Problem.of(None, None, "line {line}: not UTF-8 text (JSON must be UTF-8)", line=4),
    ]
    error = ImportRefusedError("actions.json", problems)
    assert str(error) == (
        "import of actions.json refused, nothing was changed: 2 problems; "
        "row 2, column id: is not an object (and 1 more)"
    )
    assert error.report() == (
        "row 2, column id: is not an object\nline 4: not UTF-8 text (JSON must be UTF-8)"
    )
    single = ImportRefusedError("a.csv", problems[:1])
    assert str(single) == (
        "import of a.csv refused, nothing was changed: 1 problem; row 2, column id: "
        "is not an object"
    )
    assert single.values["source"] == "a.csv"


def test_a_due_date_in_a_spreadsheet_names_its_period() -> None:
    with pytest.raises(FieldError) as caught:
        cells.due(date(2026, 2, 3), "quarter")
    assert str(caught.value) == (
        "due_date 2026-02-03 is not the first day of a quarter: write 2026-Q1 "
        "or set due_precision to day"
    )


# ---------------------------------------------------------------- every message is marked


def _modules(*, skip: tuple[str, ...] = ()) -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE)
        if relative.parts[0] in skip:
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _name(node: ast.expr) -> str | None:
    """`X` for `X` and `module.X`."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _dotted(node: ast.expr) -> str | None:
    """`a.b.c` for that expression, None for anything but names and attributes."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return None if base is None else f"{base}.{node.attr}"
    return None


def _template_positions() -> dict[str, int | None]:
    """Every UserError subclass in the package, by class name, with the position of its
    template argument (None: it builds its message itself, e.g. StaleVersionError)."""
    classes: dict[str, ast.ClassDef] = {}
    for _path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = node
    positions: dict[str, int | None] = {}

    def position(name: str) -> int | None:
        if name not in positions:
            cls = classes[name]
            init = next(
                (n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"),
                None,
            )
            if init is not None:
                params = [a.arg for a in [*init.args.posonlyargs, *init.args.args][1:]]
                found = [i for i, p in enumerate(params) if p in TEMPLATE_PARAMETERS]
                positions[name] = found[0] if found else None
            else:
                bases = [b for b in map(_name, cls.bases) if b in subclasses]
                positions[name] = position(bases[0]) if bases else None
        return positions[name]

    subclasses = {"UserError"}
    grew = True
    while grew:
        grew = False
        for name, cls in classes.items():
            if name not in subclasses and any(_name(b) in subclasses for b in cls.bases):
                subclasses.add(name)
                grew = True
    return {name: position(name) for name in subclasses}


def _is_noop(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) == "QT_TRANSLATE_NOOP"


def _unmarked(node: ast.expr) -> str | None:
    """Why `node`, a message argument, is not a marked template (None: it is, or it is a
    variable holding one)."""
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.Call) and _name(node.func) == "format":
        return "a .format() call"
    if isinstance(node, ast.Constant):
        return "a bare string (wrap it in QT_TRANSLATE_NOOP)"
    if isinstance(node, ast.BinOp):
        return "a string built with an operator"
    if _is_noop(node):
        assert isinstance(node, ast.Call)
        context = node.args[0] if node.args else None
        if not (isinstance(context, ast.Constant) and context.value == "Messages"):
            return 'marked in a context other than "Messages"'
    return None


def test_the_check_knows_the_error_classes() -> None:
    positions = _template_positions()
    assert positions["UserError"] == 0
    assert positions["NotFoundError"] == 0
    assert positions["FieldError"] == 1
    assert positions["StaleVersionError"] is None
    assert positions["ImportRefusedError"] is None


def test_every_user_error_message_is_a_marked_template() -> None:
    errors = _template_positions()
    found: list[str] = []
    for path, tree in _modules(skip=NOT_CHECKED):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = _dotted(node.func)
            if called in OTHER_TEMPLATES:
                index: int | None = OTHER_TEMPLATES[called]
            elif _name(node.func) in errors:
                called = _name(node.func)
                index = errors[called or ""]
            else:
                continue
            if index is None or index >= len(node.args):
                continue
            why = _unmarked(node.args[index])
            if why is not None:
                found.append(f"{path.relative_to(SOURCE.parent)}:{node.lineno}: {called}: {why}")
    assert not found, "unmarked messages:\n" + "\n".join(sorted(found))


def test_every_translate_noop_names_its_context_and_text_literally() -> None:
    found: list[str] = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if not _is_noop(node):
                continue
            assert isinstance(node, ast.Call)
            literal = len(node.args) == 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
            )
            if not literal:
                found.append(f"{path.relative_to(SOURCE.parent)}:{node.lineno}")
    assert not found, (
        "QT_TRANSLATE_NOOP needs two string literals (lupdate reads the source):\n"
        + ("\n".join(found))
    )

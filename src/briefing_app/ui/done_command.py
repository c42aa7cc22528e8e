"""The undo-stack command both editors push after a write.

The write (and later its undo or redo) runs as an operation first; the stack moves only once
it succeeded, so a refused undo leaves the stack where it was. The command itself therefore
does nothing when Qt calls undo() or redo(): it only marks the place on the stack.
"""

from PySide6.QtGui import QUndoCommand
from typing_extensions import override


class DoneCommand(QUndoCommand):
    """A change already made when pushed; subclasses keep what they need to undo or redo it."""

    @override
    def undo(self) -> None:
        pass

    @override
    def redo(self) -> None:
        pass

"""ReportLab's C accelerator (rl_accel, issue 16) is installed and used: without it ReportLab
falls back, silently, to pure-Python text widths and fragment checks."""

import types

from reportlab.lib import rl_accel


def test_reportlab_measures_text_in_c() -> None:
    for name in ("instanceStringWidthTTF", "sameFrag", "fp_str"):
        assert isinstance(getattr(rl_accel, name), types.BuiltinFunctionType), name

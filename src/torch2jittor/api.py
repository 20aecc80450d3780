"""Public entry points."""
from __future__ import annotations

from typing import Mapping

from .diagnostics import ConversionResult
from .engine import convert_file
from .mapping import table_with


def convert_source(
    pytorch_code: str, *, filename: str = "<string>", extra_mapping: Mapping[str, dict] | None = None
) -> ConversionResult:
    """Convert PyTorch source; returns the Jittor code plus structured diagnostics.

    `extra_mapping`: user entries in the seed's schema (e.g. from `load_mapping_file`), which win
    over the built-in table. Raises `ConversionError` for input that is not valid Python.
    """
    return convert_file(pytorch_code, table_with(extra_mapping), filename)


def convert(pytorch_code: str, extra_mapping: Mapping[str, dict] | None = None) -> str:
    """The seed's API: PyTorch source in, Jittor source out."""
    return convert_source(pytorch_code, extra_mapping=extra_mapping).code

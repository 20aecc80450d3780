"""(filled in by the API-coverage work; see issue 5)"""
from ._schema import entry  # noqa: F401

ENTRIES: dict = {}

# torch names deliberately not mapped, with the reason the diagnostic gives.
UNSUPPORTED: dict[str, str] = {}

"""Every built-in mapping entry is proven by a run-both test somewhere.

Each parity test module (tests/<folder>/**/test_*.py, the folders mirroring src/torch2jittor/:
mappings/, rules/, engine/, typeinfer/, ...) declares the entry keys it proves in a module-level set `COVERED`;
this test unions them and compares with the table.
"""
import pathlib

from torch2jittor import pjmap

# Entries proven outside the parity modules, with where.
PROVEN_ELSEWHERE = {
    # torchvision's registry/weights helpers (torchvision.models._api, torchvision.utils._log_api_usage_once,
    # ...): tests/test_torchvision_families.py builds and runs every seed builder through them, and
    # checks the pretrained-weights error (tests/test_torchvision_models_use.py: their loading). torchvision's public data side has its own parity test.
    k for k, v in pjmap.items() if v["jittor"]["module"] == "t2j" and k.startswith("torchvision.")
    and (k.startswith("torchvision.models.") or any(part.startswith("_") for part in k.split(".")))
}


def test_every_builtin_entry_is_proven_by_a_run_both_test():
    from torch2jittor.tools.coverage import covering_tests

    covered = set(covering_tests(pathlib.Path(__file__).parent))
    missing = set(pjmap) - covered - PROVEN_ELSEWHERE
    assert not missing, f"mapping entries without a run-both test: {sorted(missing)}"


def test_coverage_table_is_generated_and_up_to_date():
    import pathlib

    from torch2jittor.tools.coverage import render

    path = pathlib.Path(__file__).parents[1] / "docs" / "coverage.md"
    assert path.read_text(encoding="utf-8") == render(), (
        "docs/coverage.md is out of date: run python -m torch2jittor.tools.coverage --write docs/coverage.md"
    )

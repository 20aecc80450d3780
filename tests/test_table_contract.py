"""The table and the helper module agree: each helper entry states the helper's real signature,
each Jittor entry names a real Jittor function with the parameters the entry gives it; arguments
and names Jittor cannot honour are reported with their reason, never silently dropped."""
import inspect
import pathlib

import pytest
from parity import HEADER, convert_checked, covered, helper_module

from torch2jittor import convert_source, pjmap
from torch2jittor.mapping import make_entry
from torch2jittor.mappings import ALIASES, UNSUPPORTED_REASONS

# --- arguments Jittor cannot honour are reported, not silently dropped ------------------------------
@pytest.mark.parametrize("code, argument", [
    ("y = F.interpolate(x, scale_factor=2, antialias=True)", "antialias"),
    ("y = F.embedding(i, w, max_norm=1.0)", "max_norm"),
    ("y = torch.sum(x, out=z[0])", "out"),  # a slice: a view in PyTorch (a whole tensor is written by t2j.out_)
    ("y = torch.poisson(x, generator=g)", "generator"),  # (an explicit generator reaches rand, randn, ...)
    ("y = torch.zeros_like(x, memory_format=torch.channels_last)", "memory_format"),
])
def test_unsupported_argument_is_reported(code, argument):
    result = convert_source(HEADER + code + "\n")
    assert any(argument in d.message for d in result.unsupported), [d.format() for d in result.diagnostics]


def test_defaults_of_unsupported_arguments_are_dropped():
    code = convert_checked(HEADER + "y = torch.sum(x, 1, out=None)\nz = torch.gather(x, 1, i, sparse_grad=False)\n")
    assert "out" not in code and "sparse_grad" not in code


def _signature(fn):
    kinds = {inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional", inspect.Parameter.POSITIONAL_ONLY: "positional",
             inspect.Parameter.VAR_POSITIONAL: "varargs", inspect.Parameter.KEYWORD_ONLY: "kwonly",
             inspect.Parameter.VAR_KEYWORD: "varkw"}
    return [(p.name, kinds[p.kind], None if p.default is p.empty else p.default)
            for p in inspect.signature(fn).parameters.values()]


def _function_case_keys() -> list[str]:
    """The keys the function cases of tests/mappings/ prove (entry_case and random cases)."""
    import importlib

    tests = pathlib.Path(__file__).parent
    keys = set()
    for path in sorted(tests.glob("mappings/**/test_*.py")):
        module = importlib.import_module(".".join(path.relative_to(tests).with_suffix("").parts))
        keys |= covered(getattr(module, "ENTRY_CASES", ()), getattr(module, "RANDOM_CASES", ()))
    keys = {ALIASES.get(k, k) for k in keys}  # an alias is its target's entry
    return sorted(k for k in keys if k in pjmap)  # a derived in-place form (`clamp_max_`) has none of its own


def test_helper_entries_state_the_helpers_real_signatures(jittor):
    """The converter calls a helper with the parameters its entry declares: the helper takes them
    by the same names, kinds and defaults, and any further parameter of its own has a default."""
    helpers = helper_module()
    for key in _function_case_keys():
        entry = make_entry(key, pjmap[key])
        if entry.jittor_module != "t2j":
            continue
        fn = getattr(helpers, entry.jittor_name, None)
        assert callable(fn), f"{key}: no helper {entry.jittor_name}"
        declared = [(p.name, p.kind, None if p.default is None else eval(p.default)) for p in entry.jittor.params]
        real = _signature(fn)[:len(declared)]
        # a parameter the entry requires is always passed: the helper may give it a default
        # (torch.alpha_dropout's p and train share F.alpha_dropout's helper)
        real = [(n, k, None if d_declared is None else d) for (n, k, d), (_, _, d_declared) in zip(real, declared)]
        assert real == declared, key
        rest = list(inspect.signature(fn).parameters.values())[len(declared):]
        assert all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in rest), key


def test_jittor_entries_name_real_jittor_functions(jittor):
    from jittor import nn

    modules = {"jt": jittor, "nn": nn}
    for key in _function_case_keys():
        entry = make_entry(key, pjmap[key])
        if entry.jittor_module not in modules:
            continue  # a helper (above) or a Python builtin
        fn = getattr(modules[entry.jittor_module], entry.jittor_name)
        try:
            real = _signature(fn)
        except (TypeError, ValueError):
            continue  # a C++ builtin: positional only, covered by the run-both cases
        if [k for _, k, _ in real] == ["varargs", "varkw"]:
            continue  # a forwarding wrapper (jt.concat): covered by the run-both cases
        declared = [(p.name, p.kind) for p in entry.jittor.params]
        assert [(n, k) for n, k, _ in real][: len(declared)] == declared, key


def test_unsupported_names_carry_their_reason():
    code = HEADER + "y = torch.fft.fft(x)\n"
    result = convert_source(code)
    assert any("torch.fft.fft" in d.message and "complex" in d.message for d in result.unsupported)



UNSUPPORTED = {k: v for k, v in UNSUPPORTED_REASONS.items() if k.startswith("torch.nn.") and not k.startswith("torch.nn.functional.")}


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_unsupported_names_are_reported_with_their_reason(name):
    result = convert_source(f"import torch\nimport torch.nn.utils.rnn\ny = {name}(1)\n")
    messages = [d.format() for d in result.unsupported]
    assert any(name in m and UNSUPPORTED[name] in m for m in messages), messages


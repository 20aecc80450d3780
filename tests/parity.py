"""The one parity harness: run PyTorch code and its conversion on the same inputs and compare.

    both = run_both("def f(x, t): return F.cross_entropy(x, t)", ["f4,5", "i4:5"])
    assert_same(both.expected, both.actual)

`run_both` converts the source with torch2jittor (the converted code must report nothing
unsupported and must not mention torch), runs the PyTorch source with PyTorch and the converted
source with Jittor, and calls the object named `entry` (default `f`) in each on the same numpy
inputs. When that object is an `nn.Module` instance, PyTorch's state_dict is first checked against
the Jittor model's (same keys and shapes) and loaded into it, both are put in eval (or train) mode
and called without gradients.

`assert_same(expected, actual)` is the one comparison: structure, shape, dtype, value.
`call_shapes(code, key)` rewrites a case's call of one table entry in PaConvert's four shapes.

Input spec (one string per input, `<kind><shape>[:<arguments>]`, e.g. `f2,3,4`, `i4:10`, `u3:0.5,2`);
every input k is drawn from RandomState(seed + k). Anything that is not a string is used as is:
a numpy array (copied), or a Python scalar / None passed unchanged to both sides.

    f  float32 normal                      w  float32 normal x3 (wider)
    d  float64 normal                      p  float32 positive: |normal| + 0.1
    u  float32 uniform in [lo, hi)  (`:lo,hi` or `:hi` from 0, default 0.05, 0.95)
    i  int64 in [0, n) or [lo, hi)  (`:n` or `:lo,hi`, default n=10)
    j  int32, the same ranges as i         n  int64 in [-5, 5]
    m  nonzero int64 in [-4, 4]            b  bool, True with probability p (`:p`, default 0.5)
    o  float32 zeros and ones              s  float32 signs (+-1)
    h  float32 halves (k + 0.5) mixed with normals x3
    z  float32 normals with nan, inf, -inf, 0 as the first four elements
    k  class labels: int64 in [0, n) with -100 (the ignored label) first
    q  float32 rows of probabilities (softmax over dim 1)
    e  float32 normals sorted along the last dim
    r  int64 rows of distinct indices in [0, n): each row (last dim) is a prefix of a permutation

Comparison rules (`assert_same`):
- A PyTorch tensor must come back as a jittor.Var of the same dtype and shape, with the same
  values (floating and complex: allclose with atol/rtol, NaN equal to NaN; others: exactly).
  One representation difference is bridged, and only this one: Jittor 1.3 has no 0-dim Var
  (`jt.array(1.0).shape == [1]`, full reductions return shape [1]), so a PyTorch 0-dim tensor is
  matched by a Var of shape (1,). A 1-element PyTorch tensor of any other shape must match exactly.
- A numpy array must come back as a numpy array: same shape, dtype and values (no bridge).
- A torch.Size is matched by a tuple, list or NanoVector (Jittor's `Var.shape`) of the same ints,
  with the same 0-dim bridge.
- A tuple (torch.return_types included) must come back as a tuple, a list as a list, a dict as a
  dict with the same keys: converted code that unpacks, concatenates (`out + (y,)`) or hashes a
  result would break otherwise. torch.return_types' field names (`.values`, `.indices`) must be
  attributes of the Jittor tuple too.
- bool, int, float, complex, str and None: the same Python type (a bool is not an int) and the
  same value (floats within atol/rtol).
"""
from __future__ import annotations

import ast
import itertools
import linecache
from dataclasses import dataclass, field

import numpy as np

from torch2jittor import convert_source

HEADER = "import numpy as np\nimport torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"


def seed_relative_error(pytorch_out, jittor_out) -> float:
    """The seed's formula: mean(|x - y| / |y|) on outputs shifted by +1."""
    x = np.asarray(pytorch_out, dtype=np.float64) + 1
    y = np.asarray(jittor_out, dtype=np.float64) + 1
    return float((np.abs(x - y) / np.abs(y)).mean())


_HELPER_DIR: list[str] = []


def _ensure_helper_module() -> None:
    """Converted code may import the helper module jittor_compat: put it on sys.path once."""
    if not _HELPER_DIR:
        import sys
        import tempfile

        from torch2jittor import write_helper_module

        folder = tempfile.mkdtemp(prefix="t2j-helper-")
        write_helper_module(folder)
        sys.path.insert(0, folder)
        _HELPER_DIR.append(folder)


def helper_module():
    """The helper module converted code imports (jittor_compat), imported from where exec_code puts it."""
    import importlib

    _ensure_helper_module()
    return importlib.import_module("jittor_compat")


def exec_code(code: str, filename: str, namespace: dict | None = None) -> dict:
    if "jittor_compat" in code:
        _ensure_helper_module()
    ns = {"__name__": filename.replace(".py", "")}
    ns.update(namespace or {})
    # inspect.getsource (TorchScript compiles from source) reads the code through linecache
    linecache.cache[filename] = (len(code), None, code.splitlines(keepends=True), filename)
    exec(compile(code, filename, "exec"), ns)
    return ns


def _check_conversion(result) -> str:
    assert not result.unsupported, [d.format() for d in result.unsupported]
    for line in result.code.splitlines():
        stripped = line.split("#", 1)[0]
        assert "torch" not in stripped, f"converted code still uses torch: {line!r}"
    return result.code


def convert_checked(code: str):
    """Convert and check the Jittor code no longer depends on torch."""
    return _check_conversion(convert_source(code))


def to_numpy(value):
    if hasattr(value, "detach"):
        return value.detach().cpu().numpy()
    if hasattr(value, "numpy"):
        return value.numpy()
    return np.asarray(value)


# --- inputs ---------------------------------------------------------------------------------------
def _range(arg, default):
    """`:hi` or `:lo,hi` after a spec's shape; `default` without one."""
    if not arg:
        return default
    values = [float(v) for v in arg.split(",")]
    return (0.0, values[0]) if len(values) == 1 else (values[0], values[1])


def make_input(spec, seed=0):
    """One input from its spec (see the module docstring); non-strings are used as is."""
    if not isinstance(spec, str):
        return np.array(spec, copy=True) if isinstance(spec, np.ndarray) else spec
    rs = np.random.RandomState(seed)
    kind, rest = spec[0], spec[1:]
    shape_text, _, arg = rest.partition(":")
    shape = tuple(int(s) for s in shape_text.split(",")) if shape_text else ()
    if kind in "ijk":
        lo, hi = (int(v) for v in _range(arg, (0, 10)))
        dtype = "int32" if kind == "j" else "int64"
        v = rs.randint(lo, hi, shape).astype(dtype)
        if kind == "k":
            v = v.reshape(-1)
            v[0] = -100
            v = v.reshape(shape)
        return v
    if kind == "f":
        return rs.standard_normal(shape).astype("float32")
    if kind == "w":
        return (rs.standard_normal(shape) * 3).astype("float32")
    if kind == "p":
        return (np.abs(rs.standard_normal(shape)) + 0.1).astype("float32")
    if kind == "u":
        lo, hi = _range(arg, (0.05, 0.95))
        return rs.uniform(lo, hi, shape).astype("float32")
    if kind == "d":
        return rs.standard_normal(shape)
    if kind == "n":
        return rs.randint(-5, 6, shape).astype("int64")
    if kind == "m":
        v = rs.randint(1, 5, shape) * rs.choice([-1, 1], shape)
        return v.astype("int64")
    if kind == "b":
        p = float(arg) if arg else 0.5
        return rs.rand(*shape) > 1 - p
    if kind == "o":
        return (rs.rand(*shape) > 0.5).astype("float32")
    if kind == "s":
        return rs.choice([-1.0, 1.0], shape).astype("float32")
    if kind == "h":
        v = rs.randint(-4, 5, shape) + 0.5
        mask = rs.rand(*shape) > 0.5
        return np.where(mask, v, rs.standard_normal(shape) * 3).astype("float32")
    if kind == "z":
        v = rs.standard_normal(shape).astype("float32").reshape(-1)
        v[:4] = [np.nan, np.inf, -np.inf, 0.0][: v.size]
        return v.reshape(shape)
    if kind == "q":
        v = np.exp(rs.standard_normal(shape))
        return (v / v.sum(1, keepdims=True)).astype("float32")
    if kind == "e":
        return np.sort(rs.standard_normal(shape), -1).astype("float32")
    if kind == "r":
        n = int(arg) if arg else 10
        rows = int(np.prod(shape[:-1]))
        return np.stack([rs.permutation(n)[: shape[-1]] for _ in range(rows)]).reshape(shape).astype("int64")
    raise ValueError(f"unknown input spec {spec!r}")


def make_inputs(specs, seed=0) -> list:
    return [make_input(spec, seed + k) for k, spec in enumerate(specs)]


def to_torch(value):
    import torch

    return torch.from_numpy(np.array(value, copy=True)) if isinstance(value, np.ndarray) else value


def to_jittor(value):
    import jittor

    # dtype given: jt.array alone turns int64/float64 into int32/float32 (auto_convert_64_to_32)
    return jittor.array(np.array(value, copy=True), dtype=str(value.dtype)) if isinstance(value, np.ndarray) else value


# --- running both -----------------------------------------------------------------------------------
@dataclass
class Both:
    """What run_both ran: the results, the objects called, the converted source and the API names
    the converter rewrote (as reported in ConversionResult.converted)."""

    expected: object
    actual: object
    pytorch: object
    jittor: object
    code: str
    converted: set = field(default_factory=set)
    pytorch_namespace: dict = field(default_factory=dict)
    jittor_namespace: dict = field(default_factory=dict)


def state_arrays(model) -> dict:
    """A model's state as numpy arrays, without PyTorch's num_batches_tracked (Jittor keeps none)."""
    return {k: np.array(to_numpy(v), copy=True) for k, v in model.state_dict().items()
            if not k.endswith("num_batches_tracked")}


def assert_same_state_keys(pt_model, jt_model):
    """Same parameter/buffer names (num_batches_tracked included: the helper package gives every
    module PyTorch's state_dict), and shapes (0-dim bridged as in assert_same)."""
    pt_state = {k: np.asarray(to_numpy(v)) for k, v in pt_model.state_dict().items()}
    jt_state = jt_model.state_dict()
    assert set(jt_state) == set(pt_state), (sorted(jt_state), sorted(pt_state))
    for key, value in pt_state.items():
        want = (1,) if value.shape == () else tuple(value.shape)
        assert tuple(jt_state[key].shape) == want, key


def assert_same_state(pt_model, jt_model, atol=1e-5, rtol=1e-5):
    """Every PyTorch state entry (num_batches_tracked aside) equals the Jittor model's."""
    import jittor

    jt_state = jt_model.state_dict()
    for key, value in pt_model.state_dict().items():
        if not key.endswith("num_batches_tracked"):
            actual = jt_state[key]
            assert_same(value, actual if isinstance(actual, jittor.Var) else jittor.array(actual), atol, rtol, key)


def run_both(code, inputs=(), *, entry="f", header=HEADER, seed=0, train=False, check_state=True,
             pytorch_namespace=None, jittor_namespace=None) -> Both:
    """Run `header + code` with PyTorch and its conversion with Jittor; call `entry` on `inputs`."""
    import jittor
    import torch

    source = header + code + "\n"
    result = convert_source(source)
    jt_code = _check_conversion(result)
    arrays = make_inputs(inputs, seed)
    torch.manual_seed(seed)
    pt_ns = exec_code(source, "case_pt.py", pytorch_namespace)
    jittor.set_global_seed(seed)
    jt_ns = exec_code(jt_code, "case_jt.py", jittor_namespace)
    pt_obj, jt_obj = pt_ns[entry], jt_ns[entry]
    pt_args = [to_torch(a) for a in arrays]
    jt_args = [to_jittor(a) for a in arrays]
    if isinstance(pt_obj, torch.nn.Module):
        pt_obj.train(train)
        jt_obj.train() if train else jt_obj.eval()
        if check_state:
            assert_same_state_keys(pt_obj, jt_obj)
        state = pt_obj.state_dict()
        if state:
            jt_obj.load_parameters(state)
        with torch.no_grad():
            expected = pt_obj(*pt_args)
        with jittor.no_grad():  # as torch.no_grad above (PyTorch's transformer fast path depends on it)
            actual = jt_obj(*jt_args)
    else:
        expected = pt_obj(*pt_args)
        actual = jt_obj(*jt_args)
    converted = {name for _, _, name, _ in result.converted}
    return Both(expected, actual, pt_obj, jt_obj, jt_code, converted, pt_ns, jt_ns)


def assert_same_error(code, inputs=(), *, entry="f", header=HEADER, seed=0):
    """PyTorch raises running `entry` on the inputs, and the converted code raises the same exception type."""
    source = header + code + "\n"
    arrays = make_inputs(inputs, seed)
    raised = []
    for namespace, convert in ((exec_code(source, "case_pt.py"), to_torch),
                               (exec_code(convert_checked(source), "case_jt.py"), to_jittor)):
        try:
            namespace[entry](*[convert(a) for a in arrays])
            raised.append(None)
        except Exception as exc:  # noqa: BLE001 - the exception type is what is compared
            raised.append(type(exc))
    assert raised[0] is not None and raised == [raised[0], raised[0]], raised


def assert_converts(both: Both, keys):
    """The case really went through these table entries (not merely left alone by accident)."""
    table = _table()

    def entry_key(name):
        found = _entry(table, name)
        return found.key if found is not None else name

    reached = {entry_key(name) for name in both.converted} | set(both.converted)
    missing = [k for k in keys if k not in both.converted and entry_key(k) not in reached]
    assert not missing, f"the case does not exercise {missing} (converted: {sorted(both.converted)})"


# --- comparing ----------------------------------------------------------------------------------------
def _same_array(e, a, atol, rtol, where, zero_dim_bridge):
    want = (1,) if zero_dim_bridge and e.shape == () else e.shape
    assert a.shape == want, f"{where}: shape {a.shape} != {want} (PyTorch {e.shape})"
    assert a.dtype == e.dtype, f"{where}: dtype {a.dtype} != {e.dtype}"
    e = e.reshape(want)
    if e.dtype.kind in "fc":
        np.testing.assert_allclose(a, e, rtol=rtol, atol=atol, equal_nan=True, err_msg=where)
    else:
        np.testing.assert_array_equal(a, e, err_msg=where)


def _return_type_fields(value) -> tuple:
    if type(value).__module__ == "torch.return_types":
        return tuple(getattr(type(value), "__match_args__", ()) or ())  # a structseq's field names
    return ()


def assert_same(expected, actual, atol=1e-5, rtol=1e-5, where="result"):
    """PyTorch's `expected` against Jittor's `actual`: the rules are in the module docstring."""
    import jittor
    import torch

    if isinstance(expected, torch.Tensor):
        assert isinstance(actual, jittor.Var), f"{where}: expected a jittor.Var, got {type(actual).__name__}"
        _same_array(expected.detach().cpu().resolve_conj().numpy(), actual.numpy(), atol, rtol, where, True)
    elif isinstance(expected, np.ndarray):
        assert isinstance(actual, np.ndarray), f"{where}: expected a numpy array, got {type(actual).__name__}"
        _same_array(expected, actual, atol, rtol, where, False)
    elif isinstance(expected, torch.Size):
        # Jittor's Var.shape is a NanoVector: a sequence of ints, equal to the list and tuple
        assert isinstance(actual, (tuple, list)) or type(actual).__name__ == "NanoVector", (
            f"{where}: expected a shape, got {type(actual).__name__}")
        # PyTorch's empty shape (a 0-dim tensor's) is Jittor's [1], or () where a helper keeps it exactly
        want = [1] if len(expected) == 0 and list(actual) != [] else list(expected)
        assert all(type(v) is int for v in actual), f"{where}: shape {actual!r} is not ints"
        assert list(actual) == want, f"{where}: shape {list(actual)} != {want} (PyTorch {tuple(expected)})"
    elif isinstance(expected, (tuple, list)):
        kind = tuple if isinstance(expected, tuple) else list
        assert isinstance(actual, kind), f"{where}: expected a {kind.__name__}, got {type(actual).__name__}"
        assert len(actual) == len(expected), f"{where}: {len(actual)} items != {len(expected)}"
        for name in _return_type_fields(expected):
            assert hasattr(actual, name), f"{where}: no field .{name} (PyTorch returns {type(expected).__name__})"
        for i, (e, a) in enumerate(zip(expected, actual)):
            assert_same(e, a, atol, rtol, f"{where}[{i}]")
    elif isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: expected a dict, got {type(actual).__name__}"
        assert list(actual) == list(expected), f"{where}: keys {list(actual)} != {list(expected)}"
        for k in expected:
            assert_same(expected[k], actual[k], atol, rtol, f"{where}[{k!r}]")
    elif expected is None or isinstance(expected, (bool, int, float, complex, str)):
        assert type(actual) is type(expected), f"{where}: {type(actual).__name__} != {type(expected).__name__}"
        if isinstance(expected, (float, complex)):
            np.testing.assert_allclose(actual, expected, rtol=rtol, atol=atol, equal_nan=True, err_msg=where)
        else:
            assert actual == expected, f"{where}: {actual!r} != {expected!r}"
    else:
        raise AssertionError(f"{where}: no comparison rule for PyTorch's {type(expected).__name__}")


# --- PaConvert's call shapes ------------------------------------------------------------------------
SHAPES = ("positional", "keyword", "shuffled", "defaults-omitted")
_MODULE_ALIASES = {"F": "torch.nn.functional", "nn": "torch.nn", "torch": "torch"}


def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


def _api_name(call: ast.Call):
    """The torch name a call in a case reaches: `F.x` / `nn.X` / `torch.x`, or `Tensor.m` for a
    method on anything else."""
    func = call.func
    if not isinstance(func, ast.Attribute):
        return None
    dotted = _dotted(func)
    if dotted:
        head, _, rest = dotted.partition(".")
        if head in _MODULE_ALIASES:
            return f"{_MODULE_ALIASES[head]}.{rest}"
    return f"Tensor.{func.attr}"


def _table():
    from torch2jittor.mapping import MappingTable, pjmap

    return MappingTable(pjmap)


def _entry(table, key):
    """The table entry a case's key names: a full torch name, `Tensor.m`, or a short name of torch.nn,
    torch.nn.functional or torch (as some cases write them)."""
    found = table.lookup(key)
    if found is None and not key.startswith(("torch.", "Tensor.")):
        found = next((e for prefix in ("torch.nn.", "torch.nn.functional.", "torch.")
                      if (e := table.lookup(prefix + key)) is not None), None)
    return found


def _bind(call: ast.Call, sig, code):
    """{param name: argument source} for the call, or None when it cannot be rebuilt by name."""
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return None
    positional = sig.positional
    bound = {}
    for i, arg in enumerate(call.args):
        if i >= len(positional):
            return None  # into *varargs: no keyword form
        bound[positional[i].name] = ast.get_source_segment(code, arg)
    for kw in call.keywords:
        param = sig.get(kw.arg)
        if param is None or param.kind == "varargs" or kw.arg in bound:
            return None
        bound[kw.arg] = ast.get_source_segment(code, kw.value)
    return bound


def _render(sig, bound, shape):
    params = [p for p in sig.params if p.kind in ("positional", "kwonly")]
    if shape == "defaults-omitted":
        if any(p.default is None and p.name not in bound for p in params):
            return None
        return [(None if p.kind == "positional" else p.name, bound[p.name]) for p in params if p.default is None]
    if shape == "positional":
        last = max((i for i, p in enumerate(params) if p.kind == "positional" and p.name in bound), default=-1)
        out = []
        for i, p in enumerate(params):
            if p.kind == "positional" and i <= last:
                if p.name not in bound and p.default is None:
                    return None
                out.append((None, bound.get(p.name, p.default)))
            elif p.name in bound:
                out.append((p.name, bound[p.name]))
        return out
    named = [(p.name, bound[p.name]) for p in params if p.name in bound]
    return named[::-1] if shape == "shuffled" else named


def call_shapes(code: str, key: str, table=None) -> dict:
    """PaConvert's four call shapes of the one call of table entry `key` in `code`.

    From the entry's PyTorch signature: every argument the call passes, all positional (skipped
    positions filled with their defaults, keyword-only ones stay keywords), all by keyword in
    signature order, by keyword in reverse order, and only the required arguments. Returns
    {shape: rewritten code} for the shapes that differ from the code and from each other; {} when
    the code has no single call of the entry or the call cannot be bound to the signature
    (*args / **kwargs, arguments the signature does not name).
    """
    table = table or _table()
    target = _entry(table, key)
    if target is None:
        return {}
    tree = ast.parse(code)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and (name := _api_name(n))
             and (found := table.lookup(name)) is not None and found.key == target.key]
    if len(calls) != 1:
        return {}
    call = calls[0]
    sig = target.pytorch
    bound = _bind(call, sig, code)
    if bound is None:
        return {}
    lines = code.splitlines(keepends=True)
    offsets = [0, *itertools.accumulate(len(line) for line in lines)]
    start = offsets[call.lineno - 1] + call.col_offset
    end = offsets[call.end_lineno - 1] + call.end_col_offset
    func = ast.get_source_segment(code, call.func)
    out, seen = {}, {code}
    for shape in SHAPES:
        args = _render(sig, bound, shape)
        if args is None:
            continue
        text = ", ".join(v if k is None else f"{k}={v}" for k, v in args)
        variant = code[:start] + f"{func}({text})" + code[end:]
        if variant not in seen:
            seen.add(variant)
            out[shape] = variant
    return out


def shape_cases(cases, code_at=1, keys_at=0, broken=None):
    """pytest params for the call shapes of every case: (key, variant code, the case's other values).

    `cases` are pytest params whose values hold the case's code at `code_at` and its covered keys
    at `keys_at` (a list, or one key); `broken` maps a shape's id to why it fails today: it runs as a
    strict xfail, so a fix turns it into a failure that asks for the entry to be removed.
    """
    import pytest

    broken = broken or {}
    out = []
    for p in cases:
        keys = p.values[keys_at]
        rest = [v for i, v in enumerate(p.values) if i not in (code_at, keys_at)]
        keys = list(dict.fromkeys([keys] if isinstance(keys, str) else keys))
        for key in keys:
            for shape, variant in call_shapes(p.values[code_at], key).items():
                shape_id = f"{p.id}-{shape}" if len(keys) == 1 else f"{p.id}-{key.rsplit('.', 1)[-1]}-{shape}"
                marks = [pytest.mark.xfail(strict=True, reason=broken[shape_id])] if shape_id in broken else []
                out.append(pytest.param(key, variant, *rest, id=shape_id, marks=marks))
    unknown = set(broken) - {p.id for p in out}
    assert not unknown, f"broken call shapes that no case generates: {sorted(unknown)}"
    return out


# --- case builders and the tests they feed -------------------------------------------------------------
# A test file mirroring a mapping file lists its cases (entry_case: a function `f`; layer_case: a module
# `model`) and binds the tests: `test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)`.
def _dims(shape):
    return ",".join(str(n) for n in shape)


def Fl(*shape):
    return f"f{_dims(shape)}"


def U(low, high, *shape):
    return f"u{_dims(shape)}:{low},{high}"


def I(high, *shape, low=0):  # noqa: E743 - the input spec's letter
    return f"i{_dims(shape)}:{low},{high}"


def Sign(*shape):
    return f"s{_dims(shape)}"


def Bin(*shape):
    return f"o{_dims(shape)}"


def Bool(*shape, p=0.3):
    return f"b{_dims(shape)}:{p}"


def V(array, dtype=None):
    return np.array(array, dtype=dtype)


D1, D2, D3 = (Fl(2, 3, 8),), (Fl(2, 3, 8, 8),), (Fl(2, 3, 4, 5, 6),)
PAIR = (Fl(4, 5), Fl(4, 5))


def net(init, forward, args="x"):
    """Source of a small module: `init` lines for __init__, `forward` lines for forward(self, <args>)."""
    body = "".join(f"        {line}\n" for line in init.splitlines())
    fwd = "".join(f"        {line}\n" for line in forward.splitlines())
    return (
        "class Net(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        f"{body}"
        f"    def forward(self, {args}):\n"
        f"{fwd}"
        "model = Net()"
    )


def _full_key(key, short_prefix):
    """`F.x` is torch.nn.functional.x; a bare name is `short_prefix` + name unless it is a table key
    of its own (the tutorial's short keys, `ReLU`)."""
    if key.startswith("F."):
        return "torch.nn.functional." + key[2:]
    if "." in key or not short_prefix:
        return key
    from torch2jittor import pjmap

    return key if key in pjmap else short_prefix + key


def entry_case(covers, code, *inputs, atol=1e-5, rtol=1e-5, id=None):
    """PyTorch source defining `f(*inputs)` and the entries it proves (full names, `F.x`)."""
    import pytest

    keys = [_full_key(k, "") for k in covers.split()]
    return pytest.param(keys, code, list(inputs), atol, rtol, id=id or keys[0].rsplit(".", 1)[-1])


def layer_case(covers, code, inputs=D1, atol=1e-5, rtol=1e-4, train=False, id=None):
    """PyTorch source defining `model` and the entries it proves (a bare name is torch.nn's)."""
    import pytest

    keys = [_full_key(k, "torch.nn.") for k in covers.split()]
    return pytest.param(keys, code, inputs, atol, rtol, train, id=id or covers.split()[0].rsplit(".", 1)[-1])


def covered(*case_lists) -> set:
    """The keys the cases prove: entry_case / layer_case params, or tuples whose first item is the key."""
    return {k for cases in case_lists for p in cases
            for k in (p.values[0] if hasattr(p, "values") else [p[0]])}


def _numbered(cases):
    """The cases with ids made unique: a repeated id gets -1, -2, ... in order."""
    import collections

    import pytest

    counts, seen, out = collections.Counter(p.id for p in cases), collections.Counter(), []
    for p in cases:
        seen[p.id] += 1
        new = f"{p.id}-{seen[p.id]}" if counts[p.id] > 1 else p.id
        out.append(pytest.param(*p.values, id=new, marks=p.marks))
    return out


def entry_tests(cases, broken=None):
    """The two tests of entry_case cases (pytest params `covers, code, inputs, atol, rtol`): each case
    run both ways, then each covered key in PaConvert's call shapes (`broken`: see shape_cases)."""
    import pytest

    cases = _numbered(cases)

    @pytest.mark.parametrize("covers, code, inputs, atol, rtol", cases)
    def test_entry(torch, jittor, covers, code, inputs, atol, rtol):
        both = run_both(code, inputs)
        assert_converts(both, covers)
        assert_same(both.expected, both.actual, atol, rtol)

    shapes = shape_cases(cases, broken=broken)

    @pytest.mark.parametrize("key, code, inputs, atol, rtol", shapes)
    def test_entry_call_shape(torch, jittor, key, code, inputs, atol, rtol):
        check_call_shape(code, inputs, atol, rtol, covers=[key])

    # no call shapes (cases PaConvert's shapes do not reach): no test, rather than a test pytest skips
    return test_entry, test_entry_call_shape if shapes else None


def layer_tests(cases, broken=None):
    """The two tests of layer_case cases: the module run both ways (state compared after a training
    step's statistics update when `train`), then each covered key in PaConvert's call shapes."""
    import pytest

    cases = _numbered(cases)

    @pytest.mark.parametrize("covers, code, inputs, atol, rtol, train", cases)
    def test_layer_entry(torch, jittor, covers, code, inputs, atol, rtol, train):
        both = run_both(code, inputs, entry="model", train=train)
        assert_same(both.expected, both.actual, atol, rtol, "output")
        if train:  # running statistics updated as PyTorch updates them
            assert_same_state(both.pytorch, both.jittor, atol, rtol)

    shapes = shape_cases(cases, broken=broken)

    @pytest.mark.parametrize("key, code, inputs, atol, rtol, train", shapes)
    def test_layer_call_shape(torch, jittor, key, code, inputs, atol, rtol, train):
        check_call_shape(code, inputs, atol, rtol, entry="model", train=train, covers=[key])

    return test_layer_entry, test_layer_call_shape if shapes else None


def error_tests(cases):
    """The test of (code, inputs) cases PyTorch rejects: the converted code raises the same exception
    type (the entry is `model` when the code defines it, else `f`)."""
    import pytest

    @pytest.mark.parametrize("code, inputs", cases, ids=lambda v: v if isinstance(v, str) else "")
    def test_invalid_arguments_raise_as_in_pytorch(torch, jittor, code, inputs):
        assert_same_error(code, inputs, entry="model" if code.startswith("model =") else "f")

    return test_invalid_arguments_raise_as_in_pytorch


def check_draw(kind, e, a):
    """Random draws `a` (numpy) have `e`'s shape and dtype and the distribution `kind` names."""
    assert a.shape == e.shape and a.dtype == e.dtype, (a.shape, a.dtype, e.shape, e.dtype)
    if kind == "shape":
        return
    if kind == "uniform01":
        assert a.min() >= 0 and a.max() < 1
        assert abs(a.mean() - 0.5) < 0.02 and abs(a.std() - 12 ** -0.5) < 0.02
    elif kind == "normal":
        assert abs(a.mean()) < 0.05 and abs(a.std() - 1) < 0.05
    elif kind.startswith("ints"):
        lo, hi = (int(v) for v in kind[4:].split("_"))
        assert a.min() == lo and a.max() == hi - 1
        counts = np.bincount(a.reshape(-1) - lo, minlength=hi - lo) / a.size
        assert np.all(np.abs(counts - 1 / (hi - lo)) < 0.03), counts
    elif kind.startswith("bernoulli"):
        p = float(kind[len("bernoulli"):])
        assert set(np.unique(a)) <= {0, 1} and abs(a.mean() - p) < 0.02, a.mean()
    elif kind.startswith("categories"):
        expected = [float(v) for v in kind[len("categories"):].split("_")]
        counts = np.bincount(a.reshape(-1), minlength=len(expected)) / a.size
        assert np.all(np.abs(counts - expected) < 0.02), counts
    elif kind == "two_distinct":  # without replacement: the two non-zero categories, once each
        assert (np.sort(a, 1) == [0, 2]).all()
    elif kind == "perm":
        np.testing.assert_array_equal(np.sort(a), np.arange(a.size))
        assert not np.array_equal(a, np.arange(a.size))
    elif kind.startswith("dropout"):
        p = float(kind[len("dropout"):])
        zero = a == 0
        assert abs(zero.mean() - p) < 0.02, zero.mean()
        np.testing.assert_allclose(a[~zero], 1 / (1 - p), rtol=1e-6)
    elif kind.startswith("channel_dropout"):
        p = float(kind[len("channel_dropout"):])
        per_channel = a.reshape(a.shape[0] * a.shape[1], -1)
        zero = (per_channel == 0).all(1)
        assert abs(zero.mean() - p) < 0.03, zero.mean()
        np.testing.assert_allclose(per_channel[~zero], 1 / (1 - p), rtol=1e-6)
        by_sample = zero.reshape(a.shape[:2])  # one mask value per channel, not one per sample
        assert (by_sample.any(1) & ~by_sample.all(1)).mean() > 0.5
    elif kind == "rrelu":  # input -1: the output is -slope, slope uniform in [0.1, 0.3]
        assert a.min() >= -0.3 - 1e-6 and a.max() <= -0.1 + 1e-6
        assert abs(a.mean() + 0.2) < 0.01
    elif kind.startswith("attention_dropout"):
        # value ones: each output row is the sum of its kept (and rescaled) attention weights
        assert abs(a.mean() - 1) < 0.05 and a.std() > 0.1
    else:
        raise AssertionError(kind)


def random_tests(cases):
    """The test of random entries' cases `(key, code returning a tensor, distribution kind)`: both
    frameworks seeded with 0 draw different values, so shape, dtype and the distribution compare
    (check_draw, first checked on PyTorch's own draws)."""
    import pytest

    @pytest.mark.parametrize("covers, code, kind", cases,
                             ids=[f"{c[0].rsplit('.', 1)[-1]}-{i}" for i, c in enumerate(cases)])
    def test_random_entry(torch, jittor, covers, code, kind):
        x = np.ones(100000, dtype="float32")
        if "like" in code or "x.shape" in code:
            x = x.reshape(100, 1000)
        if kind == "ints0_10" and "like" in code:
            x = x.astype("int64")
        both = run_both(code, [x])  # both frameworks seeded with 0
        assert covers in both.converted
        expected, actual = both.expected.numpy(), both.actual.numpy()
        check_draw(kind, expected, expected)  # the check itself holds for PyTorch
        check_draw(kind, expected, actual)

    return test_random_entry


def train_outputs(code, x):
    """`model` built by `code` in training mode, run on `x` in both frameworks: (PyTorch's, Jittor's)
    outputs as numpy, of the same shape and dtype (random draws: only their structure compares)."""
    import jittor
    import torch

    source = HEADER + code + "\n"
    pt_model = exec_code(source, "case_pt.py")["model"].train()
    jt_model = exec_code(convert_checked(source), "case_jt.py")["model"]
    jt_model.train()
    pt = to_numpy(pt_model(torch.from_numpy(x.copy())))
    jt = to_numpy(jt_model(jittor.array(x)))
    assert pt.shape == jt.shape and pt.dtype == jt.dtype
    return pt, jt


def _pytorch_error(code, inputs, entry, header, seed):
    """The exception PyTorch raises running the case, or None."""
    import torch

    try:
        torch.manual_seed(seed)
        obj = exec_code(header + code + "\n", "shape_pt.py")[entry]
        args = [to_torch(a) for a in make_inputs(inputs, seed)]
        if isinstance(obj, torch.nn.Module):
            obj.eval()
            with torch.no_grad():
                obj(*args)
        else:
            obj(*args)
    except Exception as exc:  # noqa: BLE001 - any error PyTorch raises makes the shape invalid
        return exc
    return None


def check_call_shape(code, inputs=(), atol=1e-5, rtol=1e-5, *, covers=(), entry="f", header=HEADER, seed=0,
                     **kwargs):
    """One call shape of a case, run both ways. A shape PyTorch itself rejects (the defaults-omitted
    form of a call whose optional arguments are not all optional together, e.g. interpolate without
    size or scale_factor) must fail in Jittor too: reported by the converter or raising when run."""
    error = _pytorch_error(code, inputs, entry, header, seed)
    if error is not None:
        result = convert_source(header + code + "\n")
        if result.unsupported:
            return
        try:
            run_both(code, inputs, entry=entry, header=header, seed=seed, **kwargs)
        except Exception:  # noqa: BLE001
            return
        raise AssertionError(f"PyTorch raises {error!r} but the converted code runs")
    both = run_both(code, inputs, entry=entry, header=header, seed=seed, **kwargs)
    assert_converts(both, covers)
    assert_same(both.expected, both.actual, atol, rtol)


def lazy_tests(cases):
    """The test of Lazy* layer cases `(key, code building model, input specs)`: both frameworks build
    `model` and call it once (the input size is inferred; the outputs' shapes compare), then PyTorch's
    now initialised state_dict loads into the Jittor model and both, in eval mode, run new inputs."""
    import pytest

    @pytest.mark.parametrize("covers, code, inputs", cases, ids=[c[0].rsplit(".", 1)[-1] + f"-{i}"
                                                                 for i, c in enumerate(cases)])
    def test_lazy_layer(torch, jittor, covers, code, inputs):
        import jittor as jt

        source = HEADER + code + "\n"
        result = convert_source(source)
        assert covers in {name for _, _, name, _ in result.converted}
        pt_model = exec_code(source, "case_pt.py")["model"]
        jt_model = exec_code(_check_conversion(result), "case_jt.py")["model"]
        first = make_inputs(inputs, 0)
        assert_same(pt_model(*[to_torch(a) for a in first]).shape, jt_model(*[to_jittor(a) for a in first]).shape)
        assert type(jt_model).__name__ == type(pt_model).__name__  # both became the eager layer
        assert_same_state_keys(pt_model, jt_model)
        jt_model.load_parameters(pt_model.state_dict())
        pt_model.eval()
        jt_model.eval()
        second = make_inputs(inputs, 10)
        with torch.no_grad():
            expected = pt_model(*[to_torch(a) for a in second])
        with jt.no_grad():
            actual = jt_model(*[to_jittor(a) for a in second])
        assert_same(expected, actual, 1e-4, 1e-4)

    return test_lazy_layer

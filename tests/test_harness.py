"""The parity harness itself (tests/parity.py): its input spec, its one comparison, its call shapes."""
import numpy as np
import pytest
from parity import assert_same, assert_same_error, call_shapes, make_input, make_inputs


@pytest.mark.parametrize("spec, shape, dtype, low, high", [
    ("f2,3", (2, 3), "float32", -10, 10),
    ("w4", (4,), "float32", -30, 30),
    ("d3", (3,), "float64", -10, 10),
    ("p5,5", (5, 5), "float32", 0.1, 10),
    ("u50", (50,), "float32", 0.05, 0.95),
    ("u50:-2,3", (50,), "float32", -2, 3),
    ("u50:0.5", (50,), "float32", 0, 0.5),
    ("i3,4", (3, 4), "int64", 0, 9),
    ("i50:7", (50,), "int64", 0, 6),
    ("i50:-5,6", (50,), "int64", -5, 5),
    ("j50:1,4", (50,), "int32", 1, 3),
    ("n50", (50,), "int64", -5, 5),
    ("m50", (50,), "int64", -4, 4),
    ("b50", (50,), "bool", 0, 1),
    ("o50", (50,), "float32", 0, 1),
    ("s50", (50,), "float32", -1, 1),
    ("k20:5", (20,), "int64", -100, 4),
    ("q3,4", (3, 4), "float32", 0, 1),
    ("e2,6", (2, 6), "float32", -10, 10),
    ("r3,2:4", (3, 2), "int64", 0, 3),
    ("f", (), "float32", -10, 10),
])
def test_input_spec(spec, shape, dtype, low, high):
    v = make_input(spec, 0)
    assert v.shape == shape and v.dtype == np.dtype(dtype), (v.shape, v.dtype)
    assert v.min() >= low and v.max() <= high
    np.testing.assert_array_equal(v, make_input(spec, 0))  # deterministic per seed


def test_input_spec_details():
    assert (make_input("m40") != 0).all()
    assert set(np.unique(make_input("o40"))) == {0.0, 1.0} and set(np.unique(make_input("s40"))) == {-1.0, 1.0}
    assert make_input("k6:5")[0] == -100
    np.testing.assert_allclose(make_input("q3,4").sum(1), 1, rtol=1e-6)
    assert (np.diff(make_input("e2,6"), axis=-1) >= 0).all()
    assert all(len(set(row)) == 3 for row in make_input("r4,3:5"))
    z = make_input("z2,3")
    assert np.isnan(z[0, 0]) and z[0, 1] == np.inf and z[0, 2] == -np.inf and z[1, 0] == 0
    assert make_input("b1000:0.3").mean() == pytest.approx(0.3, abs=0.05)
    h = make_input("h100")
    assert (h % 1 == 0.5).any() and (h % 1 != 0.5).any()
    literal = np.array([1, 2], dtype="int64")
    assert make_input(literal) is not literal and make_input(literal).tolist() == [1, 2]
    assert make_input(2.5) == 2.5 and make_input(None) is None
    a, b = make_inputs(["f3", "f3"], seed=4)
    np.testing.assert_array_equal(a, make_input("f3", 4))
    np.testing.assert_array_equal(b, make_input("f3", 5))
    with pytest.raises(ValueError):
        make_input("x3")


def test_call_shapes_of_a_function():
    shapes = call_shapes("def f(x): return F.max_pool1d(x, 2, return_indices=False)", "torch.nn.functional.max_pool1d")
    assert shapes == {
        "positional": "def f(x): return F.max_pool1d(x, 2, None, 0, 1, False, False)",
        "keyword": "def f(x): return F.max_pool1d(input=x, kernel_size=2, return_indices=False)",
        "shuffled": "def f(x): return F.max_pool1d(return_indices=False, kernel_size=2, input=x)",
        "defaults-omitted": "def f(x): return F.max_pool1d(x, 2)",
    }


def test_call_shapes_of_a_class_and_a_method():
    shapes = call_shapes("model = nn.Conv2d(3, 4, kernel_size=3, bias=False)", "Conv2d")
    assert shapes["positional"] == "model = nn.Conv2d(3, 4, 3, 1, 0, 1, 1, False)"
    assert shapes["defaults-omitted"] == "model = nn.Conv2d(3, 4, 3)"
    shapes = call_shapes("def f(x, y):\n    return x.add(y, alpha=2)\n", "Tensor.add")
    assert shapes == {  # alpha is keyword-only: it stays a keyword in the positional shape (= the case)
        "keyword": "def f(x, y):\n    return x.add(other=y, alpha=2)\n",
        "shuffled": "def f(x, y):\n    return x.add(alpha=2, other=y)\n",
        "defaults-omitted": "def f(x, y):\n    return x.add(y)\n",
    }


@pytest.mark.parametrize("code, key", [
    ("def f(x): return F.relu(x) + F.relu(x * 2)", "torch.nn.functional.relu"),  # two calls
    ("def f(x): return F.gelu(*x)", "torch.nn.functional.gelu"),  # unpacked arguments
    ("def f(x): return F.gelu(x, unknown=1)", "torch.nn.functional.gelu"),  # not in the signature
    ("def f(x): return x.view(2, 3)", "Tensor.view"),  # into *shape: no keyword form
    ("def f(x): return F.gelu(x)", "torch.no_such_entry"),
])
def test_call_shapes_not_applicable(code, key):
    assert call_shapes(code, key) == {}



@pytest.mark.frameworks
def test_assert_same_accepts(torch, jittor):
    assert_same(torch.tensor(1.5), jittor.array([1.5]))  # Jittor has no 0-dim Var
    assert_same(torch.ones(2, dtype=torch.int64), jittor.array(np.ones(2, "int64"), dtype="int64"))
    assert_same(torch.Size([2, 3]), [2, 3])
    assert_same(torch.Size([]), [1])
    assert_same(torch.ones(2, 3).max(1), _named_pair(jittor.ones(2), jittor.zeros(2, dtype="int64")))
    assert_same((1, [2.0, None], {"a": "b"}), (1, [2.0 + 1e-9, None], {"a": "b"}))
    assert_same(torch.tensor([float("nan"), 1.0]), jittor.array([float("nan"), 1.0]))
    assert_same(np.ones(3, "float32"), np.ones(3, "float32"))


def _named_pair(values, indices):
    from collections import namedtuple

    return namedtuple("max", "values indices")(values, indices)


@pytest.mark.frameworks
@pytest.mark.parametrize("expected, actual, message", [
    (lambda t: (t.ones(2),), lambda j: [j.ones(2)], "expected a tuple"),
    (lambda t: [t.ones(2)], lambda j: (j.ones(2),), "expected a list"),
    (lambda t: t.ones(2), lambda j: j.ones(2).float64(), "dtype"),
    (lambda t: t.ones(1), lambda j: j.ones(1, 1), "shape"),
    (lambda t: t.ones(1, 1), lambda j: j.ones(1), "shape"),  # the bridge is for 0-dim only
    (lambda t: t.ones(2), lambda j: j.ones(2) * 1.01, "Not equal"),
    (lambda t: t.ones(2, dtype=t.int64), lambda j: j.array(np.array([1, 2]), dtype="int64"), "Mismatch"),
    (lambda t: t.ones(2), lambda j: np.ones(2, "float32"), "expected a jittor.Var"),
    (lambda t: True, lambda j: 1, "int != bool"),
    (lambda t: 1, lambda j: 1.0, "float != int"),
    (lambda t: t.ones(2, 3).max(1), lambda j: (j.ones(2), j.zeros(2, dtype="int64")), "no field .values"),
    (lambda t: t.Size([2, 3]), lambda j: (2, 4), "shape"),
    (lambda t: {"a": 1}, lambda j: {"b": 1}, "keys"),
    (lambda t: (1, 2), lambda j: (1,), "items"),
    (lambda t: t.float32, lambda j: "float32", "no comparison rule"),
])
def test_assert_same_rejects(torch, jittor, expected, actual, message):
    with pytest.raises(AssertionError, match=message):
        assert_same(expected(torch), actual(jittor))


@pytest.mark.frameworks
def test_assert_same_error(torch, jittor):
    assert_same_error("def f(x): return F.glu(x, 1)", ["f2,5"])  # an odd size to halve: both raise
    with pytest.raises(AssertionError, match="None"):  # PyTorch does not raise: not an error case
        assert_same_error("def f(x): return F.glu(x, 1)", ["f2,6"])

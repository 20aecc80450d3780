"""Index forms PyTorch takes and Jittor's getitem/setitem refuse (a `range`, a list of bools on a
tensor: rules/index_forms.py), run in both frameworks, beside forms Jittor already takes."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

CASES = [
    ("range", "def f(x):\n    return x[range(2)]"),
    ("range_step_in_tuple", "def f(x):\n    return x[:, range(0, 3, 2)]"),
    ("range_with_tensor", "def f(x, y):\n    return x[range(x.shape[0]), y]"),
    ("bool_list", "def f(x):\n    x = torch.relu(x)\n    return x[[True, False, True, True]]"),
    ("bool_list_in_tuple", "def f(x):\n    x = torch.relu(x)\n    return x[:, [False, True, True]]"),
    ("int_list", "def f(x):\n    return x[[3, 0, 0]]"),
    ("set_range_with_tensor",  # mnist_forward_forward's overlay of the label on the image
     "def f(x, y):\n    x_ = x.clone()\n    x_[:, :3] *= 0.0\n    x_[range(x.shape[0]), y] = x.max()\n    return x_"),
    ("set_range_alone", "def f(x):\n    x = x.clone()\n    x[range(1, 3)] = 5.0\n    return x"),
    ("set_bool_list", "def f(x):\n    x = torch.relu(x)\n    x[[True, False, False, True]] = -1.0\n    return x"),
    ("add_at_range", "def f(x):\n    x = x.clone()\n    x[range(2), [1, 2]] += 1.0\n    return x"),
]


@pytest.mark.parametrize("code", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_index_forms_match_pytorch(torch, jittor, code):
    inputs = ["f4,3", "i4:3"] if "y" in code.split(")")[0] else ["f4,3"]
    both = run_both(code, inputs)
    assert_same(both.expected, both.actual)


def test_slices_past_the_end_in_a_file_without_other_helpers(torch, jittor):
    """`x[10:]`, `x[-100:]`, `x[7::2]` (Jittor raised or gave an element) in a file that otherwise
    needs no helper: the converted file imports the helper package, whose indexing clamps slices."""
    code = "def f(x):\n    return x[10:], x[-100:], x[:, 7::2], x[:-9], x[:2]"
    both = run_both(code, ["f4,3"])
    assert "jittor_compat" in both.code
    assert_same(both.expected, both.actual)


def test_written_value_loses_leading_unit_dimensions_as_in_pytorch(torch, jittor):
    """makemore part 5: `logits[i] = model(Xtr[[7 + i]])` writes a (1, 27) output into a (27,) row;
    PyTorch drops the value's leading size-1 dimensions, Jittor refused the write."""
    both = run_both('''
def f(x):
    logits = torch.zeros(4, 5)
    for i in range(3):
        logits[i] = x[[i]] * 2
    logits[3] = x[3].reshape(1, 1, 5)
    rows = torch.zeros(2, 3, 5)
    rows[0, 1:] = x[None, :2]
    return logits, rows
''', ["f4,5"])
    assert_same(both.expected, both.actual)

"""Slices clamped to their dimension as Python does (runtime jittor_compat/_index_slices.py): Jittor
raised for a start past either end and gave one element for an empty slice with a step. Proven by
running both."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks


def test_slices_past_either_end_read_as_pytorch():
    code = ("def f(x: torch.Tensor, v: torch.Tensor):\n"
            "    return (v[10:], v[-100:], v[:-100], v[-100:-2], v[3:100], v[7::2], v[1:1:2], v[:0:2], v[-1:6:2],\n"
            "            x[:, 10:], x[-10:, 1], x[..., -100:2], x[None, 5:, ..., ::3], x[[0, 2], 4:], x[x[:, 0] > 0, -9:],\n"
            "            x[1:, -2:][-5:], len(v[20:]))\n")
    both = run_both(code, ["f3,4", "f7"])
    assert_same(both.expected, both.actual)


def test_slice_assignment_past_the_end_changes_nothing():
    code = ("def f(x: torch.Tensor, v: torch.Tensor):\n"
            "    v[10:] = 7.0\n"
            "    v[-100:2] = 9.0\n"
            "    v[5::3] = -1.0\n"
            "    x[:, 6:] = 0.0\n"
            "    x[-5:, ::2] += 1.0\n"
            "    return x, v\n")
    both = run_both(code, ["f3,4", "f7"])
    assert_same(both.expected, both.actual)


def test_negative_index_tensors_and_lists_in_assignments_count_from_the_end():
    # Jittor's setitem skipped the negative entries (`y[torch.tensor([-1, 0])] = 5` wrote row 0 only)
    code = ("def f(x: torch.Tensor):\n"
            "    y, w, v, u, t, m = x.clone(), x.clone(), x.clone(), x.clone(), x.clone(), x.clone()\n"
            "    y[torch.tensor([-1, 0])] = 5.0\n"
            "    w[:, torch.tensor([-1])] = 7.0\n"
            "    v[..., [-2, 1]] = 1.0\n"
            "    u[torch.tensor([-1, -3]), torch.tensor([-1, 0])] = torch.tensor([9.0, 8.0])\n"
            "    t[torch.tensor([-1])] += 100\n"
            "    m[x > 5] = 0.0\n"
            "    return y, w, v, u, t, m, x[torch.tensor([-1, 0])]\n")
    both = run_both(code, ["f3,4"])
    assert_same(both.expected, both.actual)


def test_clones_of_a_temporary_are_copies():
    # Jittor's clone shares its input's memory and its setitem may write in place into it: writing
    # into one clone of a temporary changed the other clones
    code = ("def clones(h: torch.Tensor):\n"
            "    y, w, v = (h.clone() for _ in range(3))\n"
            "    y[torch.tensor([2, 0])] = 5.0\n"
            "    w[:, torch.tensor([3])] = 7.0\n"
            "    v[..., [2, 1]] = 1.0\n"
            "    return y, w, v\n"
            "\n"
            "def f(x: torch.Tensor):\n"
            "    return clones(x * 1)\n")
    both = run_both(code, ["f3,4"])
    assert_same(both.expected, both.actual)

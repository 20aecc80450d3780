"""Run-both proofs of the entries in src/torch2jittor/mappings/torch/random.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import numpy as np
import pytest
from parity import assert_converts, assert_same, covered, error_tests, random_tests, run_both

pytestmark = pytest.mark.frameworks


RANDOM_CASES = [
    # (covers, code returning a tensor, check(expected_np, actual_np))
    ("torch.rand", "def f(x): return torch.rand(200, 50)", "uniform01"),
    ("torch.rand", "def f(x): return torch.rand((100, 100), dtype=torch.float64)", "uniform01"),
    ("torch.randn", "def f(x): return torch.randn(10000)", "normal"),
    ("torch.randn", "def f(x): return torch.randn([50, 200], generator=None)", "normal"),
    ("torch.rand_like", "def f(x): return torch.rand_like(x)", "uniform01"),
    ("torch.randn_like", "def f(x): return torch.randn_like(x, dtype=torch.float64)", "normal"),
    ("torch.randint", "def f(x): return torch.randint(0, 10, (10000,))", "ints0_10"),
    ("torch.randint", "def f(x): return torch.randint(10, (100, 100))", "ints0_10"),
    ("torch.randint", "def f(x): return torch.randint(3, 7, size=(5000,), dtype=torch.int32)", "ints3_7"),
    ("torch.randint", "def f(x): return torch.randint(10, size=(5000,))", "ints0_10"),
    ("torch.randint_like", "def f(x): return torch.randint_like(x, 10)", "ints0_10"),
    ("torch.randperm", "def f(x): return torch.randperm(1000)", "perm"),
    ("torch.bernoulli", "def f(x): return torch.bernoulli(torch.full((200, 50), 0.3))", "bernoulli0.3"),
    ("torch.bernoulli", "def f(x): return torch.bernoulli(torch.ones(10000, dtype=torch.float64), 0.7)", "bernoulli0.7"),
    ("torch.multinomial", "def f(x): return torch.multinomial(torch.tensor([1.0, 0.0, 3.0]), 20000, True)",
     "categories0.25_0_0.75"),
    ("torch.multinomial",
     "def f(x): return torch.multinomial(torch.tensor([[1.0, 0.0, 3.0]] * 100), num_samples=2)", "two_distinct"),
    ("torch.normal", "def f(x): return torch.normal(torch.zeros(100, 100), torch.ones(100, 100))", "normal"),
    ("torch.normal", "def f(x): return torch.normal(0.0, 1.0, size=(10000,))", "normal"),
    ("torch.normal", "def f(x): return torch.normal(torch.zeros(10000, dtype=torch.float64), 1.0)", "normal"),
]


INVALID_ARGUMENTS = [
    ("def f(x): return torch.multinomial(x.abs(), 6)", ("f2,5",)),
    ("def f(x): return torch.multinomial(-x.abs(), 2, True)", ("f2,5",)),
]


test_random_entry = random_tests(RANDOM_CASES)


def test_initial_seed_is_the_seed_set(torch, jittor):
    both = run_both("def f(x):\n    torch.manual_seed(1234)\n    a = torch.initial_seed()\n"
                    "    torch.random.manual_seed(7)\n    return a, torch.random.initial_seed()", ["f1"])
    assert both.expected == both.actual == (1234, 7)


def test_draws_after_manual_seed_repeat_those_after_the_same_seed(torch, jittor):
    """Jittor draws when a Var is computed: a draw made before manual_seed must not take the new seed."""
    both = run_both("def f(x):\n    torch.manual_seed(42)\n    a = torch.rand(4)\n    torch.manual_seed(42)\n"
                    "    b = torch.rand(4)\n    c = torch.rand(4)\n    return torch.equal(a, b), torch.equal(b, c)", ["f1"])
    assert both.expected == both.actual == (True, False)


def test_binomial_of_probabilities_outside_0_1_is_pytorchs(torch, jittor):
    both = run_both("def f(x):\n    return torch.binomial(torch.full((4,), 5.0), torch.tensor([1.5, -0.5, float('nan'), 1.0]))",
                    ["f1"])
    assert_same(both.expected, both.actual)


@pytest.mark.parametrize("code, support, mean, var", [
    ("torch.binomial(torch.full((400, 500), 10.0), torch.full((400, 500), 0.3))", (0, 10), 3.0, 2.1),
    ("torch.binomial(torch.full((200000,), 4.0, dtype=torch.float64), torch.tensor(0.5, dtype=torch.float64))",
     (0, 4), 2.0, 1.0),
    ("torch.poisson(torch.full((400, 500), 4.0))", (0, None), 4.0, 4.0),
    ("torch.poisson(torch.full((200000,), 0.5, dtype=torch.float64))", (0, None), 0.5, 0.5),
])
def test_count_samplers_draw_their_distribution(torch, jittor, code, support, mean, var):
    both = run_both(f"def f(x):\n    return {code}", ["f1"])
    assert_converts(both, [code.split("(")[0]])
    for framework, r in (("torch", both.expected), ("jittor", both.actual)):
        v = r.numpy()
        assert v.shape == tuple(both.expected.shape) and v.dtype == both.expected.numpy().dtype, framework
        assert (v == np.round(v)).all() and v.min() >= support[0] and (support[1] is None or v.max() <= support[1])
        assert abs(v.mean() - mean) < 0.02 * max(var, 1) ** 0.5 and abs(v.var() - var) < 0.03 * var, (framework, v.mean(), v.var())


INVALID_ARGUMENTS += [
    ("def f(x): return torch.binomial(torch.tensor([5, 10]), torch.tensor([0.5, 0.2]))", ("f1",)),
    ("def f(x): return torch.poisson(torch.tensor([5, 10]))", ("f1",)),
]

test_invalid_arguments_raise_as_in_pytorch = error_tests(INVALID_ARGUMENTS)

COVERED = covered(RANDOM_CASES) | {"torch.initial_seed", "torch.random.initial_seed", "torch.binomial", "torch.poisson"}  # see tests/test_coverage.py


def test_module_level_and_random_manual_seed_repeat_draws(torch, jittor):
    """torch.manual_seed and torch.random.manual_seed seed the same generator: draws after either repeat."""
    both = run_both("def f(x):\n    torch.manual_seed(3)\n    a = torch.rand(4)\n    torch.random.manual_seed(3)\n"
                    "    b = torch.rand(4)\n    torch.manual_seed(4)\n    return torch.equal(a, b), torch.equal(a, torch.rand(4))",
                    ["f1"])
    assert_converts(both, ["torch.manual_seed", "torch.random.manual_seed"])
    assert both.expected == (True, False)
    assert_same(both.expected, both.actual)


def test_seeding_leaves_pythons_random_alone(torch, jittor):
    """torch.manual_seed and the rng-state functions seed torch's generator only: a script's own
    `random` draws go on as they were (jt.set_global_seed reseeds Python's `random` too: pytorch/examples'
    siamese_network picked other images than PyTorch's run)."""
    both = run_both("""
import random


def f(x):
    random.seed(5)
    expected = [random.random() for _ in range(3)]
    random.seed(5)
    got = [random.random()]
    torch.manual_seed(0)
    got.append(random.random())
    torch.set_rng_state(torch.get_rng_state())
    got.append(random.random())
    return got == expected
""", ["f1"])
    assert both.expected is True and both.actual is True


COVERED |= {"torch.manual_seed", "torch.random.manual_seed"}


RNG_STATE = """
def f(x):
    state = torch.get_rng_state()
    a, b = torch.rand(5), torch.randn(3)
    torch.set_rng_state(state)
    c, d = torch.rand(5), torch.randn(3)
    s = torch.random.get_rng_state()
    e = torch.rand(2)
    torch.random.set_rng_state(s)
    return (torch.equal(a, c), torch.equal(b, d), torch.equal(e, torch.rand(2)), torch.equal(a, torch.rand(5)),
            state.dtype == torch.uint8, state.dim())
"""


def test_rng_state_round_trips(torch, jittor):
    both = run_both(RNG_STATE, ["f1"])
    assert_converts(both, ["torch.get_rng_state", "torch.set_rng_state", "torch.random.get_rng_state",
                           "torch.random.set_rng_state"])
    assert both.expected == both.actual == (True, True, True, False, True, 1)


def test_seed_seeds_with_a_fresh_number(torch, jittor):
    both = run_both("def f(x):\n    s = torch.seed()\n    t = torch.random.seed()\n"
                    "    return isinstance(s, int), s != t, torch.initial_seed() == t", ["f1"])
    assert_converts(both, ["torch.seed", "torch.random.seed"])
    assert both.expected == both.actual == (True, True, True)


COVERED |= {f"{ns}.{name}" for ns in ("torch", "torch.random") for name in ("get_rng_state", "set_rng_state", "seed")}

"""torch.Generator: draws from an explicit generator are PyTorch's own numbers
(runtime/jittor_compat/generator.py reproduces PyTorch's CPU generator), proven by running both:
the random functions, then the data utilities that take a generator (a seeded `random_split` gives
the same split, a seeded shuffling DataLoader the same batches, epoch after epoch)."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

COVERED = {"torch.Generator"}


def test_random_functions_draw_pytorchs_numbers(torch, jittor):
    both = run_both('''
def f(probs):
    g = torch.Generator().manual_seed(2147483647)
    W = torch.randn((27, 27), generator=g, requires_grad=True)
    few = [torch.randn(1, generator=g) for _ in range(3)]  # one at a time: the cached second normal
    return (W, few, torch.randn(5, 3, generator=g, dtype=torch.float64), torch.rand(7, generator=g),
            torch.rand(2, 9, generator=g, dtype=torch.float64), torch.randint(0, 10, (12,), generator=g),
            torch.randint(-5, 2**30, (4,), generator=g), torch.randint(3, (2, 2), generator=g, dtype=torch.int32),
            torch.randperm(50, generator=g), torch.randperm(1, generator=g),
            torch.multinomial(probs, num_samples=1, replacement=True, generator=g),
            torch.multinomial(probs, 3, generator=g), torch.multinomial(probs[0], 40, replacement=True, generator=g),
            torch.normal(0.5, 2.0, size=(20,), generator=g), torch.normal(torch.zeros(3), 1.0, generator=g),
            torch.bernoulli(probs, generator=g), torch.bernoulli(probs, 0.3, generator=g), torch.rand_like(probs, generator=g), torch.randint_like(probs, 3, 9, generator=g),
            torch.randn_like(probs, generator=g), torch.randn(37, generator=g))
''', ["u4,6"])
    assert "generator=g" in both.code and "unsupported" not in both.code
    assert_same(both.expected, both.actual, atol=2e-6, rtol=2e-6)


def test_generator_object(torch, jittor):
    both = run_both('''
def f():
    g = torch.Generator()
    first = g.initial_seed()
    assert g.manual_seed(7) is g
    state = g.get_state()
    a = torch.randn(3, generator=g)
    g.set_state(state)
    b = torch.randn(3, generator=g)
    h = torch.Generator(device="cpu")
    h.manual_seed(7)
    return first, g.initial_seed(), a, b, torch.rand(4, generator=h), torch.rand(4, generator=g)
''')
    assert_same(both.expected, both.actual)


def test_seeded_data_utilities_give_pytorchs_order(torch, jittor):
    both = run_both('''
from torch.utils.data import DataLoader, RandomSampler, SubsetRandomSampler, TensorDataset, WeightedRandomSampler
from torch.utils.data import random_split


def f():
    data = TensorDataset(torch.arange(10.0), torch.arange(10))
    train, val = random_split(data, [0.7, 0.3], generator=torch.Generator().manual_seed(42))
    split = [train.indices, val.indices]
    loader = DataLoader(data, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0))
    epochs = [[y for _, y in loader] for _ in range(3)]
    g = torch.Generator().manual_seed(5)
    samplers = [list(RandomSampler(range(6), generator=g)), list(RandomSampler(range(6), num_samples=14, generator=g)),
                list(RandomSampler(range(6), replacement=True, num_samples=40, generator=g)),
                list(SubsetRandomSampler([3, 9, 4, 1], generator=g)),
                list(WeightedRandomSampler([0.1, 0.9, 0.4, 0.0], 12, generator=g)),
                list(WeightedRandomSampler([0.1, 0.9, 0.4, 0.5], 3, replacement=False, generator=g))]
    return split, epochs, samplers, torch.randn(2, generator=g)
''', header="import torch\n")
    assert_same(both.expected, both.actual)

"""torch.utils.data (mappings/utils/data.py, runtime/compat_data.py): the same datasets and loaders,
run in both frameworks, give the same batches (value, shape, dtype), in the same order where
PyTorch's order is deterministic, and the same set of samples where it is random."""
import numpy as np
import pytest
from parity import assert_same, run_both, to_numpy

pytestmark = pytest.mark.frameworks

SOURCE = '''
import numpy as np
import torch
from torch.utils.data import ConcatDataset, DataLoader, Dataset, IterableDataset, Subset, TensorDataset
import torch.utils.data as data


class Samples(Dataset[dict]):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        x = torch.arange(3, dtype=torch.float32) * i
        return {"x": x, "label": torch.tensor(i % 2), "id": i, "w": float(i) / 2, "pair": (i, x[:2])}


class Regression(Dataset):
    """Targets of shape (1,) batch to (B, 1); 0-dim ones (indexed, from a 0-dim array) to (B,)."""
    def __len__(self):
        return 5

    def __getitem__(self, i):
        return torch.tensor([float(i)]), torch.from_numpy(np.array(i * 2.0)), torch.arange(4.0, 9.0)[i]


class Stream(IterableDataset):
    def __iter__(self):
        for i in range(7):
            yield torch.full((2,), float(i)), i


def deterministic():
    out = []
    for b in DataLoader(Samples(7), batch_size=3):
        out += [b["x"], b["label"], b["id"], b["w"], b["pair"][0], b["pair"][1]]
    xs = torch.arange(20, dtype=torch.float32).reshape(10, 2)
    ys = torch.arange(10) % 3
    col = torch.arange(10, dtype=torch.float32).reshape(10, 1)  # (N, 1): batches are (B, 1)
    td = TensorDataset(xs, ys, col)
    for x, y, c in DataLoader(td, batch_size=4, drop_last=True):
        out += [x, y, c]
    for x, y, c in DataLoader(Subset(td, [9, 0, 3]), batch_size=2):
        out += [x, y, c]
    cat = ConcatDataset([Subset(td, [1, 2]), td])
    for x, y, c in DataLoader(cat, batch_size=3, sampler=[11, 0, 1, 5]):
        out += [x, y, c]
    for target, from_array, picked in DataLoader(Regression(), batch_size=2):
        out += [target, from_array, picked]
    for x, i in DataLoader(Stream(), batch_size=3):
        out += [x, i]
    for batch in DataLoader(td, batch_sampler=[[0, 1], [5, 2, 7]]):
        out += list(batch)
    out.append(torch.tensor([float(len(DataLoader(td, batch_size=3))),
                             float(len(DataLoader(td, batch_size=3, drop_last=True))),
                             float(len(cat)), float(len(td))]))
    first = data.default_collate([(1.5, torch.ones(2)), (2.5, torch.zeros(2))])
    out += list(first)
    # string fields stay as the batch gave them: zip's tuple columns are tuples in PyTorch
    named = data.default_collate(list(zip(["a", "b"], [torch.ones(2), torch.zeros(2)])))
    out += [named[0], named[1], data.default_collate(["x", "y"])]
    return out


def shuffled():
    td = TensorDataset(torch.arange(10))
    seen = [x for (x,) in DataLoader(td, batch_size=4, shuffle=True)]
    parts = data.random_split(Samples(10), [0.3, 0.7])
    sizes = [len(p) for p in parts]
    ids = sorted(i for p in parts for i in (p[k]["id"] for k in range(len(p))))
    return seen, sizes, ids


def samplers():
    from torch.utils.data.dataloader import DataLoader as Loader
    from torch.utils.data.sampler import BatchSampler, RandomSampler, SequentialSampler
    from torch.utils.data import Sampler, SubsetRandomSampler, WeightedRandomSampler

    class Evens(Sampler[int]):
        def __init__(self, data):
            self.n = len(data)

        def __iter__(self):
            return iter(range(0, self.n, 2))

    td = TensorDataset(torch.arange(10, dtype=torch.float32))
    seq = SequentialSampler(td)
    exact = [list(seq), len(seq), list(BatchSampler(seq, 3, False)), list(BatchSampler(range(7), 3, True)),
             len(BatchSampler(seq, 3, False)), len(BatchSampler(seq, 3, drop_last=True)),
             [x for (x,) in Loader(td, batch_sampler=BatchSampler(seq, batch_size=4, drop_last=False))],
             [x for (x,) in Loader(td, sampler=Evens(td), batch_size=2)]]
    perm = list(RandomSampler(td))
    drawn = list(RandomSampler(td, replacement=True, num_samples=25))
    endless = iter(Loader(td, sampler=RandomSampler(td, replacement=True, num_samples=10 ** 10), batch_size=4))
    first = [next(endless)[0] for _ in range(2)]
    subset = list(SubsetRandomSampler([7, 2, 5]))
    weighted = list(WeightedRandomSampler([0.0, 1.0, 0.0, 3.0], 30))
    unique = list(WeightedRandomSampler(torch.tensor([0.5, 1.0, 0.0, 3.0]), 3, replacement=False))
    random = [sorted(perm), len(drawn), all(0 <= i < 10 for i in drawn), [tuple(b.shape) for b in first],
              sorted(subset), set(weighted) <= {1, 3}, len(weighted), sorted(unique)]
    return exact, random
'''


@pytest.fixture(scope="module")
def deterministic(torch, jittor):
    return run_both(SOURCE, entry="deterministic", header="")


def test_batches_match(deterministic):
    assert "torch" not in deterministic.code.replace("torch2jittor", "")
    assert_same(deterministic.expected, deterministic.actual, atol=0, rtol=0)


def test_shuffle_and_random_split_cover_every_sample_once(deterministic):
    for ns in (deterministic.pytorch_namespace, deterministic.jittor_namespace):
        seen, sizes, ids = ns["shuffled"]()
        assert [len(to_numpy(x)) for x in seen] == [4, 4, 2]
        assert sorted(np.concatenate([to_numpy(x) for x in seen]).tolist()) == list(range(10))
        assert sizes == [3, 7] and ids == list(range(10))


def test_samplers_and_the_modules_data_reexports_from(torch, jittor):
    both = run_both(SOURCE, entry="samplers", header="")
    assert "torch" not in both.code.replace("torch2jittor", "")
    exact_pt, random_pt = both.expected
    exact_jt, random_jt = both.actual
    assert_same(exact_pt, exact_jt, atol=0, rtol=0)
    assert random_pt == random_jt == [list(range(10)), 25, True, [(4,), (4,)], [2, 5, 7], True, 30, [0, 1, 3]]


COVERED = {
    "torch.utils.data.Dataset", "torch.utils.data.IterableDataset", "torch.utils.data.TensorDataset",
    "torch.utils.data.Subset", "torch.utils.data.ConcatDataset", "torch.utils.data.random_split",
    "torch.utils.data.DataLoader", "torch.utils.data.default_collate", "torch.utils.data.default_convert",
    "torch.utils.data.Sampler", "torch.utils.data.SequentialSampler", "torch.utils.data.RandomSampler",
    "torch.utils.data.SubsetRandomSampler", "torch.utils.data.WeightedRandomSampler", "torch.utils.data.BatchSampler",
}


UNBATCHED = '''
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, IterableDataset, TensorDataset, default_convert


class Mixed(Dataset):
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return {"x": np.arange(3, dtype=np.int64) * i, "y": np.float64(i) / 2, "pair": (i, "s")}


class Stream(IterableDataset):
    def __iter__(self):
        for i in range(2):
            yield np.full(2, i, dtype=np.float32), i


def unbatched():
    td = TensorDataset(torch.arange(6.0).view(3, 2), torch.tensor([1, 2, 3]))
    out = [list(DataLoader(td, batch_size=None)), list(DataLoader(Mixed(), batch_size=None)),
           list(DataLoader(Stream(), batch_size=None))]
    out.append(default_convert([(np.int32(4), np.ones((2, 2))), {"k": (1.5, np.arange(2))}]))
    return out
'''


def test_unbatched_samples_are_converted_as_pytorch_does(torch, jittor):
    """batch_size=None gives each sample through default_convert: a tuple sample comes out a list,
    numpy arrays and numpy scalars as tensors (a numpy scalar 0-dim), as they do in PyTorch."""
    both = run_both(UNBATCHED, entry="unbatched", header="")
    assert isinstance(both.expected[0][0], list) and isinstance(both.actual[0][0], list)
    assert_same(both.expected, both.actual, atol=0, rtol=0)


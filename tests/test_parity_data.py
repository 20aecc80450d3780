"""torch.utils.data (mappings/utils/data.py, runtime/compat_data.py): the same datasets and loaders,
run in both frameworks, give the same batches (value, shape, dtype), in the same order where
PyTorch's order is deterministic, and the same set of samples where it is random."""
import numpy as np
import pytest
from parity import assert_same, run_both, to_numpy

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
from torch.utils.data import ConcatDataset, DataLoader, Dataset, IterableDataset, Subset, TensorDataset
import torch.utils.data as data


class Samples(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        x = torch.arange(3, dtype=torch.float32) * i
        return {"x": x, "label": torch.tensor(i % 2), "id": i, "w": float(i) / 2, "pair": (i, x[:2])}


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
    for x, i in DataLoader(Stream(), batch_size=3):
        out += [x, i]
    for batch in DataLoader(td, batch_sampler=[[0, 1], [5, 2, 7]]):
        out += list(batch)
    out.append(torch.tensor([float(len(DataLoader(td, batch_size=3))),
                             float(len(DataLoader(td, batch_size=3, drop_last=True))),
                             float(len(cat)), float(len(td))]))
    first = data.default_collate([(1.5, torch.ones(2)), (2.5, torch.zeros(2))])
    out += list(first)
    return out


def shuffled():
    td = TensorDataset(torch.arange(10))
    seen = [x for (x,) in DataLoader(td, batch_size=4, shuffle=True)]
    parts = data.random_split(Samples(10), [0.3, 0.7])
    sizes = [len(p) for p in parts]
    ids = sorted(i for p in parts for i in (p[k]["id"] for k in range(len(p))))
    return seen, sizes, ids
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


COVERED = {
    "torch.utils.data.Dataset", "torch.utils.data.IterableDataset", "torch.utils.data.TensorDataset",
    "torch.utils.data.Subset", "torch.utils.data.ConcatDataset", "torch.utils.data.random_split",
    "torch.utils.data.DataLoader", "torch.utils.data.default_collate",
}

# api: torch.utils.data.random_split
import torch
from torch.utils.data import random_split, TensorDataset
ds = TensorDataset(torch.arange(10.0))
train, val = random_split(ds, [7, 3], generator=torch.Generator().manual_seed(42))
lengths = (len(train), len(val))
parts = random_split(range(11), [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(0))
frac_lengths = [len(p) for p in parts]
covered = sorted(int(i) for p in parts for i in p)

# api: torch.utils.data.random_split
import torch
from torch.utils.data import TensorDataset, random_split, Subset
ds = TensorDataset(torch.arange(10.0))
g = torch.Generator().manual_seed(42)
a, b = random_split(ds, [7, 3], generator=g)
la, lb = len(a), len(b)
sub = Subset(ds, [0, 2, 4])
vals = [sub[i][0].item() for i in range(len(sub))]

# api: torch.utils.data.TensorDataset
import torch
from torch.utils.data import TensorDataset
x = torch.arange(12.0).view(6, 2)
y = torch.tensor([0, 1, 0, 1, 1, 0])
ds = TensorDataset(x, y)
n = len(ds)
first = ds[0]
last = ds[-1]
sliced = ds[1:4]
n_tensors = len(ds.tensors)

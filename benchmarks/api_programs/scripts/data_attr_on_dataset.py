# api: torch.utils.data.TensorDataset
import torch
from torch.utils.data import TensorDataset
ds = TensorDataset(torch.arange(6.0).view(3, 2), torch.tensor([0, 1, 1]))
xs = ds.tensors[0]
ys = ds.tensors[1]
n = len(ds)
x0, y0 = ds[1]
shape0 = x0.shape

# api: torch.utils.data.StackDataset
import torch
from torch.utils.data import StackDataset, TensorDataset
ds = StackDataset(torch.arange(4.0), torch.arange(4) * 10)
n = len(ds)
item = ds[2]

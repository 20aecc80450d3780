# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.arange(6.0).view(3, 2), torch.tensor([1, 2, 3]))
samples = list(DataLoader(ds, batch_size=None))
n = len(DataLoader(ds, batch_size=None))

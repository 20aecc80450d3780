# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.arange(6.0), torch.arange(6))
batches = [(x, y) for x, y in DataLoader(ds, batch_size=2, sampler=[5, 0, 3, 1])]

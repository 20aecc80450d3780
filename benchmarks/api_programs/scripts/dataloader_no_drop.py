# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.arange(7.0))
loader = DataLoader(ds, batch_size=3)
shapes = [b[0].shape[0] for b in loader]
n = len(loader)

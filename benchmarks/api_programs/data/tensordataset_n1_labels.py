# api: torch.utils.data.TensorDataset
import torch
from torch.utils.data import TensorDataset, DataLoader
x = torch.arange(8.0).view(4, 2)
y = torch.tensor([[1.0], [0.0], [1.0], [1.0]])
batches = [(a.shape, b.shape, b) for a, b in DataLoader(TensorDataset(x, y), batch_size=3)]

# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import DataLoader
data = torch.arange(12.0).view(6, 2)
batches = list(DataLoader(data, batch_size=4))

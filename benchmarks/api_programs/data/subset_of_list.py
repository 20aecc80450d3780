# api: torch.utils.data.Subset
import torch
from torch.utils.data import Subset, DataLoader
data = [torch.tensor([i, i + 1.0]) for i in range(6)]
sub = Subset(data, range(1, 6, 2))
items = [sub[i] for i in range(len(sub))]
batches = list(DataLoader(sub, batch_size=2))

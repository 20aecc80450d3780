# api: torch.utils.data.ConcatDataset
import torch
from torch.utils.data import ConcatDataset, TensorDataset, DataLoader
a = TensorDataset(torch.arange(3.0), torch.zeros(3, dtype=torch.long))
b = TensorDataset(torch.arange(10.0, 14.0), torch.ones(4, dtype=torch.long))
cat = ConcatDataset([a, b])
n = len(cat)
sizes = cat.cumulative_sizes
item4 = cat[4]
item_neg = cat[-1]
batches = [(x, y) for x, y in DataLoader(cat, batch_size=3)]

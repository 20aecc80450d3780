# api: torch.utils.data.Subset
import torch
from torch.utils.data import Subset, TensorDataset, DataLoader
ds = TensorDataset(torch.arange(10.0), torch.arange(10) * 2)
sub = Subset(ds, [7, 2, 5, 0])
n = len(sub)
item = sub[1]
batches = [(x, y) for x, y in DataLoader(sub, batch_size=3)]
indices = sub.indices

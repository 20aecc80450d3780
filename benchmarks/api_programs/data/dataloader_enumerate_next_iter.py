# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.arange(10.0).view(5, 2), torch.arange(5))
loader = DataLoader(ds, batch_size=2)
first_x, first_y = next(iter(loader))
seen = []
for i, (x, y) in enumerate(loader):
    seen.append((i, y.sum().item()))
ds_back = len(loader.dataset)
bs = loader.batch_size

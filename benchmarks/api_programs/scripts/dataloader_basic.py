# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import TensorDataset, DataLoader
x = torch.arange(20.0).view(10, 2)
y = torch.arange(10)
ds = TensorDataset(x, y)
loader = DataLoader(ds, batch_size=4, shuffle=False, drop_last=True)
n_batches = len(loader)
sums = []
for xb, yb in loader:
    sums.append(xb.sum().item() + yb.sum().item())
n_ds = len(ds)
first = ds[0]

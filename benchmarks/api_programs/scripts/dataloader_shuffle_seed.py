# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.arange(8.0))
loader = DataLoader(ds, batch_size=4, shuffle=True)
_seen = []
for (_b,) in loader:
    _seen.extend(_b.tolist())
total = sorted(_seen)
count = len(_seen)

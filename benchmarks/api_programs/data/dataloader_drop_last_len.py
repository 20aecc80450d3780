# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.arange(14.0).view(7, 2), torch.arange(7))
keep = DataLoader(ds, batch_size=3)
drop = DataLoader(ds, batch_size=3, drop_last=True)
n_keep, n_drop = len(keep), len(drop)
keep_batches = [(xb.clone(), yb.clone()) for xb, yb in keep]
drop_sizes = [xb.shape[0] for xb, _ in drop]

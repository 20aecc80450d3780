# api: torch.utils.data.Dataset
import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader
class ArrDS(Dataset):
    def __init__(self, data, targets):
        self.data = data
        self.targets = targets
    def __len__(self):
        return self.data.shape[0]
    def __getitem__(self, idx):
        x = self.data[idx].reshape(2, 2)
        return torch.from_numpy(x.astype(np.float32)), int(self.targets[idx])
ds = ArrDS(np.arange(24).reshape(6, 4), np.array([0, 1, 0, 1, 1, 0]))
n = len(ds)
dsize = ds.data.size
dmean = float(ds.data.mean())
loader = DataLoader(ds, batch_size=3)
sums = [float(x.sum()) for x, y in loader]
ys = [y.tolist() for x, y in loader]

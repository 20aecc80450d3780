# api: torch.utils.data.Dataset
import torch
from torch.utils.data import Dataset
class TDS(Dataset):
    def __init__(self, n):
        self.data = torch.arange(n * 2.0).view(n, 2)
        self.labels = [i % 2 for i in range(n)]
    def __len__(self):
        return self.data.size(0)
    def __getitem__(self, i):
        return self.data[i].float(), self.labels[i]
ds = TDS(4)
n = len(ds)
x1, y1 = ds[1]
total = ds.data.sum()
shape = ds.data.shape

# api: torch.utils.data.DataLoader
import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader


class Arrays(Dataset):
    def __init__(self):
        self.data = np.arange(20, dtype=np.float32).reshape(5, 4)
        self.labels = np.array([1, 0, 2, 1, 0], dtype=np.int64)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i], self.labels[i]


batches = [(x, y) for x, y in DataLoader(Arrays(), batch_size=2)]
x0_dtype = batches[0][0].dtype
y0_dtype = batches[0][1].dtype

# api: torch.utils.data.Sampler
import torch
from torch.utils.data import Sampler, DataLoader


class Reverse(Sampler):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n - 1, -1, -1))

    def __len__(self):
        return self.n


data = [torch.tensor([float(i)]) for i in range(5)]
batches = list(DataLoader(data, sampler=Reverse(5), batch_size=2))
n_batches = len(DataLoader(data, sampler=Reverse(5), batch_size=2))

# api: torch.utils.data.IterableDataset
import torch
from torch.utils.data import IterableDataset, DataLoader


class Lines(IterableDataset):
    def __init__(self, values):
        self.values = values

    def __iter__(self):
        return iter(self.values)

    def __len__(self):
        return len(self.values)


ds = Lines([1.5, 2.5, 3.5, 4.5, 5.5])
loader = DataLoader(ds, batch_size=2)
n = len(loader)
batches = list(loader)

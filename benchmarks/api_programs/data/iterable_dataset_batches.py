# api: torch.utils.data.IterableDataset
import torch
from torch.utils.data import IterableDataset, DataLoader


class Counter(IterableDataset):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield torch.tensor([i, i * i], dtype=torch.float32), i


batches = [(x, y) for x, y in DataLoader(Counter(7), batch_size=3)]
dropped = [x.shape[0] for x, _ in DataLoader(Counter(7), batch_size=3, drop_last=True)]

# api: torch.utils.data.ChainDataset
import torch
from torch.utils.data import ChainDataset, IterableDataset


class Upto(IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


items = list(ChainDataset([Upto(2), Upto(3)]))

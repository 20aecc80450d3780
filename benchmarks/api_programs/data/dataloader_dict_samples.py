# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import Dataset, DataLoader


class Pairs(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return {"x": torch.full((3,), float(i)), "label": i % 2, "weight": 1.0 / (i + 1), "name": f"s{i}"}


loader = DataLoader(Pairs(5), batch_size=2)
xs, labels, weights, names = [], [], [], []
for batch in loader:
    xs.append(batch["x"])
    labels.append(batch["label"])
    weights.append(batch["weight"])
    names.append(batch["name"])
keys = sorted(batch.keys())

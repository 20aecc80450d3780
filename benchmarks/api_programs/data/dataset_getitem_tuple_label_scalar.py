# api: torch.utils.data.Dataset
import torch
from torch.utils.data import Dataset, DataLoader


class Regression(Dataset):
    def __init__(self):
        self.x = torch.linspace(0, 1, 8).view(8, 1)
        self.y = self.x.squeeze(1) * 2 + 1

    def __len__(self):
        return self.x.shape[0]

    def __getitem__(self, idx):
        return self.x[idx], self.y[idx]


loader = DataLoader(Regression(), batch_size=3, shuffle=False)
xb_shapes, yb_shapes, ys = [], [], []
for xb, yb in loader:
    xb_shapes.append(tuple(xb.shape))
    yb_shapes.append(tuple(yb.shape))
    ys.append(yb)

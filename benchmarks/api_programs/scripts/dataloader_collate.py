# api: torch.utils.data.DataLoader
import torch
from torch.utils.data import DataLoader
data = [[1, 2], [3], [4, 5, 6], [7]]
def collate(batch):
    lens = torch.tensor([len(b) for b in batch])
    padded = torch.zeros(len(batch), int(lens.max()))
    for i, b in enumerate(batch):
        padded[i, :len(b)] = torch.tensor(b, dtype=torch.float32)
    return padded, lens
loader = DataLoader(data, batch_size=2, collate_fn=collate)
outs = [(p, l) for p, l in loader]
p0, l0 = outs[0]
p1, l1 = outs[1]

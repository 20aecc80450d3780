# api: torch.Tensor.mean
import torch
from dataclasses import dataclass
@dataclass
class Batch:
    x: torch.Tensor
    y: torch.Tensor
    def size(self):
        return self.x.size(0)
b = Batch(torch.arange(6.0).view(3, 2), torch.tensor([0, 1, 0]))
n = b.size()
m = b.x.mean(dim=0)
ys = b.y.float().mean()

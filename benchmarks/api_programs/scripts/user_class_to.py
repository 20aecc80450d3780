# api: torch.Tensor.to
import torch
class Batch:
    def __init__(self, x):
        self.x = x
    def to(self, device):
        self.x = self.x.to(device)
        return self
    def cuda(self):
        return self
    def numel(self):
        return 42
b = Batch(torch.ones(2)).to("cpu")
vals = b.x
b2 = b.cuda()
ne = b.numel()

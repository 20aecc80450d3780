# api: torch.Tensor.size
import torch
class Cfg:
    size = 4
    dim = 2
    shape = (2, 2)
cfg = Cfg()
x = torch.zeros(cfg.size, cfg.dim)
y = x.view(*cfg.shape, 2)
n = cfg.size * 2
class Holder:
    def __init__(self):
        self.t = torch.ones(3)
        self.n = 3
h = Holder()
hs = h.t.size(0) + h.n
hv = h.t.view(3, 1).shape

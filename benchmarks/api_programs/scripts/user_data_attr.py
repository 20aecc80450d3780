# api: torch.Tensor.data
import torch
class Record:
    def __init__(self):
        self.data = [1, 2, 3]
        self.shape = (7, 8)
r = Record()
r.data.append(4)
total = sum(r.data)
rows = r.shape[0]
t = torch.arange(6.0).view(2, 3)
td = t.data.sum()

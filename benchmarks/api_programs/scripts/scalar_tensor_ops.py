# api: torch.tensor
import torch
lr = torch.tensor(0.1)
w = torch.tensor([1.0, 2.0])
w2 = w - lr * w
s = torch.tensor(3)
r = torch.arange(5)[s]
steps = torch.tensor(0.0)
for _ in range(3):
    steps += 1
st = steps

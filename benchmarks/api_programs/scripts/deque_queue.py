# api: torch.Tensor.mean
import torch
from collections import deque
window = deque(maxlen=3)
for i in range(5):
    window.append(torch.tensor(float(i)))
vals = [v.item() for v in window]
avg = torch.stack(list(window)).mean()
q = deque([1, 2, 3])
q.rotate(1)
ql = list(q)

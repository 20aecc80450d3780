# api: torch.Tensor.__bool__
import torch
x = torch.tensor([1.0, -2.0, 3.0])
if (x > 0).any():
    pos = True
else:
    pos = False
allpos = bool((x > 0).all())
if x.sum() > 1:
    big = 1
else:
    big = 0
cnt = 0
while x.max() > 0.5:
    x = x / 2
    cnt += 1
final = x

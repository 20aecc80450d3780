# api: torch.meshgrid
import torch
x = torch.tensor([1, 2, 3])
y = torch.tensor([4, 5])
gx, gy = torch.meshgrid(x, y, indexing='ij')
hx, hy = torch.meshgrid(x, y, indexing='xy')
lx, ly = torch.meshgrid([x, y], indexing='ij')
three = torch.meshgrid(x, y, torch.tensor([7]), indexing='xy')
three_shapes = [t.shape for t in three]
